/**
 * Reads and validates content/targets.yaml. The build (the progress page) and the
 * content check both use it, so a bad entry stops both with the same message: the
 * file, the line, the field and what is allowed.
 */
import { readDataFile } from './data-file.ts';
import { targetsSchema, type Targets } from '../schemas/targets.ts';
import { t } from '../i18n/index.ts';
import type { ContentIssue } from '../lib/content-issues.ts';

export const TARGETS_FILE = 'content/targets.yaml';

export async function readTargets(root: string, path: string = TARGETS_FILE): Promise<{ targets?: Targets; issues: ContentIssue[] }> {
	const { data, issues } = await readDataFile(root, path, targetsSchema, { missing: t('targets.missing'), formats: { due: t('schema.dateFormat') } });
	return data ? { targets: data, issues } : { issues };
}
