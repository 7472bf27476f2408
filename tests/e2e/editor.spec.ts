/**
 * The web editor (/redaktors/) as a new author uses it, with Decap's local backend
 * (decap-server in git mode) over a temporary copy of the repository: no network, no
 * GitHub. The pages are served with the CDN's headers, so the editor runs under its own
 * policy; only the local backend's address is added to it, as the one thing production lacks.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import sharp from 'sharp';
import { headersFor, parseHeaders } from '../../src/lib/cdn.ts';
import { astro, exec, root } from '../sites/run.ts';
import { publishedMaterials } from './collection.ts';

const dist = resolve(root, process.env.OUT_DIR ?? 'dist');
/** Where the built editor looks for decap-server (src/pages/redaktors/index.astro); requests to it go to the one started here. */
const CONFIGURED_BACKEND = 'http://127.0.0.1:8081/api/v1';

let repo: string;
let server: ChildProcess;
let backend: string;

const git = (...args: string[]) => execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8' }).trim();

async function freePort(): Promise<number> {
	const probe = createServer();
	await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
	const { port } = probe.address() as { port: number };
	await new Promise((done) => probe.close(done));
	return port;
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
	repo = await mkdtemp(join(tmpdir(), 'materiali-redaktors-'));
	await cp(join(root, 'content'), join(repo, 'content'), { recursive: true });
	execFileSync('git', ['init', '-q', '-b', 'main', repo]);
	git('add', '-A');
	git('-c', 'user.name=Redakcija', '-c', 'user.email=redakcija@example.org', 'commit', '-qm', 'Materiāli');
	const port = await freePort();
	backend = `http://127.0.0.1:${port}/api/v1`;
	server = spawn(process.execPath, [fileURLToPath(import.meta.resolve('decap-server/dist/index.js'))], {
		env: { ...process.env, MODE: 'git', GIT_REPO_DIRECTORY: repo, PORT: String(port), BIND_HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
		stdio: 'ignore',
	});
	await expect
		.poll(
			async () =>
				(
					await fetch(backend, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"action":"info","params":{}}' }).catch(
						() => undefined,
					)
				)?.ok,
			{
				timeout: 30_000,
			},
		)
		.toBe(true);
});

test.afterAll(async () => {
	server?.kill();
	if (repo) await rm(repo, { recursive: true, force: true });
});

/** Serves the site as the CDN does, forwards the editor's backend, and records what the page asked for and what failed. */
async function openEditor(page: Page): Promise<{ violations: string[]; problems: string[]; requests: string[] }> {
	const rules = parseHeaders(await readFile(join(dist, '_headers'), 'utf8'));
	const violations: string[] = [];
	const problems: string[] = [];
	const requests: string[] = [];
	page.on('request', (request) => requests.push(request.url()));
	page.on('console', (message) => {
		if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
	});
	page.on('pageerror', (error) => problems.push(error.message));
	await page.route(CONFIGURED_BACKEND, async (route) => route.fulfill({ response: await route.fetch({ url: backend }) }));
	await page.route(/^http:\/\/127\.0\.0\.1:\d+\/(?!api\/v1)/, async (route) => {
		const response = await route.fetch();
		const headers = { ...response.headers(), ...Object.fromEntries(headersFor(rules, new URL(route.request().url()).pathname)) };
		if (headers['content-security-policy'])
			headers['content-security-policy'] = headers['content-security-policy'].replace(
				"connect-src 'self'",
				`connect-src 'self' ${new URL(CONFIGURED_BACKEND).origin}`,
			);
		await route.fulfill({ response, headers });
	});
	return { violations, problems, requests };
}

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });

async function choose(page: Page, name: string, option: string) {
	await page.locator(`[id^="${name}-field"]`).first().click();
	await page.getByRole('option', { name: option, exact: true }).click();
}

