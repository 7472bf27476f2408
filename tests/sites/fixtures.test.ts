/**
 * Fixture sites built for real: what the content check and `astro build` do with
 * hostile content, drafts and moved materials. Builds run one after another (they
 * share Astro's cache) and write into temporary folders, never into dist/.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { t } from '../../src/i18n/index.ts';
import { verifySite } from '../../scripts/deploy/verify.ts';
import { inlineHashes } from '../../src/lib/cdn.ts';
import { astro, exec, type Outcome } from './run.ts';

const MARKER = '/tmp/materiali-pwned';

async function files(dir: string): Promise<string[]> {
	if (!existsSync(dir)) return [];
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

const hostile = 'tests/fixtures/hostile/materials';
const materialRedirects = (text: string) =>
	text
		.split('\n')
		.filter((line) => line.includes('/materiali/'))
		.map((line) => `${line}\n`)
		.join('');

/** Each hostile construct, the line it is on and how the message names it. */
const HOSTILE: [folder: string, location: string, construct: string][] = [
	['esm-import', 'index.mdx:29:1', '“import/export”'],
	['esm-export', 'index.mdx:29:1', '“import/export”'],
	['expression', 'index.mdx:29:19', '“{…}”'],
	['unknown-component', 'index.mdx:29:1', '“<Tabs>”'],
	['script', 'index.mdx:29:1', '“<script>”'],
	['style', 'index.mdx:29:1', '“<style>”'],
	['iframe', 'index.mdx:29:1', '“<iframe>”'],
	['event-handler', 'index.mdx:29:8', '“<abbr> onMouseOver”'],
	['attribute-expression', 'index.mdx:29:1', '“<Piezime> veids”'],
	['javascript-link', 'index.mdx:29:1', 'javascript:alert(1)'],
	['data-link', 'index.mdx:29:1', 'data:text/html'],
	['html-comment', 'index.mdx:29:2', 'HTML komentāri'],
	['svg-image', 'index.mdx:29:1', 'zimejums.svg'],
	['yaml-tag', 'index.mdx:7', 'YAML'],
	['markdown-file', '', 'index.md'],
	// Files judged by their bytes, not their names.
	['svg-as-png', 'index.mdx:29:1', 'zimejums.png (SVG'],
	['text-as-png', 'index.mdx:29:1', 'teksts.png'],
	['header-only-png', 'index.mdx:29:1', 'bojāts vai nepilnīgs'],
	['huge-png', 'index.mdx:29:1', '20000×20000'],
	['html-as-pdf', 'index.mdx:26', 'darba-lapa.pdf'],
	['reference-image', 'index.mdx:29:1', 'https://example.com/attels.png'],
	// Bounded cost: refused before the parser or KaTeX could spend minutes or overflow the stack.
	['deep-quote', 'index.mdx:29', 'citātu (>)'],
	['nested-elements', 'index.mdx:29', 'elementu citu citā'],
	['emphasis-flood', 'index.mdx:29', 'izcēluma'],
	['def-bomb', 'index.mdx:29:2', '\\def'],
	['yaml-alias-bomb', 'index.mdx:25', 'YAML enkuri'],
	['yaml-alias-bomb', 'index.mdx:26', 'YAML atsauces'],
	// What the check passed and a later gate (the build, the feed) failed on.
	['prototype-component', 'index.mdx:29:1', '“<constructor>”'],
	['astro-image-marker', 'index.mdx:29', '__ASTRO_IMAGE_'],
	['control-title', 'index.mdx:2', 'U+001B'],
	['bidi-title', 'index.mdx:2', 'U+202E'],
];

function expectAllNamed(output: string) {
	for (const [folder, location, construct] of HOSTILE) {
		const line = output.split('\n').find((l) => l.includes(`${hostile}/fizika/${folder}${location ? '/' : ''}${location}`));
		expect(line, `${folder} is reported with its file and line`).toBeDefined();
		expect(line, folder).toContain(construct);
	}
}

describe('hostile content', () => {
	let outDir: string;
	let check: Outcome;
	let build: Outcome;

	beforeAll(async () => {
		await rm(MARKER, { force: true });
		outDir = await mkdtemp(join(tmpdir(), 'materiali-hostile-'));
		check = await exec(['scripts/check-content.ts'], { MATERIALS_DIR: hostile });
		build = await exec([astro, 'build'], { MATERIALS_DIR: hostile, OUT_DIR: outDir });
	}, 180_000);

	afterAll(async () => {
		await rm(outDir, { recursive: true, force: true });
	});

	test('the content check fails and names every file, line and construct', () => {
		expect(check.code).toBe(1);
		expect(check.output).toContain(t('check.failed', { count: HOSTILE.length }));
		expectAllNamed(check.output);
	});

	test('the build fails with the same messages', () => {
		expect(build.code).not.toBe(0);
		expectAllNamed(build.output);
	});

	test('nothing is published and no code ran', async () => {
		expect(await files(outDir)).toEqual([]);
		expect(existsSync(MARKER)).toBe(false);
	});
});

