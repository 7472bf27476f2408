/**
 * Publishes the built site to Cloudflare Pages. Without --deploy (or without the
 * credentials) it is a dry run: it verifies what would be uploaded and prints the
 * manifest, and exits 1 on any problem. Cloudflare Pages switches to a deployment only
 * once all of it is uploaded, so visitors never see half a site.
 *
 *   npm run deploy -- --dry-run            # verify dist/
 *   npm run deploy -- --deploy             # needs CLOUDFLARE_API_TOKEN, CLOUDFLARE_ACCOUNT_ID
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { verifySite } from './verify.ts';

/** Wrangler is fetched at this exact version when deploying; it is not a dependency of the site. */
export const WRANGLER = 'wrangler@4.164.0';

const { values } = parseArgs({
	options: {
		dir: { type: 'string', default: process.env.OUT_DIR || 'dist' },
		project: { type: 'string', default: process.env.CLOUDFLARE_PAGES_PROJECT || 'metodiskie-materiali' },
		branch: { type: 'string', default: process.env.DEPLOY_BRANCH || 'main' },
		deploy: { type: 'boolean', default: false },
		'dry-run': { type: 'boolean', default: false },
	},
});

const dir = resolve(values.dir);
const result = await verifySite(dir, process.env.BASE_PATH || '/');
console.log(`Site: ${dir}`);
console.log(`Files: ${result.files.length}, ${(result.totalBytes / 1024 / 1024).toFixed(1)} MiB; manifest sha256 ${result.manifest}`);
const largest = [...result.files].sort((a, b) => b.bytes - a.bytes).slice(0, 3);
console.log(`Largest: ${largest.map((f) => `${f.path} (${(f.bytes / 1024).toFixed(0)} KiB)`).join(', ')}`);
if (result.problems.length > 0) {
	console.error(`${result.problems.length} problem(s); nothing is uploaded:`);
	for (const problem of result.problems) console.error(`  • ${problem}`);
	process.exit(1);
}
console.log('Verified: the site is within Cloudflare Pages limits, headers and redirects are valid, every redirect target exists.');

const credentials = process.env.CLOUDFLARE_API_TOKEN && process.env.CLOUDFLARE_ACCOUNT_ID;
if (!values.deploy || values['dry-run']) {
	console.log('Dry run: nothing uploaded.');
	process.exit(0);
}
if (!credentials) {
	console.error('--deploy needs CLOUDFLARE_API_TOKEN and CLOUDFLARE_ACCOUNT_ID.');
	process.exit(1);
}
const run = spawnSync('npx', ['--yes', WRANGLER, 'pages', 'deploy', dir, '--project-name', values.project, '--branch', values.branch, '--commit-dirty=true'], { stdio: 'inherit' });
process.exit(run.status ?? 1);
