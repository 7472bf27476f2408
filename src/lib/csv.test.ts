import { describe, expect, test } from 'vitest';
import { toCsv } from './csv.ts';

describe('toCsv', () => {
	test('starts with a byte-order mark, separates with semicolons and ends lines with CRLF', () => {
		const text = toCsv(['Priekšmets', 'Skaits'], [['Ķīmija', 3]]);
		expect(text.startsWith('\uFEFFPriekšmets;Skaits\r\n')).toBe(true);
		expect(text).toBe('\uFEFFPriekšmets;Skaits\r\nĶīmija;3\r\n');
	});

	test('writes decimals with a comma and no thousands separator', () => {
		expect(toCsv(['a', 'b'], [[90.6976, 12345]])).toBe('\uFEFFa;b\r\n90,7;12345\r\n');
	});

	test('quotes separators, quotes and line breaks, and leaves empty cells empty', () => {
		expect(
			toCsv(
				['a', 'b', 'c'],
				[
					['x; y', 'teica "jā"', undefined],
					['divas\nrindas', ' atstarpe', ''],
				],
			),
		).toBe('\uFEFFa;b;c\r\n"x; y";"teica ""jā""";\r\n"divas\nrindas";" atstarpe";\r\n');
	});

	test('never lets text start a formula', () => {
		for (const hostile of ['=HYPERLINK("http://x")', '+1', '-1+2', '@SUM(A1)']) {
			const line = toCsv(['a'], [[hostile]]).split('\r\n')[1]!;
			expect(line.replace(/^"/, '').startsWith("'"), hostile).toBe(true);
		}
		// Numbers stay numbers, negative ones included.
		expect(toCsv(['a'], [[-3]]).split('\r\n')[1]).toBe('-3');
	});
});
