/**
 * Checks the project's data files (targets, related terms, entered figures) before the
 * build writes anything: pages read them while they are generated, so a bad entry found
 * there would stop the build with some pages already in the output folder. Same
 * readers and messages as `npm run check`.
 */
import type { AstroIntegration } from 'astro';
import { readRelatedTerms } from '../authoring/related-terms.ts';
import { readResults } from '../authoring/results.ts';
import { readTargets } from '../authoring/targets.ts';
import { ContentValidationError } from '../lib/content-issues.ts';
import { buildDate } from '../lib/dates.ts';

export function dataFiles(): AstroIntegration {
	return {
		name: 'materiali:data-files',
		hooks: {
			'astro:build:start': async () => {
				const root = process.cwd();
				const today = buildDate();
				const issues = (
					await Promise.all([
						readTargets(root, process.env.TARGETS_FILE),
						readRelatedTerms(root, process.env.RELATED_TERMS_FILE),
						readResults(root, process.env.RESULTS_FILE, today),
					])
				).flatMap((read) => read.issues);
				if (issues.length > 0) throw new ContentValidationError(issues);
			},
		},
	};
}
