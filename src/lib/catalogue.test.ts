import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
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
		expect(result.updated).toBe(published.map((m) => m.data.updated).sort().at(-1));
	});

	test('the JSON Schema names what every entry must have', () => {
		const schema = catalogueJsonSchema('https://materiali.example/materiali.schema.json') as {
			$schema: string;
			required: string[];
			properties: { materials: { items: { required: string[] } } };
		};
		expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
		expect(schema.required).toEqual(expect.arrayContaining(['schemaVersion', 'updated', 'materials']));
		expect(schema.properties.materials.items.required).toEqual(expect.arrayContaining(['id', 'url', 'title', 'subject', 'stage', 'grades', 'version', 'license', 'updated']));
	});
});
