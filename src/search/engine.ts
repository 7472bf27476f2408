/**
 * The search behind the search page: Pagefind finds each token's materials; this
 * combines them (src/lib/search-rank.ts), applies the filters and counts the facets
 * itself, from the facet table (src/lib/facet-table.ts) matched to Pagefind's results by
 * one search sorted by the table's row key, and suggests spellings from the index's
 * vocabulary shards when a word finds nothing.
 */
import { concepts, type RelatedTerms } from '../lib/search-query.ts';
import { keep, rank, type Hit, type Hits, type RankedResult } from '../lib/search-rank.ts';
import { META_WEIGHTS, type Facet } from '../lib/search.ts';
import { FACET_TABLE_FILE, readFacetTable, ROW_SORT, type FacetTable } from '../lib/facet-table.ts';
import { shardsFor, suggest, VOCABULARY_DIR, type Suggestion, type VocabularyEntry } from '../lib/spelling.ts';

/** The part of Pagefind's JS API (https://pagefind.app/docs/api/) this uses. */
export interface PagefindResult {
	id: string;
	score: number;
	/** Word positions of the match; not in Pagefind's documentation, so checked on load (see `checkResult`). */
	words: number[];
	/** Documented in Pagefind 1.5's changelog and types: the meta fields the query matched. */
	matchedMetaFields?: string[];
	data(): Promise<{ url: string }>;
}
export interface PagefindResponse {
	results: PagefindResult[];
	filters: Record<string, Record<string, number>>;
}
export interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	filters(): Promise<Record<string, Record<string, number>>>;
	search(query: string | null, options?: { filters?: Record<string, unknown>; sort?: Record<string, string> }): Promise<PagefindResponse | null>;
}

const HEAD_FIELDS = new Set(Object.keys(META_WEIGHTS));

/** Fails loudly if Pagefind's results stop carrying what the ranking needs. */
function checkResult(result: PagefindResult): void {
	if (!Array.isArray(result.words) || typeof result.score !== 'number' || typeof result.data !== 'function') {
		throw new Error('Pagefind results no longer have `words`, `score` and `data()`: the search page needs updating for this Pagefind version.');
	}
}

/** Which facet values each material has, and what follows from that. */
export class FacetIndex {
	readonly #values = new Map<string, Map<string, Set<string>>>();

	readonly ids: readonly string[];
	/** Every material's result, for listing by filters alone. */
	readonly results: ReadonlyMap<string, PagefindResult>;
	/** The ids, most recently published first. */
	readonly newest: readonly string[];

	constructor(results: readonly PagefindResult[], table: FacetTable) {
		if (results.length !== table.rows) {
			throw new Error(`The facet table has ${table.rows} rows but Pagefind ${results.length} records: they come from different builds.`);
		}
		this.ids = results.map((result) => result.id);
		this.results = new Map(results.map((result) => [result.id, result]));
		const rows = readFacetTable(table);
		rows.forEach((row, i) => {
			for (const [key, values] of row.values) for (const value of values) this.add(this.ids[i]!, key, value);
		});
		this.newest = this.ids
			.map((id, i) => ({ id, day: rows[i]!.day, i }))
			.sort((a, b) => b.day - a.day || a.i - b.i)
			.map(({ id }) => id);
	}

	private add(id: string, key: string, value: string): void {
		let keys = this.#values.get(id);
		if (!keys) this.#values.set(id, (keys = new Map()));
		let values = keys.get(key);
		if (!values) keys.set(key, (values = new Set()));
		values.add(value);
	}

	/** Within a facet any chosen value will do; across facets, all must hold. */
	allows(id: string, filters: Record<string, string[]>, except?: string): boolean {
		for (const [key, chosen] of Object.entries(filters)) {
			if (key === except || chosen.length === 0) continue;
			const values = this.#values.get(id)?.get(key);
			if (!values || !chosen.some((value) => values.has(value))) return false;
		}
		return true;
	}

	/** Counts per facet value among `ids`, each facet counted as if its own choice were not made. */
	counts(ids: Iterable<string>, filters: Record<string, string[]>, facets: readonly Facet[]): Record<string, Record<string, number>> {
		const counts: Record<string, Record<string, number>> = Object.fromEntries(facets.map((facet) => [facet.key, {}]));
		for (const id of ids) {
			const keys = this.#values.get(id);
			if (!keys) continue;
			for (const facet of facets) {
				if (!this.allows(id, filters, facet.key)) continue;
				for (const value of keys.get(facet.key) ?? []) counts[facet.key]![value] = (counts[facet.key]![value] ?? 0) + 1;
			}
		}
		return counts;
	}
}

export interface QueryOutcome {
	full: RankedResult[];
	partial: RankedResult[];
	/** Materials meeting the query with no filters (full or partial), to offer when the filters empty it. */
	withoutFilters: number;
	/** Suggested spellings of the words that found nothing, by the word as typed. */
	suggestions: Map<string, Suggestion>;
	/** Every material meeting the query, whatever the filters: what the facets count. */
	matched: string[];
}

