import { describe, expect, test } from 'vitest';
import { dateInRiga, daysBetween } from './riga.ts';

describe('dateInRiga around midnight and the clock changes', () => {
	test.each([
		// Winter time (UTC+2): midnight in Riga is 22:00 UTC.
		['2026-01-15T21:59:59Z', '2026-01-15'],
		['2026-01-15T22:00:00Z', '2026-01-16'],
		// Summer time (UTC+3): midnight is 21:00 UTC.
		['2026-07-01T20:59:59Z', '2026-07-01'],
		['2026-07-01T21:00:00Z', '2026-07-02'],
		// DST starts at 03:00 Riga time on 29 March 2026 (01:00 UTC).
		['2026-03-28T21:59:59Z', '2026-03-28'],
		['2026-03-28T22:00:00Z', '2026-03-29'],
		['2026-03-29T00:59:59Z', '2026-03-29'],
		['2026-03-29T01:00:00Z', '2026-03-29'],
		['2026-03-29T20:59:59Z', '2026-03-29'],
		['2026-03-29T21:00:00Z', '2026-03-30'],
		// DST ends at 04:00 Riga summer time on 25 October 2026 (01:00 UTC).
		['2026-10-24T20:59:59Z', '2026-10-24'],
		['2026-10-24T21:00:00Z', '2026-10-25'],
		['2026-10-25T21:59:59Z', '2026-10-25'],
		['2026-10-25T22:00:00Z', '2026-10-26'],
		// The last day of a deadline ends at 23:59:59 in Riga, 20:59:59 UTC in summer.
		['2026-08-31T20:59:59Z', '2026-08-31'],
		['2026-08-31T21:00:00Z', '2026-09-01'],
	])('%s is %s in Riga', (instant, date) => {
		expect(dateInRiga(new Date(instant))).toBe(date);
	});
});

describe('daysBetween', () => {
	test('counts calendar days, across the DST changes too', () => {
		expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
		expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
		expect(daysBetween('2026-01-01', '2026-12-31')).toBe(364);
		expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
		expect(daysBetween('2026-08-31', '2026-08-31')).toBe(0);
		expect(daysBetween('2026-09-01', '2026-08-31')).toBe(-1);
	});
});
