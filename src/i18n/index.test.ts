import { describe, expect, test } from 'vitest';
import { formatList, formatNumber, interpolate, t, template } from './index.ts';

describe('t', () => {
	test('reads a nested string', () => {
		expect(t('nav.home')).toBe('Sākums');
	});

	test('fills variables', () => {
		expect(t('grades.one', { grade: 7 })).toBe('7. klase');
	});

	test.each([
		[1, '1 materiāls'],
		[2, '2 materiāli'],
		[5, '5 materiāli'],
		[10, '10 materiālu'],
		[11, '11 materiālu'],
		[21, '21 materiāls'],
		[0, '0 materiālu'],
	])('chooses the Latvian plural form for %i', (count, expected) => {
		expect(t('browse.materials', { count })).toBe(expected);
	});

	test('refuses a plural string without a count', () => {
		expect(() => t('browse.materials')).toThrow(/count/);
	});

	test('refuses an unknown key', () => {
		expect(() => t('nav.nothing' as never)).toThrow(/No UI string/);
	});
});

describe('interpolate', () => {
	test('names a missing variable', () => {
		expect(() => interpolate('{a} un {b}', { a: 'x' })).toThrow(/\{b\}/);
	});
});

describe('formatting', () => {
	test('numbers use a space for thousands and a comma for decimals', () => {
		expect(formatNumber(12345.5).replace(/\s/g, ' ')).toBe('12 345,5');
	});

	test('lists join with "un"', () => {
		expect(formatList(['a', 'b', 'c'])).toBe('a, b un c');
	});
});

describe('template', () => {
	test('gives a string with its placeholders, or a plural with its forms', () => {
		expect(template('progress.byDeadline')).toBe('{n} līdz termiņam');
		expect(template('progress.daysLeft', 'plural')).toEqual({ zero: 'vēl {n} dienu', one: 'vēl {n} diena', other: 'vēl {n} dienas' });
		expect(() => template('progress.daysLeft')).toThrow(/is a plural/);
		expect(() => template('progress.byDeadline', 'plural')).toThrow(/is not a plural/);
		// "Rādīts 1 no 5", "Rādīti 2 no 5": the count agrees.
		expect(template('progress.shown', 'plural')).toMatchObject({ one: 'Rādīts {n} no {total}', other: 'Rādīti {n} no {total}' });
	});
});
