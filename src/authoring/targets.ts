/**
 * Reads and validates content/targets.yaml. The build (the progress page) and the
 * content check both use it, so a bad entry stops both with the same message: the
 * file, the line, the field and what is allowed.
 */
import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { parseYamlMap } from './frontmatter.ts';
import { targetsSchema, type Targets } from '../schemas/targets.ts';
import { validate } from '../schemas/validate.ts';
import { t } from '../i18n/index.ts';
import type { ContentIssue } from '../lib/content-issues.ts';

export const TARGETS_FILE = 'content/targets.yaml';

export async function readTargets(root: string, path: string = TARGETS_FILE): Promise<{ targets?: Targets; issues: ContentIssue[] }> {
	const absolute = resolve(root, path);
	const file = relative(root, absolute).split('\\').join('/');
	let text: string;
	try {
		text = await readFile(absolute, 'utf8');
	} catch {
		return { issues: [{ file, message: t('targets.missing') }] };
	}
	const parsed = parseYamlMap(text.replace(/\r\n?/g, '\n'), file);
	if ('issues' in parsed) return { issues: parsed.issues };
	const result = validate(targetsSchema, parsed.data, { file, lineOf: parsed.lineOf, sourceOf: parsed.sourceOf, formats: { due: t('schema.dateFormat') } });
	return result.ok ? { targets: result.data, issues: [] } : { issues: result.issues };
}
