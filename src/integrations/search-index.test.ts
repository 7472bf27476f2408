import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { SearchDocument, SearchEntry } from '../lib/search.ts';
import { isUnusedPagefindFile, runDeferredIndex, startSearchIndex } from './search-index.ts';

const document = (id: string, title: string, text: string): SearchEntry => ({
	id,
	document: {
		url: `/materiali/${id}/`,
		title,
		topic: title,
		outcomes: [],
		summary: title,
		area: 'dabaszinatnes',
		subject: 'fizika',
		stage: 'vidusskola',
		grades: [10],
		kind: 'darba-lapa',
		skills: [],
		published: '2026-01-20',
		text,
	} satisfies SearchDocument,
});

describe('the search index worker', () => {
	let dir: string;
	beforeAll(async () => {
		dir = await mkdtemp(join(tmpdir(), 'search-index-'));
	});
	afterAll(() => rm(dir, { recursive: true, force: true }));

	test('publishes each document and a Pagefind index of all of them', async () => {
		const entries = [
			document('fizika/svira', 'Svira', 'Sviras līdzsvara nosacījums.'),
			document('fizika/briva-krisana', 'Brīvā krišana', 'Paātrinājums brīvajā krišanā.'),
		];
		// As the loader writes them: a line each, in the order of ids.
		const sorted = [...entries].sort((a, b) => (a.id < b.id ? -1 : 1));
		await writeFile(join(dir, 'documents.ndjson'), sorted.map((entry) => `${JSON.stringify(entry)}\n`).join(''));
		const output = join(dir, 'out');
		const result = await startSearchIndex({ documentsFile: join(dir, 'documents.ndjson'), outputPath: output });
		expect(result.records).toBe(2);
		for (const entry of entries) {
			expect(JSON.parse(await readFile(join(output, 'meklet/dati', `${entry.id}.json`), 'utf8'))).toEqual(entry.document);
		}
		const pagefind = await readdir(join(output, 'pagefind'));
		expect(pagefind).toContain('pagefind.js');
		expect(pagefind.some((file) => file.endsWith('.pf_meta'))).toBe(true);
		expect(pagefind.filter(isUnusedPagefindFile)).toEqual([]);
		expect(JSON.parse(await readFile(join(output, 'meklet/atlase.json'), 'utf8'))).toMatchObject({ rows: 2 });
		// Title words are suggestions even in one material; a body word in one material only is not.
		const shard = JSON.parse(await readFile(join(output, 'meklet/vardi/s.json'), 'utf8')) as unknown[][];
		expect(shard).toContainEqual(['svirq', 1, 'svira', 'sviras']);
		expect(shard.map((entry) => entry[0])).not.toContain('sviraq');
		expect(JSON.stringify(shard)).not.toContain('nosacij');
	}, 60_000);

	test('indexing after the build (npm run build) puts the index into the site and leaves no staging folder', async () => {
		const entry = document('fizika/svira', 'Svira', 'Sviras līdzsvara nosacījums.');
		await writeFile(join(dir, 'after.ndjson'), `${JSON.stringify(entry)}\n`);
		const siteDir = join(dir, 'site');
		const staging = join(dir, 'staging');
		const result = await runDeferredIndex({ documentsFile: join(dir, 'after.ndjson'), outputPath: staging, siteDir });
		expect(result.records).toBe(1);
		expect(await readdir(join(siteDir, 'pagefind'))).toContain('pagefind.js');
		expect(JSON.parse(await readFile(join(siteDir, 'meklet/dati/fizika/svira.json'), 'utf8'))).toEqual(entry.document);
		expect(existsSync(staging)).toBe(false);
	}, 60_000);

	test('a missing documents file is an error that names it', async () => {
		await expect(startSearchIndex({ documentsFile: join(dir, 'nav.json'), outputPath: join(dir, 'out2') })).rejects.toThrow(/nav\.json/);
	}, 60_000);
});
