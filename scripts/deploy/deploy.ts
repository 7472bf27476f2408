/**
 * Publishes the built site to Cloudflare Pages. Without --deploy (or without the
 * credentials) it is a dry run: it verifies what would be uploaded, prints a summary
 * and the manifest hash, and exits 1 on any problem. Cloudflare Pages switches to a
 * deployment only once all of it is uploaded, so visitors never see half a site.
 *
 *   npm run deploy -- --dry-run                      # verify dist/
 *   npm run deploy -- --dry-run --manifest m.txt     # … and write every file's size and sha256
 *   npm run deploy -- --deploy                       # needs CLOUDFLARE_API_TOKEN, CLOUDFLARE_ACCOUNT_ID
 *   npm run deploy -- --preview 12                   # pull request 12, as the Pages branch pr-12 (same credentials)
 *
 * A preview is verified like a deploy and prints its address (and writes it to
 * $GITHUB_OUTPUT as `url=…` when that is set). It was built for the public SITE_URL,
 * so its canonical links point at the public site; that is expected, Cloudflare serves
 * preview addresses with `X-Robots-Tag: noindex`.
 */
import { spawnSync } from 'node:child_process';
import { appendFile, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatManifest, localAddress, SECRET_VARIABLES, verifySite } from './verify.ts';
import { AT_TOP, stageUpload } from './stage.ts';
import { outputLine, previewAddress, previewBranch } from './preview.ts';
import { summarise } from './summary.ts';
import { DEFAULT_CONTACT_EMAIL } from '../../src/settings.ts';

/** Wrangler is fetched at this exact version when deploying; it is not a dependency of the site. */
export const WRANGLER = 'wrangler@4.164.0';

const { values } = parseArgs({
	options: {
		dir: { type: 'string', default: process.env.OUT_DIR || 'dist' },
		project: { type: 'string', default: process.env.CLOUDFLARE_PAGES_PROJECT || 'metodiskie-materiali' },
		branch: { type: 'string', default: process.env.DEPLOY_BRANCH || 'main' },
		manifest: { type: 'string' },
		deploy: { type: 'boolean', default: false },
		preview: { type: 'string' },
		'dry-run': { type: 'boolean', default: false },
	},
});

const dir = resolve(values.dir);
const base = process.env.BASE_PATH || '/';
const preview = values.preview;
if (preview !== undefined && values.deploy) {
	console.error('--deploy publishes main and --preview a pull request; give one of them.');
	process.exit(1);
}
// A bad number is refused before anything is read, so no upload goes to an odd branch.
let address: string | undefined;
try {
	if (preview !== undefined) address = previewAddress(values.project, preview, base);
} catch (error) {
	console.error((error as Error).message);
	process.exit(1);
}
const branch = preview === undefined ? values.branch : previewBranch(preview);
const uploads = (values.deploy || preview !== undefined) && !values['dry-run'];
const secretValues = SECRET_VARIABLES.flatMap((name) => process.env[name] ?? []);
const result = await verifySite(dir, base, { secretValues });
console.log(`Site: ${dir}${base === '/' ? '' : ` (served under ${base})`}`);
console.log(`Files: ${result.files.length}, ${(result.totalBytes / 1024 / 1024).toFixed(1)} MiB; manifest sha256 ${result.manifest}`);
for (const line of summarise(result.files)) console.log(`  ${line}`);
if (values.manifest) {
	await writeFile(values.manifest, formatManifest(result.files));
	console.log(`Manifest of every file: ${resolve(values.manifest)}`);
}
if (result.problems.length > 0) {
	console.error(`${result.problems.length} problem(s); nothing is uploaded:`);
	for (const problem of result.problems) console.error(`  • ${problem}`);
	process.exit(1);
}
console.log(
	'Verified: within Cloudflare Pages limits; _headers and _redirects valid; every redirect target exists; the CSP allows every inline script and style; no dotfiles, source maps, _worker.js or secrets.',
);

const commit = process.env.DEPLOY_COMMIT || process.env.GITHUB_SHA;
const wrangler = (folder: string) => [
	'--yes',
	WRANGLER,
	'pages',
	'deploy',
	folder,
	'--project-name',
	values.project,
	'--branch',
	branch,
	// A preview runs on the default branch's checkout, so GITHUB_SHA is not the pull request's commit; DEPLOY_COMMIT is.
	...(commit ? ['--commit-hash', commit] : []),
	...(preview === undefined ? [] : ['--commit-message', `Pull request #${preview}`]),
	'--commit-dirty=true',
];
// A public site must give people a real address to write to (src/settings.ts).
const statement = await readFile(join(dir, 'pieklustamiba', 'index.html'), 'utf8').catch(() => '');
// A preview is for reviewers, not the public; a fork's pull request is built without the repository's variables.
if (uploads && preview === undefined && statement.includes(DEFAULT_CONTACT_EMAIL)) {
	console.error(
		`The site was built without CONTACT_EMAIL: it shows ${DEFAULT_CONTACT_EMAIL}. Set the repository variable CONTACT_EMAIL to the editorial team's address and build again; nothing is uploaded.`,
	);
	process.exit(1);
}
// Addresses built for this machine would go out in canonical links, the sitemap and the feed.
const local = await localAddress(dir);
if (uploads && local) {
	console.error(`The site was built for a local address (${local}). Build it with SITE_URL set to the public address; nothing is uploaded.`);
	process.exit(1);
}
if (local) console.log(`Note: built for a local address (${local}); --deploy and --preview would refuse it.`);
if (address) console.log(`Preview of pull request #${preview}: ${address}`);
const credentials = process.env.CLOUDFLARE_API_TOKEN && process.env.CLOUDFLARE_ACCOUNT_ID;
if (!uploads) {
	if (base !== '/') console.log(`Upload: the files under ${base}; ${AT_TOP.join(', ')} also at the top.`);
	const command = wrangler(base === '/' ? dir : '<staged folder>').map((arg) => (/\s/.test(arg) ? `'${arg}'` : arg));
	console.log(`Dry run: nothing uploaded. A deploy would run: npx ${command.join(' ')}`);
	process.exit(0);
}
if (!credentials) {
	console.error(`${preview === undefined ? '--deploy' : '--preview'} needs CLOUDFLARE_API_TOKEN and CLOUDFLARE_ACCOUNT_ID.`);
	process.exit(1);
}
const run = spawnSync('npx', wrangler(await stageUpload(dir, base)), { stdio: 'inherit' });
if (run.status === 0 && address) {
	console.log(`Preview uploaded: ${address}`);
	// For the workflow's comment step, which sees this address and not the credentials.
	if (process.env.GITHUB_OUTPUT) await appendFile(process.env.GITHUB_OUTPUT, outputLine('url', address));
}
process.exit(run.status ?? 1);
