/**
 * The open catalogue at /materiali.json: every published material's metadata, version
 * and address, for schools and other systems. The JSON Schema at
 * /materiali.schema.json is generated from this zod schema, so they cannot drift.
 */
import { z } from 'zod';
import { AREA_IDS, KIND_IDS, LICENSE_IDS, ORIGIN_IDS, SKILL_IDS, STAGE_IDS, SUBJECT_IDS } from './vocabulary.ts';

export const CATALOGUE_VERSION = 1;
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe('Calendar date, YYYY-MM-DD');

export const catalogueMaterialSchema = z.strictObject({
	id: z.string().describe('Stable identifier: <subject>/<slug>'),
	url: z.url().describe('Absolute address of the material page'),
	title: z.string(),
	summary: z.string(),
	area: z.enum(AREA_IDS).describe('Learning area (mācību joma)'),
	subject: z.enum(SUBJECT_IDS),
	stage: z.enum(STAGE_IDS),
	grades: z.array(z.int().min(1).max(12)),
	topic: z.string(),
	outcomes: z.array(z.string()).describe('Learning outcomes (sasniedzamie rezultāti)'),
	skills: z.array(z.enum(SKILL_IDS)).describe('Transversal skills (caurviju prasmes)'),
	kind: z.enum(KIND_IDS),
	origin: z.enum(ORIGIN_IDS).describe('Developed (izstradats) or adapted (adaptets)'),
	authors: z.array(z.strictObject({ name: z.string(), affiliation: z.string().optional() })),
	license: z.enum(LICENSE_IDS),
	licenseUrl: z.url(),
	version: z.string().describe('Semantic version of the material'),
	published: date,
	updated: date,
	attachments: z.array(z.strictObject({ title: z.string(), url: z.url() })),
});

export const catalogueSchema = z.strictObject({
	schemaVersion: z.literal(CATALOGUE_VERSION),
	/** The newest update among the materials, not the build's clock, so the file is reproducible. */
	updated: date,
	count: z.int().min(0),
	materials: z.array(catalogueMaterialSchema),
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
