/** The search document of a material (see SearchDocument), from its data and rendered text. */
import { COURSES, KINDS, LEVELS, SKILLS, STAGES, SUBJECTS, areaLabelIn } from '../schemas/vocabulary.ts';
import { gradesLabel, type MaterialEntry } from './materials.ts';
import type { SearchDocument } from './search.ts';

export function searchDocument(material: MaterialEntry, url: string, bodyText: string): SearchDocument {
	const { data } = material;
	const { area } = SUBJECTS[data.subject];
	const course = data.course ? COURSES[data.course] : undefined;
	// The facts are words too: "fizika stundas plāns 10. klase" should find this material.
	const facts = [
		data.topic,
		SUBJECTS[data.subject].label,
		areaLabelIn(area, data.stage),
		...(course ? [course.label, LEVELS[course.level].label] : []),
		KINDS[data.kind].label,
		gradesLabel(data.grades),
		STAGES[data.stage].label,
		...data.skills.map((skill) => SKILLS[skill].label),
		...data.authors.map((author) => author.name),
	];
	return {
		url,
		title: data.title,
		topic: data.topic,
		outcomes: [...data.outcomes],
		summary: data.summary,
		area,
		subject: data.subject,
		stage: data.stage,
		grades: [...data.grades].sort((a, b) => a - b),
		kind: data.kind,
		level: course?.level,
		skills: [...data.skills],
		published: data.published,
		text: [data.summary, ...data.outcomes, bodyText, facts.join('. ')].join('\n'),
	};
}
