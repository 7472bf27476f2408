import { describe, expect, test } from 'vitest';
import { closestMatch, ContentValidationError, describeValue, editDistance, formatIssue } from './content-issues.ts';

describe('formatIssue', () => {
	test('names file, line, field, what was found and what is allowed', () => {
		const text = formatIssue({
			file: 'content/materials/fizika/a/index.mdx',
			line: 4,
			field: 'subject',
			message: 'šāda vērtība nav atļauta',
			found: '“fizik”',
			allowed: 'fizika, kimija',
		});
		expect(text).toBe('content/materials/fizika/a/index.mdx:4 — lauks “subject”: šāda vērtība nav atļauta. Atrasts: “fizik”. Atļauts: fizika, kimija.');
	});
	test('names a construct in the body with line and column', () => {
		const text = formatIssue({ file: 'a.mdx', line: 12, column: 3, construct: '<script>', message: 'nav atļauts' });
		expect(text).toBe('a.mdx:12:3 — “<script>”: nav atļauts.');
	});
	test('keeps a question mark and does not add a full stop after an ellipsis', () => {
		const text = formatIssue({ file: 'a.mdx', message: 'vai domāji “x”?', allowed: 'https://…' });
		expect(text).toBe('a.mdx — Vai domāji “x”? Atļauts: https://…');
	});
});

describe('ContentValidationError', () => {
	test('lists every issue under a counted heading', () => {
		const error = new ContentValidationError([
			{ file: 'a.mdx', message: 'viens' },
			{ file: 'b.mdx', message: 'divi' },
		]);
		expect(error.message.split('\n')).toEqual(['Saturā atrastas 2 kļūdas:', '  • a.mdx — Viens.', '  • b.mdx — Divi.']);
	});
});

describe('hints', () => {
	test('edit distance', () => {
		expect(editDistance('fizik', 'fizika')).toBe(1);
		expect(editDistance('kimija', 'ķīmija')).toBe(2);
		expect(editDistance('', 'abc')).toBe(3);
	});
	test('suggests the allowed value an author probably meant', () => {
		expect(closestMatch('fizik', ['fizika', 'kimija'])).toBe('fizika');
		expect(closestMatch('Ķīmija', ['fizika', 'kimija'])).toBe('kimija');
		expect(closestMatch('stundas plāns', ['stundas-plans', 'darba-lapa'])).toBe('stundas-plans');
	});
	test('suggests nothing for unrelated values', () => {
		expect(closestMatch('vēsture', ['fizika', 'kimija'])).toBeUndefined();
	});
	test('describes values as YAML shows them', () => {
		expect(describeValue('x')).toBe('“x”');
		expect(describeValue(3)).toBe('3');
		expect(describeValue([1, 'a'])).toBe('[1, “a”]');
		expect(describeValue(undefined)).toBe('nekas');
	});
});

describe('author text in messages', () => {
	test('newlines, escape codes and direction overrides are printed escaped, so one issue stays one plain line', () => {
		const line = formatIssue({
			file: 'content/materials/fizika/a\n::error::forged/index.mdx',
			line: 3,
			message: 'x',
			found: 'Nosaukums \u001b[31m sarkans \u202e',
		});
		expect(line).toBe('content/materials/fizika/a\\n::error::forged/index.mdx:3 — X. Atrasts: Nosaukums \\u{1b}[31m sarkans \\u{202e}.');
		expect(line.split('\n')).toHaveLength(1);
	});
});
