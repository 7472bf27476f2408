import { describe, expect, test } from 'vitest';
import { validInput } from '../test/fixtures.ts';
import { FIELD_FORMATS, materialSchema, RENAMED_FIELDS } from './material.ts';
import { fieldName, keysAt, validate } from './validate.ts';
import { formatIssue, type ContentIssue } from '../lib/content-issues.ts';

const context = { file: 'content/materials/fizika/a/index.mdx', lineOf: () => 7, formats: FIELD_FORMATS };

function issuesOf(input: unknown): ContentIssue[] {
	const result = validate(materialSchema, input, context);
	if (result.ok) throw new Error('expected the material to be refused');
	return result.issues;
}

function only(input: unknown): ContentIssue {
	const issues = issuesOf(input);
	expect(issues).toHaveLength(1);
	return issues[0]!;
}

describe('a valid material', () => {
	test('passes and gets defaults', () => {
		const result = validate(materialSchema, validInput(), context);
		expect(result.ok).toBe(true);
		if (result.ok) {
			expect(result.data.status).toBe('publicets');
			expect(result.data.related).toEqual([]);
			expect(result.data.attachments).toEqual([]);
		}
	});

	test('an adapted material with its source passes', () => {
		expect(validate(materialSchema, validInput({ origin: 'adaptets', source: { title: 'Fizika 10. klasei', authors: 'VISC', year: 2021 } }), context).ok).toBe(
			true,
		);
	});
});

