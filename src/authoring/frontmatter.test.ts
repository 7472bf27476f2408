import { describe, expect, test } from 'vitest';
import { parseSource } from './frontmatter.ts';

const file = 'content/materials/fizika/a/index.mdx';

describe('parseSource', () => {
	test('splits YAML and body and keeps line numbers', () => {
		const parsed = parseSource('---\ntitle: Ātrums\ngrades:\n  - 10\n  - 11\n---\n\n## Ievads\n', file);
		if ('issues' in parsed) throw new Error('expected success');
		expect(parsed.data).toEqual({ title: 'Ātrums', grades: [10, 11] });
		expect(parsed.body).toBe('\n## Ievads\n');
		expect(parsed.bodyLine).toBe(7);
		expect(parsed.lineOf(['title'])).toBe(2);
		expect(parsed.lineOf(['grades', 1])).toBe(5);
		// A missing field points at its parent, or at the start of the frontmatter.
		expect(parsed.lineOf(['grades', 7])).toBe(4);
		expect(parsed.lineOf(['summary'])).toBe(1);
	});

	test('dates stay text, so an impossible date cannot roll over into another month', () => {
		const parsed = parseSource('---\npublished: 2025-02-30\n---\n', file);
		if ('issues' in parsed) throw new Error('expected success');
		expect(parsed.data.published).toBe('2025-02-30');
	});

	test('keeps what the author wrote for numbers', () => {
		const parsed = parseSource('---\nversion: 1.0\n---\n', file);
		if ('issues' in parsed) throw new Error('expected success');
		expect(parsed.data.version).toBe(1);
		expect(parsed.sourceOf(['version'])).toBe('1.0');
	});

	test('a file without frontmatter', () => {
		expect(parseSource('## Ievads\n', file)).toEqual({ issues: [expect.objectContaining({ file, line: 1 })] });
	});

	test('frontmatter that is never closed', () => {
		expect(parseSource('---\ntitle: x\n## Ievads\n', file)).toEqual({ issues: [expect.objectContaining({ line: 1 })] });
	});

	test('a YAML error names its line', () => {
		const parsed = parseSource('---\ntitle: x\ntitle: y\n---\n', file);
		expect(parsed).toEqual({ issues: [expect.objectContaining({ file, line: 3 })] });
	});

	test('a YAML tag that asks for code is refused', () => {
		const parsed = parseSource('---\ntitle: x\ntopic: !!js/function "function () {}"\n---\n', file);
		expect(parsed).toEqual({ issues: [expect.objectContaining({ file, line: 3 })] });
	});

	test('frontmatter that is a list, not fields', () => {
		expect(parseSource('---\n- a\n---\n', file)).toEqual({ issues: [expect.objectContaining({ line: 2 })] });
	});

	test('a byte-order mark and Windows line ends are accepted', () => {
		const parsed = parseSource('\uFEFF---\r\ntitle: x\r\n---\r\nTeksts\r\n', file);
		if ('issues' in parsed) throw new Error('expected success');
		expect(parsed.data).toEqual({ title: 'x' });
		expect(parsed.bodyLine).toBe(4);
	});
});
