import { describe, expect, test } from 'vitest';
import { buildFacetTable, readFacetTable, rowSortValue } from './facet-table.ts';
import { FACETS, type SearchDocument } from './search.ts';

const document = (overrides: Partial<SearchDocument>): SearchDocument => ({
	url: '/materiali/matematika/vienadojumi/',
	title: 'Lineāri vienādojumi',
	topic: 'Lineāri vienādojumi',
	outcomes: [],
	summary: '',
	area: 'matematika',
	subject: 'matematika',
	stage: 'pamatskola',
	grades: [7],
	kind: 'temata-plans',
	skills: [],
	published: '2026-01-20',
	text: '',
	...overrides,
});

describe('the facet table', () => {
	const documents = [
		document({}),
		document({
			url: '/materiali/fizika/kustiba/',
			area: 'dabaszinatnes',
			subject: 'fizika',
			stage: 'vidusskola',
			grades: [10, 11, 12],
			kind: 'darba-lapa',
			level: 'optimalais',
			skills: ['kritiska-domasana', 'digitala-pratiba', 'sadarbiba'],
			published: '2025-09-01',
		}),
		document({ url: '/materiali/sports-un-veseliba/x/', area: 'veseliba-un-sports', subject: 'sports-un-veseliba', grades: [1], published: '1999-12-31' }),
	];

	test('gives back every row’s values and publication day', () => {
		const rows = readFacetTable(buildFacetTable(documents, FACETS));
		expect(rows).toHaveLength(3);
		expect(Object.fromEntries(rows[1]!.values)).toEqual({
			joma: ['dabaszinatnes'],
			prieksmets: ['fizika'],
			klase: ['10', '11', '12'],
			posms: ['vidusskola'],
			limenis: ['optimalais'],
			veids: ['darba-lapa'],
			prasme: expect.arrayContaining(['kritiska-domasana', 'digitala-pratiba', 'sadarbiba']),
		});
		// The last subject of the vocabulary sits in the last character of the row.
		expect(rows[2]!.values.get('prieksmets')).toEqual(['sports-un-veseliba']);
		expect(rows[0]!.values.has('limenis')).toBe(false);
		expect(rows.map((row) => new Date(row.day * 86_400_000).toISOString().slice(0, 10))).toEqual(['2026-01-20', '2025-09-01', '1999-12-31']);
	});

	test('takes a few characters a material', () => {
		const many = Array.from({ length: 1000 }, (_, i) => documents[i % 3]!);
		const table = buildFacetTable(many, FACETS);
		expect(JSON.stringify(table).length / 1000).toBeLessThan(13);
	});

	test('refuses a value its facet does not have', () => {
		expect(() => buildFacetTable([document({ grades: [13] })], FACETS)).toThrow(/“13” is not a value of the facet klase/);
	});

	test('row sort values sort as numbers and as text', () => {
		const values = [0, 9, 10, 123, 9_999_999].map(rowSortValue);
		expect([...values].sort()).toEqual(values);
	});
});