export class SearchEngine {
	readonly #hits = new Map<string, Promise<Map<string, Hit>>>();
	readonly #results = new Map<string, PagefindResult>();
	readonly #shards = new Map<string, Promise<VocabularyEntry[]>>();
	#facets: Promise<FacetIndex> | undefined;

	readonly pagefind: Pagefind;
	readonly base: string;
	readonly related: RelatedTerms;
	readonly facets: readonly Facet[];
	/** How many materials the index holds (the page says, from the build), for the words' weights. */
	readonly total: number;

	constructor(pagefind: Pagefind, base: string, related: RelatedTerms, facets: readonly Facet[], total: number) {
		this.pagefind = pagefind;
		this.base = base;
		this.related = related;
		this.facets = facets;
		this.total = total;
	}

	/** One token's materials, unfiltered; kept for the page's life, as the index does not change. */
	hits(token: string): Promise<Map<string, Hit>> {
		let known = this.#hits.get(token);
		if (!known) {
			known = this.pagefind.search(token).then((response) => {
				const hits = new Map<string, Hit>();
				for (const result of response?.results ?? []) {
					checkResult(result);
					this.#results.set(result.id, result);
					hits.set(result.id, { score: result.score, words: result.words, head: (result.matchedMetaFields ?? []).some((field) => HEAD_FIELDS.has(field)) });
				}
				return hits;
			});
			this.#hits.set(token, known);
		}
		return known;
	}

	result(id: string): PagefindResult | undefined {
		return this.#results.get(id);
	}

	/**
	 * Every material's facet values: the table, and Pagefind's records in its row order
	 * (the documented `sort` option over the row key each record carries). Loaded once,
	 * and only when filters or counts need it: at 10,000 materials that search is the
	 * slowest step of a first query.
	 */
	facetIndex(): Promise<FacetIndex> {
		this.#facets ??= Promise.all([
			fetch(`${this.base}${FACET_TABLE_FILE}`).then((response) => {
				if (!response.ok) throw new Error(`${FACET_TABLE_FILE}: ${response.status}`);
				return response.json() as Promise<FacetTable>;
			}),
			this.pagefind.search(null, { sort: { [ROW_SORT]: 'asc' } }),
		]).then(([table, response]) => new FacetIndex(response?.results ?? [], table));
		return this.#facets;
	}

	/** Materials the filters keep, newest first. */
	async list(filters: Record<string, string[]>): Promise<PagefindResult[]> {
		const index = await this.facetIndex();
		return index.newest.filter((id) => index.allows(id, filters)).map((id) => index.results.get(id)!);
	}

	shard(key: string): Promise<VocabularyEntry[]> {
		let known = this.#shards.get(key);
		if (!known) {
			known = fetch(`${this.base}${VOCABULARY_DIR}/${key}.json`).then((response) => (response.ok ? (response.json() as Promise<VocabularyEntry[]>) : []));
			this.#shards.set(key, known);
		}
		return known;
	}

	/**
	 * The query's free words searched, ranked and filtered, with suggestions for words that
	 * found nothing. Without filters it does not wait for the facet index; `counts` does.
	 */
	async run(query: string, filters: Record<string, string[]>): Promise<QueryOutcome> {
		const wanted = concepts(query, this.related);
		const tokens = [...new Set(wanted.flatMap((concept) => concept.alternatives.flatMap((alternative) => alternative.tokens)))];
		const filtered = Object.values(filters).some((values) => values.length > 0);
		const [index, ...found] = await Promise.all([filtered ? this.facetIndex() : undefined, ...tokens.map((token) => this.hits(token))]);
		const byToken = new Map(tokens.map((token, i) => [token, found[i]!]));
		const hitsOf = (token: string): Hits => byToken.get(token) ?? new Map();
		const unfiltered = rank(wanted, hitsOf, this.total);
		const ranking = index ? keep(unfiltered, (id) => index.allows(id, filters)) : unfiltered;
		const suggestions = new Map<string, Suggestion>();
		await Promise.all(
			wanted
				.filter((concept) => ranking.found.get(concept.token) === 0)
				.map(async (concept) => {
					for (const key of shardsFor(concept.text)) {
						const suggestion = suggest(concept.text, [await this.shard(key)]);
						if (suggestion) {
							suggestions.set(concept.text, suggestion);
							return;
						}
					}
				}),
		);
		return {
			full: ranking.full,
			partial: ranking.partial,
			withoutFilters: unfiltered.full.length + unfiltered.partial.length,
			suggestions,
			matched: [...unfiltered.full, ...unfiltered.partial].map((result) => result.id),
		};
	}

	/** Facet counts among the query's results (all of them, unfiltered: each facet counts as if its own choice were not made). */
	async counts(matched: readonly string[] | undefined, filters: Record<string, string[]>): Promise<Record<string, Record<string, number>>> {
		const index = await this.facetIndex();
		return index.counts(matched ?? index.ids, filters, this.facets);
	}
}
