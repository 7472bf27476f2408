import { describe, expect, test } from 'vitest';
import { idf, keep, rank, type Hit, type Hits } from './search-rank.ts';
import type { Concept } from './search-query.ts';

const concept = (text: string, ...others: [tokens: string[], weight: number, label: string][]): Concept => ({
	text,
	token: text,
	alternatives: [{ tokens: [text], weight: 1 }, ...others.map(([tokens, weight, label]) => ({ tokens, weight, label }))],
});

/** Hits of each token: material id → score, and whether the title, topic or outcomes have it. */
function index(table: Record<string, Record<string, [score: number, head?: boolean]>>): (token: string) => Hits {
	return (token) => new Map(Object.entries(table[token] ?? {}).map(([id, [score, head = false]]): [string, Hit] => [id, { score, words: [score], head }]));
}

const ids = (results: { id: string }[]) => results.map((result) => result.id);

describe('ranking', () => {
	test('materials with every word come first; among them, those whose title or topic has the words', () => {
		const hits = index({
			kustibq: { vesture: [9], fizika: [2, true], karte: [1] },
			likumq: { vesture: [9], fizika2: [3, true], karte: [1] },
		});
		const { full, partial } = rank([concept('kustibq'), concept('likumq')], hits, 100);
		expect(ids(full)).toEqual(['vesture', 'karte']);
		expect(ids(partial)).toEqual(['fizika2', 'fizika']);
		expect(partial[0]!.missing).toEqual(['kustibq']);
	});

	test('a title match outranks a body match, whatever the body scores', () => {
		const hits = index({ a: { body: [50], title: [1, true] }, b: { body: [50], title: [1] } });
		expect(ids(rank([concept('a'), concept('b')], hits, 100).full)).toEqual(['title', 'body']);
	});

	test('partial results: rarer words weigh more; the words met must carry half the query’s weight', () => {
		const hits = index({
			common: Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`c${i}`, [1]])),
			rare: { r1: [1] },
			third: { r1: [1], t1: [1] },
		});
		const { full, partial } = rank([concept('common'), concept('rare'), concept('third')], hits, 100);
		expect(full).toEqual([]);
		// r1 meets two of three words; the 60 materials with only the common word are left out.
		expect(ids(partial)).toEqual(['r1']);
		// Of "common rare", the rare word alone carries most of the weight; the common one alone does not.
		const two = rank([concept('common'), concept('rare')], hits, 100);
		expect(ids(two.partial)).toEqual(['r1']);
		// Two words of equal weight: either one is half.
		const even = index({ a: { x: [1] }, b: { y: [1] } });
		expect(ids(rank([concept('a'), concept('b')], even, 100).partial)).toEqual(['x', 'y']);
		expect(idf(100, 1)).toBeGreaterThan(idf(100, 60));
	});

	test('filters keep only the allowed materials, and what each word finds is counted before them', () => {
		const hits = index({ a: { x: [1], y: [2] }, b: { x: [1], y: [1] } });
		const { full, found } = keep(rank([concept('a'), concept('b')], hits, 10), (id) => id === 'y');
		expect(ids(full)).toEqual(['y']);
		expect(found.get('a')).toBe(2);
	});

	test('a related term meets a word at its own weight and is named; all tokens of a term are needed', () => {
		const hits = index({
			nutonq: {},
			likumq: { oma: [2, true] },
			dinamikq: { kustiba: [2, true] },
			smagumq: { krisana: [1], cits: [1] },
			spekq: { krisana: [1] },
		});
		const withRelated = (text: string) => concept(text, [['dinamikq'], 0.6, 'dinamika'], [['smagumq', 'spekq'], 0.6, 'smaguma spēks']);
		const { full, partial } = rank([withRelated('nutonq'), withRelated('likumq')], hits, 100);
		expect(ids(full)).toEqual(['kustiba', 'krisana']);
		expect(full[0]!.via).toEqual(['dinamika']);
		expect(full[1]!.via).toEqual(['smaguma spēks']);
		// "oma" has only "likumi", the commoner of the two words once related terms count: less than half the weight.
		expect(ids(partial)).toEqual([]);
		expect(ids([...full, ...partial])).not.toContain('cits');
	});
});
