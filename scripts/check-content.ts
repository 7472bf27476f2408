/**
 * Checks every material the way the build does, in seconds and without building:
 * frontmatter, body (only allowed Markdown and components), attachments, images,
 * links and addresses, and the project's targets (content/targets.yaml). With --base it also checks versions against that git revision:
 * a changed material needs a higher version and a new change-log entry, a moved one
 * keeps its old address. Prints each problem with file and line; exits 1 if any.
 *
 *   npm run check
 *   npm run check -- --base origin/main
 *   MATERIALS_DIR=dir npm run check
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadMaterials } from '../src/authoring/collection.ts';
import { checkRevisions, readBase } from '../src/authoring/revisions.ts';
import { readRelatedTerms } from '../src/authoring/related-terms.ts';
import { readResults } from '../src/authoring/results.ts';
import { readTargets } from '../src/authoring/targets.ts';
import { formatIssue } from '../src/lib/content-issues.ts';
import { t } from '../src/i18n/index.ts';

const { values } = parseArgs({ options: { base: { type: 'string' } } });
const root = resolve(import.meta.dirname, '..');
const materialsPath = process.env.MATERIALS_DIR ?? 'content/materials';
const materialsDir = resolve(root, materialsPath);
const started = performance.now();
const { materials, issues } = await loadMaterials({ root, materialsDir, base: '/' });
// The project's targets are content too: a bad entry would stop the build of /izpilde/.
issues.push(...(await readTargets(root, process.env.TARGETS_FILE)).issues);
// So are the search's related terms: the search page carries them.
issues.push(...(await readRelatedTerms(root, process.env.RELATED_TERMS_FILE)).issues);
// And the figures the project enters by hand: the results board is built from them.
issues.push(...(await readResults(root, process.env.RESULTS_FILE)).issues);

if (values.base) {
	const { base, changed } = await readBase(root, materialsDir, values.base);
	console.log(t('check.comparing', { base: values.base, count: changed.size }));
	const revisions = checkRevisions({ base, current: materials, changed, materialsPath });
	issues.push(...revisions.issues);
	for (const id of revisions.withdrawn) console.log(t('check.withdrawn', { id }));
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);

if (issues.length > 0) {
	console.error(t('check.failed', { count: issues.length }));
	for (const issue of issues) console.error(`  • ${formatIssue(issue)}`);
	process.exit(1);
}
console.log(t('check.passed', { count: materials.length, seconds }));