describe('a broken figures file', () => {
	let outDir: string;
	let check: Outcome;
	let build: Outcome;
	const figures = 'tests/fixtures/results/broken.yaml';
	const env = { MATERIALS_DIR: 'tests/fixtures/basics/materials', RESULTS_FILE: figures };
	// Each mistake with the line and the field the message names.
	const MISTAKES = [
		[':4 ', 'figures[0].of', 'kopskaitu'],
		[':9 ', 'figures[1].result', '1, 2, 3, 10, 11'],
		[':15 ', 'figures[2].date', '2025-31-08'],
	];

	beforeAll(async () => {
		outDir = await mkdtemp(join(tmpdir(), 'materiali-figures-'));
		check = await exec(['scripts/check-content.ts'], env);
		build = await exec([astro, 'build'], { ...env, OUT_DIR: outDir });
	}, 180_000);

	afterAll(async () => {
		await rm(outDir, { recursive: true, force: true });
	});

	test('stops the content check and the build, naming the file, the line and the field of each mistake', () => {
		for (const outcome of [check, build]) {
			expect(outcome.code).not.toBe(0);
			for (const [line, field, detail] of MISTAKES) {
				const message = outcome.output.split('\n').find((l) => l.includes(`${figures}${line}`) && l.includes(field!));
				expect(message, `${field} in ${outcome.output.slice(-1500)}`).toBeDefined();
				expect(message).toContain(detail);
			}
		}
	});

	test('publishes nothing', async () => {
		expect(await files(outDir)).toEqual([]);
	});
});

