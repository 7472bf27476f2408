/**
 * Checks every material the way the build does, in seconds and without building:
 * frontmatter, body (only allowed Markdown and components), attachments, images
 * and links between materials. Prints each problem with file and line; exits 1
 * if there is any.
 *
 *   npm run check                 the whole collection
 *   MATERIALS_DIR=dir npm run check
 */
import { resolve } from 'node:path';
import { loadMaterials } from '../src/authoring/collection.ts';
import { formatIssue } from '../src/lib/content-issues.ts';
import { t } from '../src/i18n/index.ts';

const root = resolve(import.meta.dirname, '..');
const materialsDir = resolve(root, process.env.MATERIALS_DIR ?? 'content/materials');
const started = performance.now();
const { materials, issues } = await loadMaterials({ root, materialsDir, base: '/' });
const seconds = ((performance.now() - started) / 1000).toFixed(1);

if (issues.length > 0) {
	console.error(t('check.failed', { count: issues.length }));
	for (const issue of issues) console.error(`  • ${formatIssue(issue)}`);
	process.exit(1);
}
console.log(t('check.passed', { count: materials.length, seconds }));
