import { describe, expect, test } from 'vitest';
import { entry } from '../test/fixtures.ts';
import {
	byGradeThenTitle,
	countBy,
	durationLabel,
	gradesLabel,
	isoDuration,
	matchesFilter,
	newestFirst,
	recentlyUpdated,
	subjectFilters,
	subjectGrades,
	gradeFilterGroups,
	gradeFilters,
} from './materials.ts';
import { gradePath } from './urls.ts';

describe('labels', () => {
	test.each([
		[[7], '7. klase'],
		[[7, 8, 9], '7.–9. klase'],
		[[9, 7, 8], '7.–9. klase'],
		[[5, 7], '5. un 7. klase'],
		[[5, 7, 9], '5., 7. un 9. klase'],
		[[10, 12], '10. un 12. klase'],
	])('grades %j read "%s"', (grades, label) => {
		expect(gradesLabel(grades)).toBe(label);
	});

	test('duration with and without lessons', () => {
		expect(durationLabel({ minutes: 40 })).toBe('40 min');
		expect(durationLabel({ minutes: 80, lessons: 2 })).toBe('2 mācību stundas (80 min)');
		expect(durationLabel({ minutes: 40, lessons: 1 })).toBe('1 mācību stunda (40 min)');
		expect(durationLabel(undefined)).toBeUndefined();
	});

	test('ISO 8601 durations', () => {
		expect(isoDuration(40)).toBe('PT40M');
		expect(isoDuration(60)).toBe('PT1H');
		expect(isoDuration(80)).toBe('PT1H20M');
		expect(isoDuration(240)).toBe('PT4H');
	});
});

describe('ordering', () => {
	const a = entry('fizika/a', {
		title: 'Ātrums',
		grades: [11],
		published: '2025-06-12',
		updated: '2025-06-12',
		version: '1.0.0',
		changelog: [{ version: '1.0.0', date: '2025-06-12', changes: 'Pirmā versija.' }],
	});
	const b = entry('fizika/b', { title: 'Blīvums', grades: [10] });
	const c = entry('fizika/c', {
		title: 'Čaula',
		grades: [10],
		published: '2025-07-01',
		updated: '2025-09-01',
		changelog: [
			{ version: '1.1.0', date: '2025-09-01', changes: 'Labots.' },
			{ version: '1.0.0', date: '2025-07-01', changes: 'Pirmā versija.' },
		],
	});

	test('browse lists start with the lowest grade, then Latvian alphabetical order', () => {
		expect([a, c, b].sort(byGradeThenTitle).map((m) => m.id)).toEqual(['fizika/b', 'fizika/c', 'fizika/a']);
	});
	test('newest publications first', () => {
		expect([a, b, c].sort(newestFirst).map((m) => m.id)).toEqual(['fizika/c', 'fizika/a', 'fizika/b']);
	});
	test('recently updated lists only revised materials', () => {
		expect(recentlyUpdated([a, b, c]).map((m) => m.id)).toEqual(['fizika/b', 'fizika/c']);
	});
});

describe('browse filters', () => {
	const lesson9 = entry('fizika/x', { stage: 'pamatskola', course: undefined, grades: [9] });
	const sheet89 = entry('fizika/y', { stage: 'pamatskola', course: undefined, grades: [8, 9], kind: 'darba-lapa' });

	test('a material matches each of its grades', () => {
		expect(matchesFilter(sheet89, { grade: 8 })).toBe(true);
		expect(matchesFilter(sheet89, { grade: 9, kind: 'darba-lapa' })).toBe(true);
		expect(matchesFilter(sheet89, { grade: 9, kind: 'stundas-plans' })).toBe(false);
	});

	test('only combinations with materials become pages', () => {
		const filters = subjectFilters([lesson9, sheet89]).map((f) => `${f.grade ?? '*'}/${f.kind ?? '*'}`);
		expect(filters.sort()).toEqual(['*/*', '*/darba-lapa', '*/stundas-plans', '8/*', '8/darba-lapa', '9/*', '9/darba-lapa', '9/stundas-plans'].sort());
	});

	test('an empty subject still has its unfiltered page', () => {
		expect(subjectFilters([])).toEqual([{ grade: undefined, kind: undefined }]);
	});

	test('counts by a key or by each value of a list', () => {
		expect(countBy([lesson9, sheet89], (m) => m.data.kind)).toEqual(
			new Map([
				['stundas-plans', 1],
				['darba-lapa', 1],
			]),
		);
		expect(countBy([lesson9, sheet89], (m) => m.data.grades)).toEqual(
			new Map([
				[9, 2],
				[8, 1],
			]),
		);
	});

	test('grades of a subject are those that teach it', () => {
		expect(subjectGrades('programmesana')).toEqual([10, 11, 12]);
		expect(subjectGrades('fizika')).toEqual([7, 8, 9, 10, 11, 12]);
		expect(subjectGrades('socialas-zinibas-un-vesture')).toEqual([4, 5, 6]);
	});
});

describe('browsing by grade', () => {
	const algebra = entry('matematika/a', { subject: 'matematika', stage: 'pamatskola', grades: [7], kind: 'temata-plans' });
	const percent = entry('matematika/b', { subject: 'matematika', stage: 'pamatskola', grades: [6, 7], kind: 'stundas-plans' });
	const cells = entry('biologija/c', { subject: 'biologija', stage: 'pamatskola', grades: [7], kind: 'darba-lapa' });
	const all = [algebra, percent, cells];

	test('a grade has its list and a page for each subject, kind and pair that shows something', () => {
		expect(gradeFilters(7, all).map((f) => gradePath(7, f))).toEqual([
			'/klases/7-klase/',
			'/klases/7-klase/matematika/',
			'/klases/7-klase/temata-plans/',
			'/klases/7-klase/matematika/temata-plans/',
			'/klases/7-klase/stundas-plans/',
			'/klases/7-klase/matematika/stundas-plans/',
			'/klases/7-klase/biologija/',
			'/klases/7-klase/darba-lapa/',
			'/klases/7-klase/biologija/darba-lapa/',
		]);
		// An empty grade still has its list: the home page links it.
		expect(gradeFilters(12, all)).toEqual([{}]);
	});

	test('each choice keeps the other one and counts what it would show', () => {
		const [subjects, kinds] = gradeFilterGroups(7, all, { subject: 'matematika' });
		expect(subjects!.options.map((o) => [o.label, o.count, o.selected, o.path])).toEqual([
			['Visi priekšmeti', 3, false, '/klases/7-klase/'],
			['Bioloģija', 1, false, '/klases/7-klase/biologija/'],
			['Matemātika', 2, true, '/klases/7-klase/matematika/'],
		]);
		expect(kinds!.options.find((o) => o.label === 'Darba lapa')).toEqual({
			label: 'Darba lapa',
			count: 0,
			selected: false,
			path: '/klases/7-klase/matematika/darba-lapa/',
		});
	});
});
