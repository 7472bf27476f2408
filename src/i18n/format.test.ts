import { describe, expect, test } from 'vitest';
import { fillEntry, formatList, formatNumber, formatPercent, interpolate, plural, translator } from './format.ts';
import { grades, progress, search } from './lv.ts';

describe('interpolate', () => {
	test('fills names, numbers written the Latvian way', () => {
		expect(interpolate('{a} no {b}', { a: 'x', b: 12345 }).replace(/\s/g, ' ')).toBe('x no 12 345');
	});

	test('names a missing variable', () => {
		expect(() => interpolate('{a} un {b}', { a: 'x' })).toThrow(/\{b\}/);
	});
});

describe('plural', () => {
	test.each([
		[0, 'vēl 0 dienu'],
		[1, 'vēl 1 diena'],
		[2, 'vēl 2 dienas'],
		[11, 'vēl 11 dienu'],
		[21, 'vēl 21 diena'],
	])('chooses the Latvian form for %i and fills {count}', (count, expected) => {
		expect(plural(progress.daysLeft, count)).toBe(expected);
	});

	test('fills other names too; the count agrees with its noun', () => {
		expect(plural(progress.shown, 1, { total: 5 })).toBe('Rādīts 1 no 5');
		expect(plural(progress.shown, 2, { total: 5 })).toBe('Rādīti 2 no 5');
	});
});

describe('fillEntry', () => {
	test('a plural needs a numeric count', () => {
		expect(() => fillEntry(search.results, {}, 'search.results')).toThrow(/search\.results.*count/);
	});
});

describe('translator', () => {
	const searchText = translator(search);

	test('reads entries of its section', () => {
		expect(searchText('removeChip', { label: '7. klase' })).toBe('Noņemt: 7. klase');
		expect(searchText('results', { count: 1, formatted: '1' })).toBe('Atrasts 1 materiāls');
		expect(translator(grades)('range', { from: 7, to: 9 })).toBe('7.–9. klase');
	});

	test('a key of another section is a type error', () => {
		// @ts-expect-error: `one` is in grades, not in search.
		expect(() => searchText('one')).toThrow(/No UI string/);
	});
});

describe('formatting', () => {
	test('numbers use a space for thousands and a comma for decimals', () => {
		expect(formatNumber(12345.5).replace(/\s/g, ' ')).toBe('12 345,5');
	});

	test('per cent: one decimal at most, the sign kept beside the number', () => {
		expect(formatPercent(12.345)).toBe('12,3\u00a0%');
	});

	test('lists join with "un"', () => {
		expect(formatList(['a', 'b', 'c'])).toBe('a, b un c');
	});
});
