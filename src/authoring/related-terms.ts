/**
 * Reads and validates content/saistitie-termini.yaml for the content check and the
 * build (the search page carries the terms as tokens), with the same messages: file,
 * line, field and what is allowed.
 */
import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { parseYamlMap } from './frontmatter.ts';
import { relatedTermsSchema, type RelatedTermsFile } from '../schemas/related-terms.ts';
import { validate } from '../schemas/validate.ts';
import { termTokens, type RelatedTerms } from '../lib/search-query.ts';
import { t } from '../i18n/index.ts';
import type { ContentIssue } from '../lib/content-issues.ts';

export const RELATED_TERMS_FILE = 'content/saistitie-termini.yaml';

export async function readRelatedTerms(root: string, path: string = RELATED_TERMS_FILE): Promise<{ file?: RelatedTermsFile; issues: ContentIssue[] }> {
	const absolute = resolve(root, path);
	const file = relative(root, absolute).split('\\').join('/');
	let text: string;
	try {
		text = await readFile(absolute, 'utf8');
	} catch {
		return { issues: [{ file, message: t('relatedTerms.missing') }] };
	}
	const parsed = parseYamlMap(text.replace(/\r\n?/g, '\n'), file);
	if ('issues' in parsed) return { issues: parsed.issues };
	const result = validate(relatedTermsSchema, parsed.data, { file, lineOf: parsed.lineOf, sourceOf: parsed.sourceOf });
	return result.ok ? { file: result.data, issues: [] } : { issues: result.issues };
}

/** The terms as the search page compares them with a query. */
export function compileRelatedTerms(file: RelatedTermsFile): RelatedTerms {
	const compile = (label: string) => ({ label, tokens: termTokens(label) });
	return { entries: file.entries.map((entry) => ({ terms: entry.terms.map(compile), related: (entry.related ?? []).map(compile) })) };
}
