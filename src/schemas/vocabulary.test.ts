import { describe, expect, test } from 'vitest';
import { AREA_IDS, KIND_IDS, LEARNING_AREAS, SKILL_IDS, STAGES, SUBJECT_IDS, SUBJECTS, stageOfGrade, subjectsInArea } from './vocabulary.ts';

describe('curriculum vocabularies', () => {
	test('seven learning areas', () => {
		expect(AREA_IDS).toHaveLength(7);
		expect(Object.values(LEARNING_AREAS).map((a) => a.label)).toContain('Kultūras izpratnes un pašizpausmes mākslā joma');
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
		['vesture-un-socialas-zinatnes', 'Vēsture un sociālās zinātnes', 'socialas-zinatnes', ['vidusskola']],
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
		for (const id of [...AREA_IDS, ...SUBJECT_IDS, ...KIND_IDS, ...SKILL_IDS]) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
	});

	test('grades map to stages', () => {
		expect(STAGES.pamatskola.grades).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
		expect(stageOfGrade(9)).toBe('pamatskola');
		expect(stageOfGrade(10)).toBe('vidusskola');
		expect(stageOfGrade(13)).toBeUndefined();
	});
});
