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
} from './materials.ts';

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
	const a = entry('fizika/a', { title: 'Ātrums', grades: [11], published: '2025-06-12', updated: '2025-06-12', version: '1.0.0', changelog: [{ version: '1.0.0', date: '2025-06-12', changes: 'Pirmā versija.' }] });
	const b = entry('fizika/b', { title: 'Blīvums', grades: [10] });
	const c = entry('fizika/c', { title: 'Čaula', grades: [10], published: '2025-07-01', updated: '2025-09-01', changelog: [{ version: '1.1.0', date: '2025-09-01', changes: 'Labots.' }, { version: '1.0.0', date: '2025-07-01', changes: 'Pirmā versija.' }] });

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
		expect(countBy([lesson9, sheet89], (m) => m.data.kind)).toEqual(new Map([['stundas-plans', 1], ['darba-lapa', 1]]));
		expect(countBy([lesson9, sheet89], (m) => m.data.grades)).toEqual(new Map([[9, 2], [8, 1]]));
	});

	test('grades of a subject are those that teach it', () => {
		expect(subjectGrades('programmesana')).toEqual([10, 11, 12]);
		expect(subjectGrades('fizika')).toEqual([7, 8, 9, 10, 11, 12]);
		expect(subjectGrades('socialas-zinibas-un-vesture')).toEqual([4, 5, 6]);
	});
});
