import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { loadMaterials } from '../authoring/collection.ts';
import { catalogueJsonSchema, catalogueSchema } from '../schemas/catalogue.ts';
import { catalogue } from './catalogue.ts';

const root = resolve(import.meta.dirname, '../..');
const absolute = (path: string) => `https://materiali.example/${path.replace(/^\//, '')}`;

describe('the open catalogue', () => {
	test('lists every published material with version and address, and validates against its schema', async () => {
		const { materials } = await loadMaterials({ root, materialsDir: resolve(root, 'content/materials'), base: '/', workers: false });
		const published = materials.filter((m) => m.data.status === 'publicets');
		const result = catalogue(published, absolute);
		expect(catalogueSchema.parse(result)).toEqual(result);
		expect(result.count).toBe(published.length);
		expect(result.materials.map((m) => m.id)).toEqual(published.map((m) => m.id).sort());
		const physics = result.materials.find((m) => m.id === 'fizika/vienmerigi-paatrinata-kustiba')!;
		expect(physics.url).toBe('https://materiali.example/materiali/fizika/vienmerigi-paatrinata-kustiba/');
		expect(physics.version).toMatch(/^\d+\.\d+\.\d+$/);
		expect(physics.area).toBe('dabaszinatnes');
		// Reproducible: the date is the newest update, not the build's clock.
		expect(result.updated).toBe(
			published
				.map((m) => m.data.updated)
				.sort()
				.at(-1),
		);
	});

	test('the JSON Schema names what every entry must have', () => {
		const schema = catalogueJsonSchema('https://materiali.example/materiali.schema.json') as {
			$schema: string;
			required: string[];
			properties: { materials: { items: { required: string[] } } };
		};
		expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
		expect(schema.required).toEqual(expect.arrayContaining(['schemaVersion', 'updated', 'materials']));
		expect(schema.properties.materials.items.required).toEqual(
			expect.arrayContaining(['id', 'url', 'title', 'subject', 'stage', 'grades', 'version', 'license', 'updated']),
		);
	});

	test('the catalogue validates against the published JSON Schema itself, which refuses what the zod schema refuses', async () => {
		const { materials } = await loadMaterials({ root, materialsDir: resolve(root, 'content/materials'), base: '/', workers: false });
		const result = catalogue(
			materials.filter((m) => m.data.status === 'publicets'),
			absolute,
		);
		// Read back from JSON, as another system would: the schema as published, not the zod object.
		const published = z.fromJSONSchema(JSON.parse(JSON.stringify(catalogueJsonSchema('https://materiali.example/materiali.schema.json'))));
		expect(published.safeParse(result).success).toBe(true);
		const [first] = result.materials;
		const withoutVersion = Object.fromEntries(Object.entries(first!).filter(([key]) => key !== 'version'));
		for (const broken of [
			{ ...first, version: undefined },
			withoutVersion,
			{ ...first, subject: 'alkimija' },
			{ ...first, grades: [13] },
			{ ...first, updated: '2.3.2026' },
			{ ...first, extra: 1 },
		]) {
			expect(published.safeParse({ ...result, materials: [broken] }).success, JSON.stringify(broken).slice(0, 80)).toBe(false);
		}
	});
});
