import { describe, expect, test } from 'vitest';
import { dateInRiga, formatDate, isRealDate } from './dates.ts';

describe('isRealDate', () => {
	test.each(['2025-08-31', '2024-02-29', '2026-12-31', '2000-02-29'])('accepts %s', (value) => {
		expect(isRealDate(value)).toBe(true);
	});
	test.each(['2025-02-29', '2025-02-30', '2025-13-01', '2025-04-31', '1900-02-29', '2025-8-31', '31.08.2025', ''])('refuses %s', (value) => {
		expect(isRealDate(value)).toBe(false);
	});
});

describe('formatDate', () => {
	test('writes the Latvian long form', () => {
		expect(formatDate('2025-08-20')).toBe('2025. gada 20. augusts');
		expect(formatDate('2026-01-01')).toBe('2026. gada 1. janvāris');
	});
	test('is not shifted by the time zone', () => {
		expect(formatDate('2026-03-31')).toBe('2026. gada 31. marts');
	});
	test('refuses impossible dates', () => {
		expect(() => formatDate('2026-02-30')).toThrow();
	});
});

describe('dateInRiga', () => {
	test('is the Latvian calendar date, not the UTC one', () => {
		// 23:30 UTC on 31 March is already 1 April in Riga (UTC+3 in summer time).
		expect(dateInRiga(new Date('2026-03-31T23:30:00Z'))).toBe('2026-04-01');
		// 21:59 UTC in winter is 23:59 in Riga (UTC+2): still the same day.
		expect(dateInRiga(new Date('2026-12-31T21:59:00Z'))).toBe('2026-12-31');
		expect(dateInRiga(new Date('2026-12-31T22:00:00Z'))).toBe('2027-01-01');
	});
});
