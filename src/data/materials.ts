/**
 * The published materials, for pages. The collection also holds drafts (so editors
 * can offer completion while an author writes one); every page reads through here so
 * no draft can reach the site.
 */
import { readFileSync } from 'node:fs';
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { hasPupilCopy, type PupilMarks } from '../authoring/copies.ts';
import { placeOf, unitOf, type Place, type Unit } from '../lib/units.ts';
import type { StoredFiles } from '../loaders/materials.ts';

export type Material = CollectionEntry<'materials'>;

export const isPublished = (material: Material): boolean => material.data.status === 'publicets';

export function getPublishedMaterials(): Promise<Material[]> {
	return getCollection('materials', isPublished);
}

export async function getPublishedMaterial(id: string): Promise<Material | undefined> {
	const material = await getEntry('materials', id);
	return material && isPublished(material) ? material : undefined;
}

/**
 * A material as an entry `render()` accepts: with its HTML, which the loader keeps in a file
 * beside the content store rather than in it (src/loaders/materials.ts).
 *
 * Relies on Astro rendering the HTML of the entry object it is given, not of the stored
 * entry with that id: `renderEntry` reads `entry.rendered.html` and resolves images by
 * `entry.filePath` (astro 7.3.5, packages/astro/src/content/runtime.ts, `renderEntry`:
 * https://github.com/withastro/astro/blob/astro%407.3.5/packages/astro/src/content/runtime.ts).
 * Should that change, material pages would be empty and pupil pages would show the teacher's
 * copy: tests/e2e/material.spec.ts and tests/e2e/copies.spec.ts fail on either.
 */
export function renderable(material: Material): Material {
	return withHtml(material, stored(material).htmlFile);
}

/** The pupil's copy of a material (src/authoring/copies.ts) as an entry `render()` accepts, or undefined where it has none. */
export function pupilCopyOf(material: Material): Material | undefined {
	if (!hasPupilCopyOf(material)) return undefined;
	const { htmlFile, pupilFile } = stored(material);
	return withHtml(material, pupilFile ?? htmlFile);
}

function stored(material: Material): Pick<StoredFiles, 'htmlFile' | 'pupilFile'> {
	const files = material.rendered?.metadata as Partial<StoredFiles> | undefined;
	if (!files?.htmlFile) throw new Error(`${material.id}: the content store has no HTML file for it; delete node_modules/.astro and build again`);
	return { htmlFile: files.htmlFile, pupilFile: files.pupilFile };
}

function withHtml(material: Material, file: string): Material {
	return { ...material, rendered: { ...material.rendered!, html: readFileSync(file, 'utf8') } };
}

/** Whether a material has a pupil copy, without reading it. */
export function hasPupilCopyOf(material: Material): boolean {
	const metadata = material.rendered?.metadata as { pupil?: PupilMarks } | undefined;
	return metadata?.pupil !== undefined && hasPupilCopy(material.data.kind, metadata.pupil);
}

let unitIndex: Promise<{ byId: Map<string, Material>; planOf: Map<string, Material> }> | undefined;

/** Published materials by id, and each listed lesson's topic plan: built once per build, not once per page. */
function units() {
	unitIndex ??= getPublishedMaterials().then((materials) => {
		const byId = new Map(materials.map((m) => [m.id, m]));
		const planOf = new Map<string, Material>();
		for (const plan of materials) for (const id of plan.data.lessons) planOf.set(id, plan);
		return { byId, planOf };
	});
	return unitIndex;
}

/** The unit a topic plan describes, with its published lessons in order. */
export async function getUnit(plan: Material): Promise<Unit<Material>> {
	return unitOf(plan, (await units()).byId);
}

/** Where a lesson stands in its unit, if a published topic plan lists it. */
export async function getPlace(id: string): Promise<Place<Material> | undefined> {
	const { byId, planOf } = await units();
	const plan = planOf.get(id);
	return plan ? placeOf(id, [plan, ...plan.data.lessons.flatMap((lesson) => byId.get(lesson) ?? [])]) : undefined;
}
