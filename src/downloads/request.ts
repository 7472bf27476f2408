/** What a "Lejupielādēt DOCX" button asks for: which page holds the copy, the file name, the document's facts. */
import { t } from '../i18n/index.ts';
import { LICENSES } from '../schemas/vocabulary.ts';
import { traceLine } from '../lib/print.ts';
import { gradesLabel, kindLabel, subjectLabel, type MaterialEntry } from '../lib/materials.ts';
import type { DownloadRequest } from './browser.ts';

export type CopyKind = 'skolotajam' | 'skolenam';

/**
 * @param source the page whose text is the copy ('' for the page the button is on)
 * @param url the copy's absolute address, printed in the document's footer
 */
export function downloadRequest(material: MaterialEntry, copy: CopyKind, source: string, url: string): DownloadRequest {
	const { data } = material;
	return {
		source,
		file: `${material.id.split('/')[1]}-${copy}`,
		meta: {
			title: data.title,
			facts: `${subjectLabel(data.subject)} · ${gradesLabel(data.grades)} · ${kindLabel(data.kind)}`,
			copy: t(copy === 'skolenam' ? 'material.pupilCopy' : 'material.teacherCopy'),
			footer: traceLine(data),
			url,
			nameLine: copy === 'skolenam' ? [t('pupilCopy.name'), t('pupilCopy.class'), t('pupilCopy.date')] : undefined,
			license: t('material.licenseText', { license: LICENSES[data.license].label }),
		},
	};
}
