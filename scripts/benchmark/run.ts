/**
 * The benchmark: builds synthetic collections of N materials (default 1,000 and
 * 10,000), with a cold cache, and prints how long the build and the search index take,
 * peak memory, the site's size, what Chromium downloads for a first search and for a
 * facet, and page weights; then builds the same corpus as a plain Astro + MDX site and
 * prints the ratio. Everything is written under the system's temp folder.
 *
 *   npm run bench                        # 1000 and 10000, with the baseline
 *   npm run bench -- 1000 --no-baseline  # one size, ours only
 *   npm run bench -- 10000 --baseline-only
 *   npm run bench -- --site <dir>         # only the browser figures, of a site built before
 */
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { Packer } from 'docx';
import { fromHtml } from 'hast-util-from-html';
import { buildDocx } from '../../src/downloads/docx.ts';
import { VOCABULARY_DIR } from '../../src/lib/spelling.ts';
import { writeBaselineProject } from './baseline.ts';
import { generateCorpus } from './corpus.ts';
import { buildPhases, directorySize, pagefindSeconds, recordTransfer, run, serveStatic, sumTransfer } from './measure.ts';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const work = join(tmpdir(), 'metodiskie-benchmark');
const astro = join(root, 'node_modules/astro/bin/astro.mjs');
/** What `npm run build` runs: Astro, then the search index once Astro has exited. */
const buildScript = join(root, 'scripts/build.ts');
const pagefindCli = join(root, 'node_modules/pagefind/lib/runner/bin.cjs');

const args = process.argv.slice(2);
const sizes = args.filter((a) => /^\d+$/.test(a)).map(Number);
const withBaseline = !args.includes('--no-baseline');
const withWarm = !args.includes('--no-warm');
const baselineOnly = args.includes('--baseline-only');
const siteOnly = args.includes('--site') ? args[args.indexOf('--site') + 1] : undefined;
if (sizes.length === 0 && !siteOnly) sizes.push(1000, 10000);

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const s = (seconds: number) => `${seconds.toFixed(1)} s`;
const row = (label: string, value: string) => console.log(`  ${label.padEnd(44)} ${value}`);

const isSearchData = (path: string) =>
	path.includes('/pagefind/') || path.includes('/meklet/dati/') || path.includes('/meklet/vardi/') || path.endsWith('/meklet/atlase.json');

/** What the search data of a first query is made of. */
const SEARCH_PARTS: [string, (path: string) => boolean][] = [
	['Pagefind code (JS and WASM)', (path) => /\/pagefind\/(pagefind[^/]*\.js|wasm\.[^/]*|pagefind-entry\.json)$/.test(path)],
	['Pagefind page list (pf_meta)', (path) => path.endsWith('.pf_meta')],
	['Pagefind word index chunks', (path) => path.endsWith('.pf_index')],
	['Pagefind filter chunks', (path) => path.endsWith('.pf_filter')],
	['Pagefind fragments (result URLs)', (path) => path.endsWith('.pf_fragment')],
	['search documents (excerpts)', (path) => path.includes('/meklet/dati/')],
	['facet table', (path) => path.endsWith('/meklet/atlase.json')],
	['spelling vocabulary', (path) => path.includes('/meklet/vardi/')],
];

/** The first query a teacher types on a fresh page: bytes of search data (budget 150 KB at 10,000 materials) and time to results. */
const FIRST_QUERIES = [
	['first query: one word', 'vienādojums'],
	['first query: several words', 'kustības likumi'],
	['first query: misspelt, corrected', 'fotosintzee'],
	['first query: subject and grade words', 'matemātika 7. klase vienādojumi'],
	['first query: a word found nowhere', 'zebra'],
] as const;

