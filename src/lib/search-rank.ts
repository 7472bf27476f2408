/**
 * Ranking of a query's results from each token's hits. Pagefind finds the materials of
 * one token (with a score that already weighs title, topic and outcomes higher); this
 * combines them as teachers expect: materials with every concept first, those whose
 * title, topic or outcomes meet more of them before those that meet them only in the
 * body; then, marked as partial, those whose concepts carry at least half of the
 * query's weight, rarer words weighing more.
 */
import type { Concept } from './search-query.ts';

/** What one token's search says of one material. */
export interface Hit {
	score: number;
	/** Word positions in the material's indexed text (for excerpts). */
	words: readonly number[];
	/** Matched in the title, topic or outcomes. */
	head: boolean;
}

export type Hits = ReadonlyMap<string, Hit>;

export interface RankedResult {
	id: string;
	/** The concepts' texts the material does not meet (partial results only). */
	missing: string[];
	/** Related terms it was found by, for the words it does not contain itself. */
	via: string[];
	words: number[];
	head: number;
	score: number;
}

export interface Ranking {
	full: RankedResult[];
	partial: RankedResult[];
	/** How many materials each concept (by its token) meets through any alternative, whatever the filters. */
	found: Map<string, number>;
}

interface ConceptHit {
	score: number;
	words: readonly number[];
	head: boolean;
	via?: string | undefined;
}

/** Inverse document frequency as BM25 takes it: never negative, larger for rarer words. */
export const idf = (total: number, having: number): number => Math.log(1 + (total - having + 0.5) / (having + 0.5));

/** The materials meeting one concept: any of its alternatives, each alternative all of its tokens. */
export function conceptHits(concept: Concept, hitsOf: (token: string) => Hits): Map<string, ConceptHit> {
	const result = new Map<string, ConceptHit>();
	for (const alternative of concept.alternatives) {
		const [first, ...rest] = alternative.tokens.map(hitsOf);
		if (!first) continue;
		for (const [id, hit] of first) {
			const others = rest.map((hits) => hits.get(id));
			if (others.some((other) => other === undefined)) continue;
			const all = [hit, ...(others as Hit[])];
			const score = all.reduce((sum, one) => sum + one.score, 0) * alternative.weight;
			const known = result.get(id);
			if (known && known.score >= score) continue;
			result.set(id, {
				score,
				words: all.flatMap((one) => one.words),
				head: all.some((one) => one.head),
				via: alternative.tokens.length === 1 && alternative.tokens[0] === concept.token ? undefined : alternative.label,
			});
		}
	}
	return result;
}

/**
 * Full and partial results over the whole index; `total` is how many materials it holds.
 * A partial result meets concepts that
 * carry at least half of the query's weight (idf): "kustības likumi" lists what has
 * the rarer "kustība" but not everything that has only the common "likumi".
 */
export function rank(concepts: readonly Concept[], hitsOf: (token: string) => Hits, total: number): Ranking {
	const perConcept = concepts.map((concept) => conceptHits(concept, hitsOf));
	const weights = perConcept.map((hits) => idf(total, hits.size));
	const found = new Map(concepts.map((concept, i) => [concept.token, perConcept[i]!.size]));
	const totalWeight = weights.reduce((a, b) => a + b, 0);
	const byId = new Map<string, { matched: number; weight: number; head: number; headWeight: number; score: number; words: number[]; via: string[] }>();
	perConcept.forEach((hits, i) => {
		for (const [id, hit] of hits) {
			let entry = byId.get(id);
			if (!entry) byId.set(id, (entry = { matched: 0, weight: 0, head: 0, headWeight: 0, score: 0, words: [], via: [] }));
			entry.matched += 1;
			entry.weight += weights[i]!;
			entry.score += hit.score;
			entry.words.push(...hit.words);
			if (hit.head) {
				entry.head += 1;
				entry.headWeight += weights[i]!;
			}
			if (hit.via && !entry.via.includes(hit.via)) entry.via.push(hit.via);
		}
	});
	const full: RankedResult[] = [];
	const partial: (RankedResult & { weight: number; headWeight: number })[] = [];
	for (const [id, entry] of byId) {
		const words = [...new Set(entry.words)].sort((a, b) => a - b);
		if (entry.matched === concepts.length) {
			full.push({ id, missing: [], via: entry.via, words, head: entry.head, score: entry.score });
		} else if (totalWeight > 0 && entry.weight * 2 >= totalWeight) {
			const missing = concepts.filter((_, i) => !perConcept[i]!.has(id)).map((concept) => concept.text);
			partial.push({ id, missing, via: entry.via, words, head: entry.head, score: entry.score, weight: entry.weight, headWeight: entry.headWeight });
		}
	}
	full.sort((a, b) => b.head - a.head || b.score - a.score || compareIds(a.id, b.id));
	// Rarer words first; among equals, those whose title or topic has them.
	partial.sort((a, b) => b.weight - a.weight || b.headWeight - a.headWeight || b.score - a.score || compareIds(a.id, b.id));
	return { full, partial: partial.map(({ weight: _w, headWeight: _h, ...result }) => result), found };
}

/**
 * The ranking with only the materials the filters keep. Filters narrow, they do not
 * reweigh: words weigh what they weigh in the whole index, and the order stays.
 */
export function keep(ranking: Ranking, allowed: (id: string) => boolean): Ranking {
	return { full: ranking.full.filter((result) => allowed(result.id)), partial: ranking.partial.filter((result) => allowed(result.id)), found: ranking.found };
}

const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