describe('invalid materials are refused with the field, what was found and what is allowed', () => {
	test('unknown subject, with a hint', () => {
		const issue = only(validInput({ subject: 'fizik' as never }));
		expect(issue).toMatchObject({ field: 'subject', found: '“fizik”', line: 7 });
		expect(issue.message).toContain('fizika');
		expect(issue.allowed).toContain('socialas-zinatnes');
	});

	test('missing required field', () => {
		const { title: _title, ...rest } = validInput();
		expect(only(rest)).toMatchObject({ field: 'title', message: 'obligāts lauks nav norādīts', allowed: 'teksts' });
	});

	test('a mistyped field name is unknown, with the right one suggested', () => {
		const issue = only({ ...validInput(), grade: 5 });
		expect(issue).toMatchObject({ field: 'grade', found: 'grade' });
		expect(issue.message).toContain('grades');
		expect(issue.allowed).toContain('course');
	});

	test('grades outside the stage', () => {
		expect(only(validInput({ grades: [9, 10] }))).toMatchObject({ field: 'grades[0]', found: '9', allowed: '10–12' });
	});

	test('grade beyond 12', () => {
		expect(only(validInput({ grades: [13] }))).toMatchObject({ field: 'grades[0]', found: '13', allowed: '≤ 12' });
	});

	test('a subject not taught in the stage', () => {
		expect(only(validInput({ subject: 'programmesana', stage: 'pamatskola', grades: [9], course: undefined }))).toMatchObject({
			field: 'stage',
			found: '“pamatskola”',
			allowed: 'vidusskola',
		});
	});

	test('the old courseLevel field says what replaced it', () => {
		const { course: _course, ...rest } = validInput();
		const result = validate(materialSchema, { ...rest, courseLevel: 'visparejais' }, { ...context, renamed: RENAMED_FIELDS });
		expect(result.ok ? [] : result.issues).toEqual([expect.objectContaining({ field: 'courseLevel', message: expect.stringContaining('course: fizika-i') })]);
	});

	test('courses only in secondary school', () => {
		expect(only(validInput({ stage: 'pamatskola', grades: [9] }))).toMatchObject({ field: 'course', found: '“fizika-i”' });
	});

	test("a course must be one of the subject's courses", () => {
		const issue = only(validInput({ course: 'kimija-i' }));
		expect(issue).toMatchObject({ field: 'course', found: '“kimija-i”' });
		expect(issue.allowed).toBe('dabaszinibas, fizika-i, fizika-ii');
	});

	test('a grade in which the subject is not taught', () => {
		// Engineering is taught from grade 7 (MK 747).
		expect(only(validInput({ subject: 'inzenierzinibas', stage: 'pamatskola', grades: [5], course: undefined }))).toMatchObject({
			field: 'grades[0]',
			found: '5',
			allowed: '7, 8, 9',
		});
	});

	test('a reviewer is not one of the authors', () => {
		expect(only(validInput({ reviewers: [{ name: 'portāla redakcija' }] }))).toMatchObject({ field: 'reviewers[0].name' });
		expect(only(validInput({ reviewers: [] }))).toMatchObject({ field: 'reviewers' });
	});

	test('a source must be findable: an address, or authors and year', () => {
		const adapted = { origin: 'adaptets' as const };
		expect(only(validInput({ ...adapted, source: { title: 'Latvju dainas' } }))).toMatchObject({ field: 'source' });
		expect(only(validInput({ ...adapted, source: { title: 'Latvju dainas', authors: 'K. Barons' } }))).toMatchObject({ field: 'source' });
		expect(materialSchema.safeParse(validInput({ ...adapted, source: { title: 'Latvju dainas', authors: 'K. Barons', year: 1894 } })).success).toBe(true);
		expect(materialSchema.safeParse(validInput({ ...adapted, source: { title: 'Dainu skapis', url: 'https://dainuskapis.lv/' } })).success).toBe(true);
	});

	test('an adapted material needs its source; a developed one has none', () => {
		expect(only(validInput({ origin: 'adaptets' }))).toMatchObject({ field: 'source' });
		expect(only(validInput({ source: { title: 'Kaut kas' } }))).toMatchObject({ field: 'source' });
	});

	test('an impossible date', () => {
		const issue = only(validInput({ published: '2025-02-30', changelog: [{ version: '1.1.0', date: '2025-09-03', changes: 'Labots.' }] }));
		expect(issue).toMatchObject({ field: 'published', found: '“2025-02-30”', message: 'šāda datuma kalendārā nav' });
	});

	test('a date in another format', () => {
		expect(only(validInput({ updated: '03.09.2025' }))).toMatchObject({ field: 'updated', allowed: FIELD_FORMATS.updated });
	});

	test('a version that YAML read as a number shows what the author should write', () => {
		expect(only(validInput({ version: 1 as never }))).toMatchObject({ field: 'version', allowed: FIELD_FORMATS.version });
	});

	test('updated before published', () => {
		const issues = issuesOf(
			validInput({
				updated: '2025-01-01',
				changelog: [
					{ version: '1.1.0', date: '2025-01-01', changes: 'x y z' },
					{ version: '1.0.0', date: '2025-06-12', changes: 'x y z' },
				],
			}),
		);
		expect(issues.map((i) => i.field)).toContain('updated');
	});

	test('the newest change-log entry must be the current version and the update date', () => {
		const issues = issuesOf(validInput({ version: '1.2.0' }));
		expect(issues).toEqual([expect.objectContaining({ field: 'changelog[0].version', found: '“1.1.0”', allowed: '1.2.0' })]);
		expect(only(validInput({ updated: '2025-09-04' }))).toMatchObject({ field: 'changelog[0].date', allowed: '2025-09-04' });
	});

	test('change-log versions go down', () => {
		const issue = only(
			validInput({
				changelog: [
					{ version: '1.1.0', date: '2025-09-03', changes: 'Labots.' },
					{ version: '1.2.0', date: '2025-07-01', changes: 'Labots.' },
					{ version: '1.0.0', date: '2025-06-12', changes: 'Pirmā versija.' },
				],
			}),
		);
		expect(issue).toMatchObject({ field: 'changelog[1].version', allowed: '< 1.1.0' });
	});

	test('the oldest change-log entry is the publication', () => {
		expect(only(validInput({ published: '2025-06-01' }))).toMatchObject({ field: 'changelog[1].date', allowed: '2025-06-01' });
	});

	test('lesson and topic plans need a duration; topic plans span lessons', () => {
		expect(only(validInput({ duration: undefined }))).toMatchObject({ field: 'duration' });
		expect(only(validInput({ kind: 'temata-plans', duration: { minutes: 40, lessons: 1 } }))).toMatchObject({ field: 'duration.lessons' });
	});

	test('attachments of a refused type, or listed twice', () => {
		expect(only(validInput({ attachments: [{ file: 'programma.exe', title: 'Programma' }] }))).toMatchObject({
			field: 'attachments[0].file',
			found: '“programma.exe”',
		});
		const twice = only(
			validInput({
				attachments: [
					{ file: 'a.pdf', title: 'Viens' },
					{ file: 'a.pdf', title: 'Divi' },
				],
			}),
		);
		expect(twice).toMatchObject({ field: 'attachments[1].file' });
	});

	test('attachment names that are not plain file names', () => {
		expect(only(validInput({ attachments: [{ file: '../../etc/passwd.txt', title: 'Parole' }] }))).toMatchObject({
			field: 'attachments[0].file',
			allowed: FIELD_FORMATS.file,
		});
	});

	test('related materials are ids', () => {
		expect(only(validInput({ related: ['Fizika/Briva krisana'] }))).toMatchObject({ field: 'related[0]', allowed: FIELD_FORMATS.related });
	});

	test('licences are SPDX identifiers from the list', () => {
		expect(only(validInput({ license: 'CC BY' as never }))).toMatchObject({ field: 'license' });
	});

	test('a short summary reports its length', () => {
		expect(only(validInput({ summary: 'Īss' }))).toMatchObject({ field: 'summary', found: '3 rakstzīmes', allowed: '≥ 20' });
	});

	test('the formatted message reads as one Latvian sentence per part', () => {
		expect(formatIssue(only(validInput({ kind: 'stundu-plans' as never })))).toMatch(
			/^content\/materials\/fizika\/a\/index\.mdx:7 — lauks “kind”: šāda vērtība nav atļauta — vai domāji “stundas-plans”\? Atrasts: “stundu-plans”\. Atļauts: stundas-plans, .+\.$/,
		);
	});
});

describe('helpers', () => {
	test('field names as authors see them', () => {
		expect(fieldName(['changelog', 0, 'date'])).toBe('changelog[0].date');
		expect(fieldName(['title'])).toBe('title');
	});
	test('allowed keys at a path', () => {
		expect(keysAt(materialSchema, ['authors', 0])).toEqual(['name', 'affiliation']);
		expect(keysAt(materialSchema, ['duration'])).toEqual(['minutes', 'lessons']);
		expect(keysAt(materialSchema, [])).toContain('changelog');
	});
});
