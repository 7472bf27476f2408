import { describe, expect, test } from 'vitest';
import { t, template } from './index.ts';

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

	test('refuses a list, which is not text', () => {
		// @ts-expect-error: month names are a list, for date-words.ts.
		expect(() => t('dates.monthsDative')).toThrow(/No UI string/);
	});

	test('refuses an unknown key', () => {
		expect(() => t('nav.nothing' as never)).toThrow(/No UI string/);
	});
});

describe('template', () => {
	test('gives a string with its placeholders, or a plural with its forms', () => {
		expect(template('progress.byDeadline')).toBe('{n} līdz termiņam');
		expect(template('progress.daysLeft', 'plural')).toEqual({ zero: 'vēl {count} dienu', one: 'vēl {count} diena', other: 'vēl {count} dienas' });
		expect(() => template('progress.daysLeft')).toThrow(/is a plural/);
		expect(() => template('progress.byDeadline', 'plural')).toThrow(/is not a plural/);
	});
});
