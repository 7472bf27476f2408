/** The published materials, read with the same code as the build, so tests know what pages must exist. */
import { resolve } from 'node:path';
import { loadMaterials, type LoadedMaterial } from '../../src/authoring/collection.ts';

const root = resolve(import.meta.dirname, '../..');

let cache: Promise<LoadedMaterial[]> | undefined;

export function publishedMaterials(): Promise<LoadedMaterial[]> {
	cache ??= loadMaterials({ root, materialsDir: resolve(root, process.env.MATERIALS_DIR ?? 'content/materials'), base: '/' }).then(({ materials, issues }) => {
		if (issues.length > 0) throw new Error(`The collection has ${issues.length} issues; run npm run check`);
		return materials.filter((m) => m.data.status === 'publicets');
	});
	return cache;
}

export const pathOf = (id: string) => `/materiali/${id}/`;
