import { expect, test } from 'vitest';
import { spellDate } from './date-words.ts';
import { lv } from '../i18n/lv.ts';

test('a date after "uz" takes the accusative month', () => {
	expect(`uz ${spellDate('2026-12-02', lv.dates.monthsAccusative)}`).toBe('uz 2026. gada 2. decembri');
	expect(spellDate('2027-03-31', lv.dates.monthsAccusative)).toBe('2027. gada 31. martu');
	expect(lv.dates.monthsAccusative).toHaveLength(12);
});

test('a date after "sagatavots" takes the locative month', () => {
	expect(`sagatavots ${spellDate('2026-03-01', lv.dates.monthsLocative)}`).toBe('sagatavots 2026. gada 1. martā');
	expect(lv.dates.monthsLocative).toHaveLength(12);
});
