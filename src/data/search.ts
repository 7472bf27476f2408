/** The related terms the search page applies, validated: a bad file stops the build with the content check's messages. */
import { compileRelatedTerms, readRelatedTerms } from '../authoring/related-terms.ts';
import { ContentValidationError } from '../lib/content-issues.ts';
import type { RelatedTerms } from '../lib/search-query.ts';

export async function getRelatedTerms(): Promise<RelatedTerms> {
	const { file, issues } = await readRelatedTerms(process.cwd(), process.env.RELATED_TERMS_FILE);
	if (!file) throw new ContentValidationError(issues);
	return compileRelatedTerms(file);
}