async function browserFigures(outDir: string, materialPath: string): Promise<void> {
	const server = await serveStatic(outDir);
	const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
	try {
		for (const [label, query] of FIRST_QUERIES) {
			await recordTransfer(browser, server.origin, async (page, mark) => {
				const started = performance.now();
				await page.goto(`/meklet/?q=${encodeURIComponent(query)}`);
				await page.locator('#search-list[aria-busy="false"]').waitFor({ state: 'attached' });
				const seconds = (performance.now() - started) / 1000;
				await page.waitForLoadState('networkidle');
				const first = await mark();
				row(label, `${kb(sumTransfer(first, isSearchData))} of search data, ${kb(sumTransfer(first))} with the page; ${seconds.toFixed(2)} s to results`);
				if (query === FIRST_QUERIES[0][1]) {
					for (const [part, test] of SEARCH_PARTS) row(`  of which ${part}`, kb(sumTransfer(first, test)));
				}
			});
		}
		// On a phone the facets are folded away and counted only when opened.
		await recordTransfer(browser, server.origin, async (page, mark) => {
			await page.setViewportSize({ width: 360, height: 740 });
			const started = performance.now();
			await page.goto(`/meklet/?q=${encodeURIComponent(FIRST_QUERIES[0][1])}`);
			await page.locator('#search-list[aria-busy="false"]').waitFor({ state: 'attached' });
			const seconds = (performance.now() - started) / 1000;
			await page.waitForLoadState('networkidle');
			const first = await mark();
			row(
				'first query on a phone (360 px): one word',
				`${kb(sumTransfer(first, isSearchData))} of search data, ${kb(sumTransfer(first))} with the page; ${seconds.toFixed(2)} s to results`,
			);
		});
		await recordTransfer(browser, server.origin, async (page, mark) => {
			await page.goto('/meklet/?q=vienādojums');
			await page.locator('#search-list[aria-busy="false"] li').first().waitFor();
			await page.waitForLoadState('networkidle');
			await mark();
			await page
				.locator('#search-filters')
				.getByRole('checkbox', { name: /^7\. klase/ })
				.check();
			await page.locator('#search-list[aria-busy="false"]').waitFor();
			await page.waitForLoadState('networkidle');
			row('then a facet (grade): added bytes', kb(sumTransfer(await mark())));
		});
		// The chosen way to offer DOCX: written in the browser when asked, from the page itself.
		await recordTransfer(browser, server.origin, async (page, mark) => {
			await page.goto(materialPath);
			await page.waitForLoadState('networkidle');
			await mark();
			const started = performance.now();
			await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Skolotāja eksemplārs \(DOCX\)/ }).click()]);
			row('DOCX in the browser: time to the file', `${((performance.now() - started) / 1000).toFixed(2)} s`);
			row('DOCX in the browser: bytes fetched on demand', kb(sumTransfer(await mark())));
		});
		for (const [label, path] of [
			['page weight: home', '/'],
			['page weight: a material', materialPath],
			['page weight: subject list', '/prieksmeti/matematika/'],
			['page weight: search, before a query', '/meklet/'],
		] as const) {
			await recordTransfer(browser, server.origin, async (page, mark) => {
				await page.goto(path);
				await page.waitForLoadState('networkidle');
				row(label, kb(sumTransfer(await mark())));
			});
		}
	} finally {
		await browser.close();
		await server.close();
	}
}

/** How many pupil copies the site has. */
async function countPupilCopies(outDir: string): Promise<number> {
	let count = 0;
	for (const subject of await readdir(join(outDir, 'materiali'), { withFileTypes: true })) {
		if (!subject.isDirectory()) continue;
		for (const slug of await readdir(join(outDir, 'materiali', subject.name), { withFileTypes: true })) {
			if (slug.isDirectory() && (await readdir(join(outDir, 'materiali', subject.name, slug.name))).includes('skolenam')) count++;
		}
	}
	return count;
}

/**
 * What writing both copies as DOCX files at build time would cost: the converter run in
 * Node over the text of `sample` built material pages (the alternative the issue named,
 * against which the browser's on-demand documents were chosen).
 */
async function docxAtBuild(outDir: string, sample: number): Promise<{ ms: number }> {
	const pages: string[] = [];
	for (const subject of await readdir(join(outDir, 'materiali'), { withFileTypes: true })) {
		if (!subject.isDirectory()) continue;
		for (const slug of await readdir(join(outDir, 'materiali', subject.name))) {
			if (pages.length < sample) pages.push(join(outDir, 'materiali', subject.name, slug, 'index.html'));
		}
	}
	const meta = {
		title: 'Materiāls',
		facts: 'Priekšmets · klase · veids',
		copy: 'Skolotāja eksemplārs',
		footer: 'Materiāls · versija 1.0.0',
		url: 'https://example.org/',
		license: 'CC BY 4.0',
	};
	let total = 0;
	let count = 0;
	for (const file of pages) {
		const html = await readFile(file, 'utf8').catch(() => '');
		const prose = /<div class="prose">([\s\S]*?)<\/div>\s*(?:<section class="material-section|<p class="license-note)/.exec(html)?.[1];
		if (!prose) continue;
		const started = performance.now();
		await Packer.toBuffer(await buildDocx(fromHtml(prose, { fragment: true }), meta, async () => undefined));
		total += performance.now() - started;
		count++;
	}
	return { ms: count === 0 ? 0 : total / count };
}