test('a new author creates and submits a material through the editor without git; it passes the content check and builds', async ({ page }) => {
	test.setTimeout(300_000);
	const { violations, problems, requests } = await openEditor(page);
	await page.goto('/redaktors/');
	await page.getByRole('button', { name: 'Ieiet' }).click();
	await page.goto('/redaktors/#/collections/materiali/new');

	await field(page, 'Nosaukums').fill('Sviras līdzsvars: spēka moments');
	await field(page, 'Kopsavilkums').fill(
		'Laboratorijas darbs 9. klasei: skolēni ar lineālu un atsvariem pārbauda sviras līdzsvara nosacījumu un aprēķina spēka momentus.',
	);
	await choose(page, 'subject', 'Fizika');
	await choose(page, 'stage', 'Pamatizglītība');
	await choose(page, 'grades', '9. klase');
	await field(page, 'Temats').fill('Spēks un kustība');
	await page.getByRole('button', { name: 'Pievienot: sasniedzamie rezultāti' }).click();
	await page.locator('[id^="item-field"]').last().fill('Skolēns aprēķina spēka momentu un pārbauda sviras līdzsvara nosacījumu.');
	await choose(page, 'skills', 'Kritiskā domāšana un problēmrisināšana');
	await choose(page, 'kind', 'Darba lapa');
	await page.getByRole('button', { name: 'Pievienot: autori' }).click();
	await page.locator('[id^="name-field"]').first().fill('Anna Bērziņa');
	await page.getByRole('button', { name: 'Pievienot: recenzenti' }).click();
	await page.locator('[id^="name-field"]').last().fill('Dabaszinātņu mācību jomas koordinatori');
	// An attachment, uploaded from this computer into the material's own folder.
	await page.getByRole('button', { name: 'Pievienot: pielikumi' }).click();
	await page.getByRole('button', { name: 'Izvēlēties failu' }).click();
	await page
		.locator('input[type=file]')
		.setInputFiles({ name: 'Mērījumi.csv', mimeType: 'text/csv', buffer: Buffer.from('masa_kg;plecs_m;moments_Nm\n0,2;0,15;0,29\n0,1;0,30;0,29\n') });
	await page.getByRole('button', { name: 'Izvēlēties atlasītos' }).click();
	await field(page, 'Pielikuma nosaukums').fill('Mērījumu tabula izklājlapai (CSV)');
	const body = page.locator('textarea[id^="body-field"]');
	await body.fill('## Darba gaita\n\nNoliec lineālu uz balsta un pakar atsvarus abās pusēs: līdzsvarā $F_1 l_1 = F_2 l_2$.\n');
	// A component of the allowlist, from the menu above the text, at the end where the cursor is.
	await page.getByLabel('Ievietot komponentu').selectOption('Skolotajam');
	await expect(body).toHaveValue(/\$\.\n\n<Skolotajam>\n\nTeksts\.\n\n<\/Skolotajam>\n/);
	// An image from this computer, into the material's folder and into the text where the cursor is.
	await page.getByRole('button', { name: 'Ievietot attēlu' }).click();
	const png = await sharp({ create: { width: 240, height: 120, channels: 3, background: '#2a6f97' } })
		.png()
		.toBuffer();
	await page.locator('input[type=file]').setInputFiles({ name: 'Sviras shēma.png', mimeType: 'image/png', buffer: png });
	await page.getByRole('button', { name: /^Izvēlēties atlasīt/ }).click();
	await expect(body).toHaveValue(/<\/Skolotajam>\n\n!\[Attēla apraksts\]\(\.\/sviras-shema\.png\)\n/);
	await page.getByRole('button', { name: 'Saglabāt', exact: true }).click();

	// Saved: a branch of its own in the repository, the author never saw git.
	const branch = 'cms/materiali/fizika/sviras-lidzsvars-speka-moments/index';
	const file = 'content/materials/fizika/sviras-lidzsvars-speka-moments/index.mdx';
	// decap-server creates the branch, then writes and commits: wait for the commit.
	const committed = () => {
		try {
			return git('show', `${branch}:${file}`);
		} catch {
			return '';
		}
	};
	await expect.poll(committed, { timeout: 30_000 }).toContain('title:');
	const written = committed();
	expect(written).toContain('title: "Sviras līdzsvars: spēka moments"');
	expect(written).toMatch(/^version: 1\.0\.0$/m);
	// The body is kept byte for byte: formulas keep their backslashes and underscores.
	expect(written).toContain('$F_1 l_1 = F_2 l_2$');
	expect(written).toContain('<Skolotajam>');
	// The upload's name as the site allows file names (lower case, no diacritics), beside index.mdx.
	expect(written).toMatch(/^ {2}- file: merijumi\.csv$/m);
	expect(git('show', `${branch}:content/materials/fizika/sviras-lidzsvars-speka-moments/merijumi.csv`)).toContain('moments_Nm');
	expect(git('ls-tree', '--name-only', branch, 'content/materials/fizika/sviras-lidzsvars-speka-moments/')).toContain('sviras-shema.png');
	// Nothing went anywhere else: the branch adds only the material's own folder.
	expect(
		git('diff', '--name-only', `main...${branch}`)
			.split('\n')
			.every((path) => path.startsWith('content/materials/fizika/sviras-lidzsvars-speka-moments/')),
	).toBe(true);

	// Submitted for review: the editorial workflow's status on the branch.
	await page.getByRole('button', { name: /Statuss/ }).click();
	await page.getByRole('menuitem', { name: /Gatavs pārskatīšanai/ }).click();
	await expect.poll(() => git('config', `branch.${branch}.description`), { timeout: 30_000 }).toBe('decap-cms/pending_review');

	expect(violations).toEqual([]);
	expect(problems).toEqual([]);
	// Everything came from this computer: the site, the editor's own script, the local backend.
	expect(requests.filter((url) => !/^(?:http:\/\/127\.0\.0\.1:\d+\/|blob:|data:)/.test(url))).toEqual([]);

	// What a reviewer's checks do with the pull request: the content check, then the build.
	git('checkout', '-q', branch);
	const materialsDir = join(repo, 'content/materials');
	const check = await exec(['scripts/check-content.ts'], { MATERIALS_DIR: materialsDir });
	expect(check.code, check.output).toBe(0);
	expect(check.output).toMatch(/bez kļūdām/);
	const outDir = join(repo, 'dist');
	const build = await exec([astro, 'build'], { MATERIALS_DIR: materialsDir, OUT_DIR: outDir, CACHE_DIR: join(repo, '.cache') });
	expect(build.code, build.output.slice(-2000)).toBe(0);
	const html = await readFile(join(outDir, 'materiali/fizika/sviras-lidzsvars-speka-moments/index.html'), 'utf8');
	expect(html).toContain('Sviras līdzsvars: spēka moments');
	expect(html).toContain('Anna Bērziņa');
	expect(html).toMatch(/<img[^>]+alt="Attēla apraksts"/);
	expect(existsSync(join(outDir, 'materiali/fizika/sviras-lidzsvars-speka-moments/skolenam/index.html'))).toBe(true);
	expect(existsSync(join(outDir, 'materiali/fizika/sviras-lidzsvars-speka-moments/merijumi.csv'))).toBe(true);
	git('checkout', '-q', 'main');
	await page.unrouteAll({ behavior: 'ignoreErrors' });
});

