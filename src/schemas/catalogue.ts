/**
 * The open catalogue at /materiali.json: every published material's metadata, version
 * and address, for schools and other systems. The JSON Schema at
 * /materiali.schema.json is generated from this zod schema, so they cannot drift.
 */
import { z } from 'zod';
import { AREA_IDS, COURSE_IDS, COURSE_KIND_IDS, KIND_IDS, LEVEL_IDS, LICENSE_IDS, ORIGIN_IDS, SKILL_IDS, STAGE_IDS, SUBJECT_IDS } from './vocabulary.ts';

/**
 * 2: subjects follow the 2024 curriculum ("vesture-un-socialas-zinatnes" became "vesture" and
 * "socialas-zinatnes"); secondary materials name their course, its kind and level; reviewers.
 */
export const CATALOGUE_VERSION = 2;
const date = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/)
	.describe('Calendar date, YYYY-MM-DD');

export const catalogueMaterialSchema = z.strictObject({
	id: z.string().describe('Stable identifier: <subject>/<slug>'),
	url: z.url().describe('Absolute address of the material page'),
	title: z.string().describe('Title, in Latvian'),
	summary: z.string().describe('What the material is and for whom, in Latvian'),
	area: z.enum(AREA_IDS).describe('Learning area (mācību joma)'),
	subject: z.enum(SUBJECT_IDS).describe('Subject (mācību priekšmets)'),
	stage: z.enum(STAGE_IDS).describe('Stage of education (izglītības posms)'),
	grades: z.array(z.int().min(1).max(12)).describe('Grades (klases), ascending'),
	course: z
		.strictObject({
			id: z.enum(COURSE_IDS),
			name: z.string().describe('Course name, e.g. "Fizika I"'),
			kind: z.enum(COURSE_KIND_IDS).describe('pamatkurss, padzilinatais (advanced) or specializetais (specialised)'),
			level: z.enum(LEVEL_IDS).describe('Content level: visparigais, optimalais or augstakais'),
		})
		.optional()
		.describe('Secondary course (kurss) the material serves, MK noteikumi Nr. 416'),
	topic: z.string().describe('Topic (temats), in Latvian'),
	outcomes: z.array(z.string()).describe('Learning outcomes (sasniedzamie rezultāti)'),
	skills: z.array(z.enum(SKILL_IDS)).describe('Transversal skills (caurviju prasmes)'),
	kind: z.enum(KIND_IDS).describe('Kind of material: lesson or topic plan, worksheet, assessment…'),
	origin: z.enum(ORIGIN_IDS).describe('Developed (izstradats) or adapted (adaptets)'),
	authors: z.array(z.strictObject({ name: z.string(), affiliation: z.string().optional() })).describe('Authors, with their school or institution when given'),
	reviewers: z.array(z.strictObject({ name: z.string(), affiliation: z.string().optional() })).describe('Who reviewed the content before publication'),
	license: z.enum(LICENSE_IDS).describe('Licence, as an SPDX identifier'),
	licenseUrl: z.url().describe('Address of the licence text'),
	version: z.string().describe('Semantic version of the material'),
	published: date.describe('Date of first publication, YYYY-MM-DD'),
	updated: date.describe('Date of the current version, YYYY-MM-DD'),
	attachments: z.array(z.strictObject({ title: z.string(), url: z.url() })).describe('Files to download, with absolute addresses'),
});

export const catalogueSchema = z.strictObject({
	schemaVersion: z.literal(CATALOGUE_VERSION).describe('Raised only when a field is removed or changes meaning'),
	/** The newest update among the materials, not the build's clock, so the file is reproducible. */
	updated: date.describe('The newest update among the materials, YYYY-MM-DD'),
	count: z.int().min(0).describe('Number of materials'),
	materials: z.array(catalogueMaterialSchema).describe('Every published material, by id'),
});

export type Catalogue = z.output<typeof catalogueSchema>;
export type CatalogueMaterial = z.output<typeof catalogueMaterialSchema>;

export function catalogueJsonSchema(id: string): Record<string, unknown> {
	return {
		$id: id,
		title: 'Metodiskā atbalsta materiālu katalogs',
		description: 'Every published methodological support material of the portal, with its curriculum metadata, version and address.',
		...z.toJSONSchema(catalogueSchema, { target: 'draft-2020-12' }),
	};
}
