import { describe, expect, test } from 'vitest';
import {
	AREA_IDS,
	COURSE_IDS,
	COURSES,
	KIND_IDS,
	LEARNING_AREAS,
	LEVEL_IDS,
	RETIRED_SUBJECTS,
	SKILL_IDS,
	STAGES,
	SUBJECT_IDS,
	SUBJECTS,
	areaLabelIn,
	coursesOfSubject,
	stageOfGrade,
	subjectGrades,
	subjectsInArea,
} from './vocabulary.ts';

describe('curriculum vocabularies', () => {
	test('seven learning areas', () => {
		expect(AREA_IDS).toHaveLength(7);
		// Each is officially "… mācību joma" (MK 747, 7. punkts).
		for (const area of Object.values(LEARNING_AREAS)) expect(area.label).toMatch(/ mācību joma$/);
		expect(LEARNING_AREAS['kultura-un-maksla'].label).toBe('Kultūras izpratnes un pašizpausmes mākslā mācību joma');
		expect(areaLabelIn('veseliba-un-sports', 'vidusskola')).toBe('Veselības, drošības un fiziskās aktivitātes mācību joma');
		expect(areaLabelIn('veseliba-un-sports', 'pamatskola')).toBe('Veselības un fiziskās aktivitātes mācību joma');
	});

	test('three content levels; specialised is a kind of course, not a level', () => {
		expect(LEVEL_IDS).toEqual(['visparigais', 'optimalais', 'augstakais']);
	});

	test('courses belong to secondary subjects, and their numerals match their kind', () => {
		for (const id of COURSE_IDS) {
			const course = COURSES[id];
			for (const subject of course.subjects) expect(SUBJECTS[subject].stages, `${id} → ${subject}`).toContain('vidusskola');
			if (course.label.endsWith(' II')) expect([course.kind, course.level], id).toEqual(['padzilinatais', 'augstakais']);
			if (course.label.endsWith(' I')) expect([course.kind, course.level], id).toEqual(['pamatkurss', 'optimalais']);
		}
		expect(COURSES['vesture-i'].label).toBe('Vēsture I');
		expect(COURSES['socialas-zinatnes-i'].label).toBe('Sociālās zinātnes I');
		expect(COURSES.dabaszinibas.level).toBe('visparigais');
		expect(coursesOfSubject('programmesana')).toEqual(['programmesana-i', 'programmesana-ii']);
	});

	test('grades a subject is taught in', () => {
		expect(subjectGrades('socialas-zinibas-un-vesture', 'pamatskola')).toEqual([4, 5, 6]);
		expect(subjectGrades('socialas-zinibas', 'pamatskola')).toEqual([1, 2, 3, 7, 8, 9]);
		expect(subjectGrades('matematika', 'vidusskola')).toEqual([10, 11, 12]);
	});

	test('a retired subject is not a subject, and its successors are', () => {
		for (const [id, retired] of Object.entries(RETIRED_SUBJECTS)) {
			expect(SUBJECT_IDS).not.toContain(id);
			for (const successor of retired.successors) expect(SUBJECT_IDS).toContain(successor);
		}
	});

	test('six transversal skills', () => {
		expect(SKILL_IDS).toHaveLength(6);
	});

	test.each([
		['fizika', 'Fizika', 'dabaszinatnes', ['pamatskola', 'vidusskola']],
		['kimija', 'Ķīmija', 'dabaszinatnes', ['pamatskola', 'vidusskola']],
		['biologija', 'Bioloģija', 'dabaszinatnes', ['pamatskola', 'vidusskola']],
		['geografija', 'Ģeogrāfija', 'dabaszinatnes', ['vidusskola']],
		['inzenierzinibas', 'Inženierzinības', 'tehnologijas', ['pamatskola']],
		['matematika', 'Matemātika', 'matematika', ['pamatskola', 'vidusskola']],
		['programmesana', 'Programmēšana', 'tehnologijas', ['vidusskola']],
		['datorika', 'Datorika', 'tehnologijas', ['pamatskola']],
		['latviesu-valoda', 'Latviešu valoda', 'valodas', ['pamatskola', 'vidusskola']],
		['vesture', 'Vēsture', 'socialas-zinatnes', ['vidusskola']],
		['socialas-zinatnes', 'Sociālās zinātnes', 'socialas-zinatnes', ['vidusskola']],
	] as const)('the seed-000 deadline subject %s is "%s" in area %s and taught in %j', (id, label, area, stages) => {
		const subject = SUBJECTS[id];
		expect(subject.label).toBe(label);
		expect(subject.area).toBe(area);
		for (const stage of stages) expect(subject.stages).toContain(stage);
	});

	test('every subject belongs to a known area and has at least one stage', () => {
		for (const id of SUBJECT_IDS) {
			expect(AREA_IDS).toContain(SUBJECTS[id].area);
			expect(SUBJECTS[id].stages.length).toBeGreaterThan(0);
		}
		expect(AREA_IDS.every((area) => subjectsInArea(area).length > 0)).toBe(true);
	});

	test('identifiers are ASCII kebab-case, usable in URLs and on any keyboard', () => {
		for (const id of [...AREA_IDS, ...SUBJECT_IDS, ...COURSE_IDS, ...KIND_IDS, ...SKILL_IDS]) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
	});

	test('grades map to stages', () => {
		expect(STAGES.pamatskola.grades).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
		expect(stageOfGrade(9)).toBe('pamatskola');
		expect(stageOfGrade(10)).toBe('vidusskola');
		expect(stageOfGrade(13)).toBeUndefined();
	});
});