test('“Labot” opens a material in the editor; saving an edit without a new version is refused with what is missing', async ({ page }) => {
	const material = (await publishedMaterials()).find((m) => m.id.startsWith('fizika/'))!;
	const { violations } = await openEditor(page);
	await page.goto('/redaktors/');
	await page.getByRole('button', { name: 'Ieiet' }).click();
	await page.goto(`/materiali/${material.id}/`);
	await page.getByRole('link', { name: 'Labot', exact: true }).click();
	await expect(field(page, 'Nosaukums')).toHaveValue(material.data.title);

	const summary = field(page, 'Kopsavilkums');
	await summary.fill(`${await summary.inputValue()} Papildināts ar jaunu uzdevumu.`);
	await page.getByRole('button', { name: 'Saglabāt', exact: true }).click();
	const refusal = page.getByText(/Materiālu vēl nevar saglabāt/).first();
	await expect(refusal).toBeVisible();
	await expect(refusal).toContainText(`versiju ${material.data.version}`);
	await expect(refusal).toContainText('jaunu izmaiņu ierakstu');
	// Nothing reached the repository.
	expect(git('branch', '--list', `cms/materiali/${material.id}/index`)).toBe('');
	// (Decap also leaves the refused save as an unhandled rejection; the page keeps working.)
	expect(violations).toEqual([]);
	await page.unrouteAll({ behavior: 'ignoreErrors' });
});

test('the editor’s page is kept out of search engines and the sitemap, and without JavaScript points to the git path', async ({ browser, baseURL }) => {
	const rules = parseHeaders(await readFile(join(dist, '_headers'), 'utf8'));
	expect(headersFor(rules, '/redaktors/').get('x-robots-tag')).toBe('noindex');
	const html = await readFile(join(dist, 'redaktors/index.html'), 'utf8');
	expect(html).toMatch(/<meta name="robots" content="noindex, nofollow"/);
	const sitemaps = (await readdir(dist)).filter((name) => /^sitemap.*\.xml$/.test(name));
	expect(sitemaps.length).toBeGreaterThan(0);
	for (const file of sitemaps) expect(await readFile(join(dist, file), 'utf8'), file).not.toContain('/redaktors/');
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(`${baseURL}/redaktors/`);
	await expect(page.getByRole('link', { name: 'norādījumos autoriem' })).toHaveAttribute('href', /CONTRIBUTING\.md$/);
	await context.close();
});
