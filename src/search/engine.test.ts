import { afterEach, describe, expect, test, vi } from 'vitest';
import { FacetIndex, SearchEngine, type Pagefind, type PagefindResult } from './engine.ts';
import { buildFacetTable, FACET_TABLE_FILE } from '../lib/facet-table.ts';
import { FACETS, type SearchDocument } from '../lib/search.ts';
import { token } from '../lib/latvian.ts';
import { termTokens } from '../lib/search-query.ts';

const doc = (url: string, overrides: Partial<SearchDocument>): SearchDocument => ({
	url,
	title: url,
	topic: '',
	outcomes: [],
	summary: '',
	area: 'dabaszinatnes',
	subject: 'fizika',
	stage: 'vidusskola',
	grades: [10],
	kind: 'stundas-plans',
	skills: [],
	published: '2026-01-01',
	text: '',
	...overrides,
});

/** Three materials, in row order, and what each holds as tokens. */
const rows = [
	{ doc: doc('kustiba', { published: '2026-03-01' }), words: ['kustība', 'paātrinājums'] },
	{ doc: doc('vesture', { area: 'socialas-zinatnes', subject: 'vesture', grades: [11], published: '2026-05-01' }), words: ['kustība', 'likumi'] },
	{ doc: doc('oma', { grades: [9], stage: 'pamatskola', kind: 'darba-lapa', published: '2025-12-01' }), words: ['likumi'] },
];

const result = (id: string, words: number[] = [0], head = false): PagefindResult => ({
	id,
	score: 1,
	words,
	...(head ? { matchedMetaFields: ['title'] } : {}),
	data: async () => ({ url: id }),
});

/** A Pagefind that knows the three rows: a token finds the rows holding it; no term and a sort lists them all in row order. */
function fakePagefind(): Pagefind & { searches: string[] } {
	const searches: string[] = [];
	return {
		searches,
		options: async () => undefined,
		filters: async () => ({}),
		search: async (query, options) => {
			searches.push(query ?? `*${JSON.stringify(options?.sort)}`);
			if (query === null) return { results: rows.map((row) => result(row.doc.url, [])), filters: {} };
			return {
				results: rows.filter((row) => row.words.some((word) => token(word) === query)).map((row) => result(row.doc.url, [1], row.doc.url === 'kustiba')),
				filters: {},
			};
		},
	};
}

afterEach(() => vi.unstubAllGlobals());

let fetched: string[] = [];
function serveTable() {
	const table = buildFacetTable(
		rows.map((row) => row.doc),
		FACETS,
	);
	fetched = [];
	vi.stubGlobal('fetch', async (url: string) => {
		fetched.push(url);
		return url.endsWith(FACET_TABLE_FILE) ? new Response(JSON.stringify(table)) : new Response('[]');
	});
}

describe('the facet index', () => {
	test('filters, counts each facet as if its own choice were not made, and lists the newest first', () => {
		const index = new FacetIndex(
			rows.map((row) => result(row.doc.url)),
			buildFacetTable(
				rows.map((row) => row.doc),
				FACETS,
			),
		);
		expect(index.newest).toEqual(['vesture', 'kustiba', 'oma']);
		expect(index.ids.filter((id) => index.allows(id, { prieksmets: ['fizika'], klase: ['10', '9'] }))).toEqual(['kustiba', 'oma']);
		const counts = index.counts(index.ids, { prieksmets: ['fizika'] }, FACETS);
		expect(counts.prieksmets).toEqual({ fizika: 2, vesture: 1 });
		expect(counts.klase).toEqual({ '10': 1, '9': 1 });
	});

	test('refuses a table and an index from different builds', () => {
		expect(() => new FacetIndex([result('a')], buildFacetTable([rows[0]!.doc, rows[1]!.doc], FACETS))).toThrow(/2 rows but Pagefind 1 records/);
	});
});

describe('the search engine', () => {
	const related = {
		entries: [
			{ terms: [{ label: 'Ņūtona likumi', tokens: termTokens('Ņūtona likumi') }], related: [{ label: 'paātrinājums', tokens: termTokens('paātrinājums') }] },
		],
	};

	test('ranks full matches, then partial ones; without filters it needs neither the facet table nor the sorted search', async () => {
		serveTable();
		const pagefind = fakePagefind();
		const engine = new SearchEngine(pagefind, '/', related, FACETS, rows.length);
		const outcome = await engine.run('kustības likumi', {});
		expect(outcome.full.map((r) => r.id)).toEqual(['vesture']);
		expect(outcome.partial.map((r) => r.id).sort()).toEqual(['kustiba', 'oma']);
		expect(pagefind.searches.some((search) => search.startsWith('*'))).toBe(false);
		expect(fetched).toEqual([]);
		// Counts need it, and get all the query's materials.
		expect((await engine.counts(outcome.matched, {})).prieksmets).toEqual({ fizika: 2, vesture: 1 });
	});

	test('filters come from the facet table; related terms find what the words do not', async () => {
		serveTable();
		const engine = new SearchEngine(fakePagefind(), '/', related, FACETS, rows.length);
		const outcome = await engine.run('Ņūtona likumi', { prieksmets: ['fizika'] });
		expect(outcome.full.map((r) => [r.id, r.via])).toEqual([['kustiba', ['paātrinājums']]]);
		// "oma" has only "likumi", which every material here has: too little of the query to list.
		expect(outcome.partial).toEqual([]);
		// A filter that empties the query says how many the query finds without it.
		const emptied = await engine.run('Ņūtona likumi', { prieksmets: ['vesture'] });
		expect([...emptied.full, ...emptied.partial]).toEqual([]);
		expect(emptied.withoutFilters).toBe(1);
	});

	test('fails loudly if Pagefind’s results lose the word positions', async () => {
		serveTable();
		const pagefind = fakePagefind();
		const engine = new SearchEngine(
			{ ...pagefind, search: async () => ({ results: [{ id: 'x', score: 1, data: async () => ({ url: 'x' }) } as unknown as PagefindResult], filters: {} }) },
			'/',
			related,
			FACETS,
			rows.length,
		);
		await expect(engine.run('likumi', {})).rejects.toThrow(/no longer have `words`/);
	});
});
