import { describe, expect, test } from 'vitest';
import {
	checkBodyLimits,
	MAX_BODY_KB,
	MAX_CONTAINER_DEPTH,
	MAX_CONTAINER_LINES,
	MAX_ELEMENT_DEPTH,
	MAX_INDENT,
	MAX_INLINE_DELIMITERS,
	MAX_SETEXT_HEADINGS,
	treeDepth,
} from './limits.ts';

const kinds = (body: string) => checkBodyLimits(body).map((p) => [p.kind, p.line]);

describe('checkBodyLimits', () => {
	test('real writing passes', () => {
		const body = [
			'## Darba gaita',
			'',
			'1. Izmēri **augstumu** un *laiku*.',
			'   - Atkārto mērījumu `3` reizes; [skat. tabulu](./dati.csv).',
			'     > Padoms: $t_1 + t_2$.',
			'',
			'<Uzdevums punkti="3">',
			'<Atbilde>H<sub>2</sub>O</Atbilde>',
			'</Uzdevums>',
			'',
			'| a | *b* |',
			'|---|---|',
			'| `1` | _2_ |',
		].join('\n');
		expect(checkBodyLimits(body)).toEqual([]);
	});

	test('a body over the size limit', () => {
		expect(kinds('a'.repeat(MAX_BODY_KB * 1024 + 1))).toEqual([['bodySize', 1]]);
		expect(kinds('ā'.repeat(MAX_BODY_KB * 512 + 1))).toEqual([['bodySize', 1]]);
	});

	test('quotes and lists nested too deeply, at the line where they are', () => {
		expect(kinds(`a\n\n${'> '.repeat(MAX_CONTAINER_DEPTH)}b\n`)).toEqual([]);
		expect(kinds(`a\n\n${'>'.repeat(MAX_CONTAINER_DEPTH + 1)} b\n`)).toEqual([['containerDepth', 3]]);
		expect(kinds(`a\n${'- '.repeat(MAX_CONTAINER_DEPTH + 1)}b\n`)).toEqual([['containerDepth', 2]]);
		expect(kinds(`a\n${'> 1. '.repeat(7)}b\n`)).toEqual([['containerDepth', 2]]);
	});

	test('indentation beyond the limit', () => {
		expect(kinds(`a\n${' '.repeat(MAX_INDENT)}b\n`)).toEqual([]);
		expect(kinds(`a\n${'\t'.repeat(MAX_INDENT / 4 + 1)}b\n`)).toEqual([['indent', 2]]);
	});

	test('too many list and quote lines in one material', () => {
		expect(kinds('- a\n'.repeat(MAX_CONTAINER_LINES))).toEqual([]);
		expect(kinds('- a\n\nT\n\n'.repeat(MAX_CONTAINER_LINES + 1))).toEqual([['containerLines', MAX_CONTAINER_LINES * 4 + 1]]);
	});

	test('elements nested too deeply, on one line or many; code and formulas do not count', () => {
		expect(kinds(`a ${'<sub>'.repeat(MAX_ELEMENT_DEPTH)}x${'</sub>'.repeat(MAX_ELEMENT_DEPTH)}`)).toEqual([]);
		expect(kinds(`a ${'<sub>'.repeat(MAX_ELEMENT_DEPTH + 1)}x${'</sub>'.repeat(MAX_ELEMENT_DEPTH + 1)}`)).toEqual([['elementDepth', 1]]);
		expect(kinds(`${'<Piezime>\n\n'.repeat(MAX_ELEMENT_DEPTH + 1)}x`)).toEqual([['elementDepth', MAX_ELEMENT_DEPTH * 2 + 1]]);
		expect(kinds(`${'$a<b$ `<c>` '.repeat(100)}\n\n<br />\n`.repeat(5))).toEqual([]);
		expect(kinds(`\`\`\`html\n${'<div>'.repeat(100)}\n\`\`\`\n`)).toEqual([]);
	});

	test('too many emphasis, code and link delimiters in one paragraph; blank lines and table rows start anew', () => {
		const runs = (n: number) => '*a'.repeat(n);
		expect(kinds(`${runs(MAX_INLINE_DELIMITERS)}\n\n${runs(MAX_INLINE_DELIMITERS)}`)).toEqual([]);
		expect(kinds(`x\n\n${runs(MAX_INLINE_DELIMITERS / 2)}\n${runs(MAX_INLINE_DELIMITERS / 2 + 1)}`)).toEqual([['delimiters', 3]]);
		expect(kinds(`| a |\n|---|\n${`| ${runs(MAX_INLINE_DELIMITERS / 2)} |\n`.repeat(10)}`)).toEqual([]);
		for (const char of ['_', '~', '`', '[', ']']) expect(kinds(`${char}a`.repeat(MAX_INLINE_DELIMITERS + 1)), char).toEqual([['delimiters', 1]]);
		// A run counts once: a long rule of stars is one delimiter.
		expect(kinds('*'.repeat(10_000))).toEqual([]);
		// Code blocks are not inline content.
		expect(kinds(`\`\`\`python\n${'a * b\n'.repeat(1000)}\`\`\`\n`)).toEqual([]);
	});

	test('too many headings underlined with === or ---; a rule after a blank line is no heading', () => {
		expect(kinds('Virsraksts\n---\n\n'.repeat(MAX_SETEXT_HEADINGS))).toEqual([]);
		expect(kinds('Teksts.\n\n---\n\n'.repeat(MAX_SETEXT_HEADINGS * 2))).toEqual([]);
		expect(kinds('Virsraksts\n===\n\n'.repeat(MAX_SETEXT_HEADINGS + 1))).toEqual([['setextHeadings', MAX_SETEXT_HEADINGS * 3 + 2]]);
	});

	test('reports each kind of problem once, however much is wrong', () => {
		const body = `${'>'.repeat(50)} ${'*a'.repeat(50_000)}\n`.repeat(20);
		expect(
			checkBodyLimits(body)
				.map((p) => p.kind)
				.sort(),
		).toEqual(['bodySize', 'containerDepth', 'delimiters']);
	});
});

describe('treeDepth', () => {
	test('finds the deepest node and its line without recursion', () => {
		type N = { type: string; children?: N[]; position?: { start: { line: number; column: number }; end: { line: number; column: number } } };
		const leaf: N = { type: 'text', position: { start: { line: 7, column: 1 }, end: { line: 7, column: 2 } } };
		let tree: N = leaf;
		for (let i = 0; i < 100_000; i++) tree = { type: 'blockquote', children: [tree] };
		expect(treeDepth(tree)).toEqual({ depth: 100_000, line: 7 });
	});
});
