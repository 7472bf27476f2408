import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findMaterials, loadMaterials } from '../../src/authoring/collection.ts';
import { generateCorpus, seededRandom } from './corpus.ts';
import { buildPhases, compressible, descendants, pagefindSeconds, parseRss, sumTransfer } from './measure.ts';

const root = resolve(import.meta.dirname, '../..');

describe('synthetic corpus', () => {
	let dir: string;
	afterAll(() => rm(dir, { recursive: true, force: true }));

	it('copies the real materials into valid, distinct materials', async () => {
		dir = await mkdtemp(join(tmpdir(), 'corpus-test-'));
		const templates = (await findMaterials(root, join(root, 'content/materials'))).sources.length;
		const count = templates + 3;
		await generateCorpus(join(root, 'content/materials'), dir, count);
		const { materials, issues } = await loadMaterials({ root, materialsDir: dir, base: '/' });
		expect(issues).toEqual([]);
		expect(materials).toHaveLength(count);
		const titles = new Set(materials.map((m) => m.data.title));
		expect(titles.size).toBe(count);
		expect(materials.some((m) => m.data.title.endsWith('(2. variants)'))).toBe(true);
		// Attachments travel with the copies.
		const python = await readdir(join(dir, 'programmesana', 'python-cikli-1'));
		expect(python.some((f) => f.endsWith('.py'))).toBe(true);
		expect(await readFile(join(dir, 'programmesana', 'python-cikli-1', 'index.mdx'), 'utf8')).toMatch(/Vietvārds1pyt/);
	});

	it('is the same for the same size', () => {
		const a = seededRandom(1000);
		const b = seededRandom(1000);
		const c = seededRandom(10000);
		const first = [a(), a(), a()];
		expect([b(), b(), b()]).toEqual(first);
		expect([c(), c(), c()]).not.toEqual(first);
		for (const x of first) expect(x >= 0 && x < 1).toBe(true);
	});
});

describe('measuring', () => {
	it('finds a process tree from parent links', () => {
		const parentOf = new Map([
			[10, 1],
			[11, 10],
			[12, 11],
			[13, 1],
			[14, 10],
		]);
		expect(descendants(10, parentOf).sort()).toEqual([10, 11, 12, 14]);
	});

	it('reads resident memory from /proc status', () => {
		expect(parseRss('Name:\tnode\nVmRSS:\t  204800 kB\nVmSwap:\t0 kB\n')).toBe(204800 * 1024);
		expect(parseRss('Name:\tzombie\n')).toBe(0);
	});

	it('reads the Pagefind time the build reports', () => {
		expect(pagefindSeconds('12:00:01 [search-index] Indexed 1000 materials for search in 3.4 s, alongside the build; the build waited 0.2 s for it\n')).toEqual(
			{ indexing: 3.4, waited: 0.2, after: false },
		);
		expect(pagefindSeconds('12:00:09 [search-index] Indexed 1000 materials for search in 5.1 s, after the build\n')).toEqual({
			indexing: 5.1,
			waited: 5.1,
			after: true,
		});
		expect(pagefindSeconds('no index here')).toBeUndefined();
	});

	it('reads the phases of an Astro build from its log', () => {
		const log = [
			'10:00:01 [content] Syncing content',
			'10:00:41 [content] Synced content',
			'\x1b[42m generating static routes \x1b[49m',
			'10:01:20   ├─ /index.html (+2ms)',
			'10:01:30 ✓ Completed in 49.12s.',
			' generating optimized images ',
			'10:01:30 ✓ Completed in 4ms.',
		].join('\n');
		expect(buildPhases(log)).toEqual({ content: 40, pages: 49.12, images: 0.004 });
		expect(buildPhases(log.replace('49.12s', '3m 4s')).pages).toBe(184);
		expect(buildPhases('nothing')).toEqual({ content: undefined, pages: undefined, images: undefined });
	});

	it('sums transfers by path', () => {
		const byPath = new Map([
			['/meklet/', 5000],
			['/pagefind/pagefind.js', 9000],
			['/pagefind/fragment/a.pf_fragment', 1000],
		]);
		expect(sumTransfer(byPath)).toBe(15000);
		expect(sumTransfer(byPath, (p) => p.startsWith('/pagefind/'))).toBe(10000);
	});

	it('compresses text the way a CDN does, not already-compressed files', () => {
		expect(compressible('/x/index.html')).toBe(true);
		expect(compressible('/meklet/dati/a/b.json')).toBe(true);
		expect(compressible('/pagefind/index/en_1.pf_index')).toBe(false);
		expect(compressible('/image.webp')).toBe(false);
	});
});