/** Builds the corpus with this site, prints its figures and returns the cold build's seconds. */
async function buildOurs(size: number, outDir: string, env: NodeJS.ProcessEnv): Promise<number> {
	// BUILD_HEAP_MB in the environment tries another heap for Astro (scripts/build.ts).
	const cold = await run(process.execPath, [buildScript], { cwd: root, env });
	await writeFile(join(work, `build-${size}.log`), cold.output);
	row('build, cold cache (with search index)', `${s(cold.seconds)} (${((cold.seconds / size) * 1000).toFixed(1)} ms per material)`);
	const phases = buildPhases(cold.output);
	row('  of which loading and rendering materials', phases.content === undefined ? 'not reported' : s(phases.content));
	row('  of which generating pages', phases.pages === undefined ? 'not reported' : s(phases.pages));
	row('  of which optimising images', phases.images === undefined ? 'not reported' : s(phases.images));
	const pagefind = pagefindSeconds(cold.output);
	row(
		pagefind?.after ? '  Pagefind indexing, after Astro has exited' : '  Pagefind indexing, alongside the build',
		pagefind === undefined ? 'not reported' : `${s(pagefind.indexing)}; the build waited ${s(pagefind.waited)} for it`,
	);
	row('  peak memory (process tree)', mb(cold.peakRss));
	if (withWarm) {
		const warm = await run(process.execPath, [buildScript], { cwd: root, env });
		row('build, warm cache (nothing changed)', s(warm.seconds));
	}
	const site = await directorySize(outDir);
	const index = await directorySize(join(outDir, 'pagefind'));
	row('site size', `${mb(site.bytes)} in ${site.files} files (${(site.files / size).toFixed(2)} per material)`);
	row('  of which pupil copies (…/skolenam/)', String(await countPupilCopies(outDir)));
	const docx = await docxAtBuild(outDir, 200);
	row(
		'DOCX at build, measured, not used',
		`${docx.ms.toFixed(1)} ms per copy → +${s((docx.ms * 2 * size) / 1000)} on one core and +${2 * size} files for both copies`,
	);
	row('search index size (pagefind/)', `${mb(index.bytes)} in ${index.files} files`);
	const shards = await Promise.all((await readdir(join(outDir, VOCABULARY_DIR))).map(async (file) => (await stat(join(outDir, VOCABULARY_DIR, file))).size));
	row(
		'spelling vocabulary (meklet/vardi/)',
		`${kb(shards.reduce((a, b) => a + b, 0))} in ${shards.length} shards, the largest ${kb(Math.max(...shards))} before compression`,
	);
	await browserFigures(outDir, '/materiali/matematika/linearie-vienadojumi-temata-plans-1/');
	return cold.seconds;
}

async function benchmark(size: number): Promise<void> {
	const corpus = join(work, `corpus-${size}`);
	const outDir = join(work, `site-${size}`);
	const cacheDir = join(work, `cache-${size}`);
	console.log(`\n${size} materials`);
	await generateCorpus(join(root, 'content/materials'), corpus, size);
	// Cold means a fresh machine: no content cache, and no earlier site for Astro to delete first.
	await rm(cacheDir, { recursive: true, force: true });
	await rm(outDir, { recursive: true, force: true });
	const env = { MATERIALS_DIR: corpus, OUT_DIR: outDir, CACHE_DIR: cacheDir };

	let ours: number | undefined;
	if (!baselineOnly) ours = await buildOurs(size, outDir, env);
	if (withBaseline) {
		const project = join(work, `baseline-${size}`);
		const baselineOut = join(work, `baseline-site-${size}`);
		await writeBaselineProject(project, corpus, root);
		// Plain Astro + MDX runs out of Node's default heap (~4 GB) at 10,000 materials; it gets 16 GB.
		const build = await run(process.execPath, ['--max-old-space-size=16384', astro, 'build'], { cwd: project, env: { OUT_DIR: baselineOut } });
		const index = await run(process.execPath, [pagefindCli, '--site', baselineOut], { cwd: project });
		const total = build.seconds + index.seconds;
		row('baseline: plain Astro + MDX + Pagefind CLI', `${s(total)} (Pagefind ${s(index.seconds)}, peak ${mb(Math.max(build.peakRss, index.peakRss))})`);
		if (ours !== undefined) row('ratio: ours / baseline (target ≤ 0.35)', (ours / total).toFixed(2));
	}
}

console.log(`Benchmark on ${process.platform} ${process.arch}, Node ${process.version}; work folder ${work}`);
for (const size of sizes) await benchmark(size);
if (siteOnly) {
	console.log(`\nBrowser figures of ${siteOnly}`);
	await browserFigures(resolve(siteOnly), '/materiali/matematika/linearie-vienadojumi-temata-plans/');
}
