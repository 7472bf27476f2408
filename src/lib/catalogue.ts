/** Builds the open catalogue (/materiali.json) from the published materials. */
import type { Catalogue, CatalogueMaterial } from '../schemas/catalogue.ts';
import { CATALOGUE_VERSION } from '../schemas/catalogue.ts';
import { COURSES, SUBJECTS } from '../schemas/vocabulary.ts';
import { licenseUrl } from './jsonld.ts';
import type { MaterialEntry } from './materials.ts';
import { materialPath } from './urls.ts';

/** `absolute` turns a site path into an absolute URL (base and origin from the configuration). */
export function catalogueEntry({ id, data }: MaterialEntry, absolute: (path: string) => string): CatalogueMaterial {
	return {
		id,
		url: absolute(materialPath(id)),
		title: data.title,
		summary: data.summary,
		area: SUBJECTS[data.subject].area,
		subject: data.subject,
		stage: data.stage,
		grades: [...data.grades].sort((a, b) => a - b),
		...(data.course
			? { course: { id: data.course, name: COURSES[data.course].label, kind: COURSES[data.course].kind, level: COURSES[data.course].level } }
			: {}),
		topic: data.topic,
		outcomes: data.outcomes,
		skills: data.skills,
		kind: data.kind,
		origin: data.origin,
		authors: data.authors.map(person),
		reviewers: data.reviewers.map(person),
		license: data.license,
		licenseUrl: licenseUrl(data.license),
		version: data.version,
		published: data.published,
		updated: data.updated,
		attachments: data.attachments.map((a) => ({ title: a.title, url: absolute(`${materialPath(id)}${a.file}`) })),
	};
}

function person(p: { name: string; affiliation?: string | undefined }): { name: string; affiliation?: string } {
	return p.affiliation ? { name: p.name, affiliation: p.affiliation } : { name: p.name };
}

export function catalogue(materials: readonly MaterialEntry[], absolute: (path: string) => string): Catalogue {
	const entries = [...materials].sort((a, b) => a.id.localeCompare(b.id)).map((m) => catalogueEntry(m, absolute));
	return {
		schemaVersion: CATALOGUE_VERSION,
		updated: entries.reduce((newest, m) => (m.updated > newest ? m.updated : newest), '1970-01-01'),
		count: entries.length,
		materials: entries,
	};
}
