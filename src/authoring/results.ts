/**
 * Reads and validates content/rezultati.yaml, the project's entered figures. The build
 * (the results board and its exports) and the content check both use it, so a bad
 * entry stops both with the same message: the file, the line, the field and what is
 * allowed.
 */
import { readDataFile } from './data-file.ts';
import { resultsFileSchema, type ResultsFile } from '../schemas/results.ts';
import { dateInRiga } from '../lib/riga.ts';
import { t } from '../i18n/index.ts';
import type { ContentIssue } from '../lib/content-issues.ts';

export const RESULTS_FILE = 'content/rezultati.yaml';

export async function readResults(
	root: string,
	path: string = RESULTS_FILE,
	today: string = dateInRiga(),
): Promise<{ results?: ResultsFile; issues: ContentIssue[] }> {
	const { data, issues } = await readDataFile(root, path, resultsFileSchema(today), {
		missing: t('results.missing'),
		formats: { date: t('schema.dateFormat') },
	});
	return data ? { results: data, issues } : { issues };
}
