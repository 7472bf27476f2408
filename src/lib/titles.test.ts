import { describe, expect, test } from 'vitest';
import { documentTitle, MAX_TITLE_LENGTH } from './titles.ts';

const SITE = 'Metodiskā atbalsta materiāli';

describe('documentTitle', () => {
	test('adds the site name when it fits', () => {
		expect(documentTitle('Fizika', SITE)).toBe('Fizika — Metodiskā atbalsta materiāli');
	});

	test('leaves the site name out of a long title', () => {
		const title = 'Lasītprasmes diagnosticējošais darbs 4. klasei „Stārķu ligzda”';
		expect(documentTitle(title, SITE)).toBe(title);
	});

	test('cuts a title longer than the limit at a word, with an ellipsis', () => {
		const title = 'Temata plāns: fotosintēze un šūnu elpošana vidusskolā ar laboratorijas darbiem, datu analīzi un summatīvo vērtēšanu';
		const result = documentTitle(title, SITE);
		expect(result.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
		expect(result).toBe('Temata plāns: fotosintēze un šūnu elpošana vidusskolā ar…');
	});

	test('a title without spaces is cut where it must be', () => {
		const result = documentTitle('a'.repeat(100), SITE);
		expect(result).toHaveLength(MAX_TITLE_LENGTH);
		expect(result.endsWith('…')).toBe(true);
	});
});
