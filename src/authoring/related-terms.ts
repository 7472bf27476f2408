/**
 * Reads and validates content/saistitie-termini.yaml for the content check and the
 * build (the search page carries the terms as tokens), with the same messages: file,
 * line, field and what is allowed.
 */
import { readDataFile } from './data-file.ts';
import { relatedTermsSchema, type RelatedTermsFile } from '../schemas/related-terms.ts';
import { termTokens, type RelatedTerms } from '../lib/search-query.ts';
import { t } from '../i18n/index.ts';
import type { ContentIssue } from '../lib/content-issues.ts';

export const RELATED_TERMS_FILE = 'content/saistitie-termini.yaml';

export async function readRelatedTerms(root: string, path: string = RELATED_TERMS_FILE): Promise<{ file?: RelatedTermsFile; issues: ContentIssue[] }> {
	const { data, issues } = await readDataFile(root, path, relatedTermsSchema, { missing: t('relatedTerms.missing') });
	return data ? { file: data, issues } : { issues };
}

/** The terms as the search page compares them with a query. */
export function compileRelatedTerms(file: RelatedTermsFile): RelatedTerms {
	const compile = (label: string) => ({ label, tokens: termTokens(label) });
	return { entries: file.entries.map((entry) => ({ terms: entry.terms.map(compile), related: (entry.related ?? []).map(compile) })) };
}