describe('drafts and moved materials', () => {
	let outDir: string;
	let build: Outcome;
	const basics = 'tests/fixtures/basics/materials';

	beforeAll(async () => {
		outDir = await mkdtemp(join(tmpdir(), 'materiali-basics-'));
		// RENDER_WORKERS_FROM=1: the worker pool renders these few materials inside `astro build`, as it does a large collection's.
		build = await exec([astro, 'build'], { MATERIALS_DIR: basics, OUT_DIR: outDir, RENDER_WORKERS_FROM: '1' });
	}, 180_000);

	afterAll(async () => {
		await rm(outDir, { recursive: true, force: true });
	});

	test('the site builds', () => {
		expect(build.code, build.output.slice(-2000)).toBe(0);
	});

	test('its materials were rendered on worker threads, and the log says so', () => {
		expect(build.output).toMatch(/rendering changed ones on \d+ worker threads/);
	});

	test('the build read the content store this build wrote from its file, and the log says so', () => {
		expect(build.output).toContain('[data-store-file] engaged: the build reads the content store from');
	});

	test('a draft has no page and appears nowhere', async () => {
		expect(existsSync(join(outDir, 'materiali/fizika/melnraksts'))).toBe(false);
		const html = (await files(outDir)).filter((f) => f.endsWith('.html'));
		expect(html.length).toBeGreaterThan(5);
		for (const file of html) expect(await readFile(file, 'utf8'), file).not.toContain('Slepens melnraksts');
	});

	test('an earlier address sends readers to the new one without JavaScript', async () => {
		const page = await readFile(join(outDir, 'materiali/fizika/veca-adrese/index.html'), 'utf8');
		expect(page).toContain('<meta http-equiv="refresh" content="0; url=/materiali/fizika/jauna-adrese/">');
		expect(page).toContain('<link rel="canonical" href="http://localhost:4321/materiali/fizika/jauna-adrese/">');
		expect(page).toContain('<meta name="robots" content="noindex">');
		expect(page).toContain('href="/materiali/fizika/jauna-adrese/">Materiāls jaunā adresē</a>');
	});

	test('the CDN redirects the earlier address, and the sitemap lists only the new one', async () => {
		// Material addresses; the rest are retired subjects' pages (tests/e2e/scopes.spec.ts).
		expect(materialRedirects(await readFile(join(outDir, '_redirects'), 'utf8'))).toBe(
			'/materiali/fizika/veca-adrese/ /materiali/fizika/jauna-adrese/ 301\n/materiali/fizika/veca-adrese/dati.csv /materiali/fizika/jauna-adrese/dati.csv 301\n',
		);
		const sitemap = await readFile(join(outDir, 'sitemap-0.xml'), 'utf8');
		expect(sitemap).toContain('/materiali/fizika/jauna-adrese/</loc>');
		expect(sitemap).not.toContain('veca-adrese');
		expect((await verifySite(outDir)).problems).toEqual([]);
	});

	test('attachments are published once and redirected from the earlier address', async () => {
		expect(existsSync(join(outDir, 'materiali/fizika/jauna-adrese/dati.csv'))).toBe(true);
		expect(existsSync(join(outDir, 'materiali/fizika/veca-adrese/dati.csv'))).toBe(false);
	});

	test('no material page has a <style> of its own, so the policy does not grow with the collection', async () => {
		// Cloudflare reads a _headers line of at most 2,000 characters: a hash per material would not fit.
		const styles = async (path: string) => inlineHashes(await readFile(join(outDir, path), 'utf8')).styleHashes;
		const pages = ['materiali/fizika/jauna-adrese/index.html', 'materiali/kimija/publicets/index.html'];
		const [first, ...others] = await Promise.all(pages.map(styles));
		for (const [i, other] of others.entries()) expect(other, `${pages[i + 1]} and ${pages[0]}`).toEqual(first);
		// The footer each printed page carries is set where the policy allows it without a hash.
		expect(await readFile(join(outDir, pages[0]!), 'utf8')).toMatch(/<html [^>]*style="--print-left:&quot;Materiāls jaunā adresē · versija /);
	});
});

describe('under a base path', () => {
	let outDir: string;
	let build: Outcome;

	beforeAll(async () => {
		outDir = await mkdtemp(join(tmpdir(), 'materiali-base-'));
		build = await exec([astro, 'build'], {
			MATERIALS_DIR: 'tests/fixtures/basics/materials',
			OUT_DIR: outDir,
			BASE_PATH: '/portals/',
			SITE_URL: 'https://skola.example',
		});
	}, 180_000);

	afterAll(async () => {
		await rm(outDir, { recursive: true, force: true });
	});

	test('what the CDN and crawlers read carries the base path, and the site verifies for upload', async () => {
		expect(build.code, build.output.slice(-2000)).toBe(0);
		const redirects = await readFile(join(outDir, '_redirects'), 'utf8');
		expect(materialRedirects(redirects)).toBe(
			'/portals/materiali/fizika/veca-adrese/ /portals/materiali/fizika/jauna-adrese/ 301\n/portals/materiali/fizika/veca-adrese/dati.csv /portals/materiali/fizika/jauna-adrese/dati.csv 301\n',
		);
		expect(redirects).toContain('/portals/prieksmeti/etika/ /portals/prieksmeti/socialas-zinibas/ 301\n');
		expect(await readFile(join(outDir, '_headers'), 'utf8')).toMatch(/^\/portals\/\*\n/);
		expect(await readFile(join(outDir, 'robots.txt'), 'utf8')).toContain('Sitemap: https://skola.example/portals/sitemap-index.xml');
		const catalogue = JSON.parse(await readFile(join(outDir, 'materiali.json'), 'utf8')) as { materials: { url: string }[] };
		expect(catalogue.materials.map((m) => m.url)).toContain('https://skola.example/portals/materiali/fizika/jauna-adrese/');
		expect((await verifySite(outDir, '/portals/')).problems).toEqual([]);
	});
});

describe('reproducible builds', () => {
	const basics = 'tests/fixtures/basics/materials';
	const dirs: string[] = [];

	afterAll(async () => {
		for (const dir of dirs) await rm(dir, { recursive: true, force: true });
	});

	test('one commit builds into the same files, byte for byte, with a warm cache or a cold one', async () => {
		const sites = [];
		for (let i = 0; i < 2; i++) {
			const outDir = await mkdtemp(join(tmpdir(), 'materiali-repro-'));
			dirs.push(outDir);
			// The second build starts from an empty content cache, as a fresh CI machine does.
			const cache: Record<string, string> = {};
			if (i === 1) dirs.push((cache.CACHE_DIR = await mkdtemp(join(tmpdir(), 'materiali-repro-cache-'))));
			const build = await exec([astro, 'build'], { MATERIALS_DIR: basics, OUT_DIR: outDir, SOURCE_DATE_EPOCH: '1764028800', ...cache });
			expect(build.code, build.output.slice(-2000)).toBe(0);
			sites.push(await verifySite(outDir));
		}
		const [first, second] = sites as [Awaited<ReturnType<typeof verifySite>>, Awaited<ReturnType<typeof verifySite>>];
		const differing = first.files.filter((file, i) => file.path !== second.files[i]?.path || file.sha256 !== second.files[i]?.sha256).map((file) => file.path);
		expect(differing).toEqual([]);
		expect(first.manifest).toBe(second.manifest);
	}, 300_000);
});
