import { describe, expect, test } from 'vitest';
import { citationLines, misspelled, proseOfBody, stringsOf, wordsOf } from './spelling.ts';

describe('spell-check input', () => {
	test('words with their lines; capitals-only abbreviations and single letters are left out', () => {
		expect(wordsOf('Ātrums ir v.\nVISC un PVN; Latvijas‑ ūdens', 10)).toEqual([
			{ word: 'Ātrums', line: 10 },
			{ word: 'ir', line: 10 },
			{ word: 'un', line: 11 },
			{ word: 'Latvijas', line: 11 },
			{ word: 'ūdens', line: 11 },
		]);
	});

	test('code, formulas, addresses and markup are not prose; a note title and link text are', () => {
		const body = [
			'Skaties [lapu](https://piemers.lv/ceļš) un cert.lv vai www.lgia.gov.lv, #DVIskaidro un darba-lapa.pdf.',
			'```python',
			'for i in range(3): print(i)',
			'```',
			'Formula $v = \\frac{s}{t}$ un `len(saraksts)`.',
			'$$',
			'\\text{kļūda}',
			'$$',
			'<Piezime veids="uzmanibu" virsraksts="Drošība laboratorijā">',
			'Lieto brilles.',
			'</Piezime>',
		].join('\n');
		const prose = proseOfBody(body);
		expect(prose.split('\n')).toHaveLength(body.split('\n').length);
		expect(wordsOf(prose).map((w) => `${w.line}:${w.word}`)).toEqual([
			'1:Skaties',
			'1:lapu',
			'1:un',
			'1:vai',
			'1:un',
			'5:Formula',
			'5:un',
			'9:Drošība',
			'9:laboratorijā',
			'10:Lieto',
			'10:brilles',
		]);
	});

	test('identifiers with digits or underscores are not words', () => {
		expect(wordsOf('summa_lidz(n) un CO2 vai H2O').map((w) => w.word)).toEqual(['un', 'vai']);
	});

	test('references are the paragraphs and list items with an address', () => {
		const text = [
			'Teksts bez adreses.',
			'',
			'- Autors. *Title of the work*,',
			'  2020. https://piemers.lv/',
			'- Cits avots bez adreses.',
			'',
			'Rindkopa ar',
			'adresi https://piemers.lv/ beigās.',
		].join('\n');
		expect([...citationLines(text, 10)]).toEqual([12, 13, 16, 17]);
	});

	test('interface strings without their placeholders', () => {
		expect(stringsOf({ a: { b: 'Stāvoklis uz {date}' }, c: ['Meklēt'] })).toEqual([
			{ key: 'a.b', text: 'Stāvoklis uz  ' },
			{ key: 'c.0', text: 'Meklēt' },
		]);
	});

	test('each unknown word once, where it is first used', () => {
		const words = wordsOf('atcerējamu vārdu\nun atkal atcerējamu');
		expect(misspelled(words, new Set(['atcerējamu']))).toEqual([{ word: 'atcerējamu', line: 1 }]);
	});
});
