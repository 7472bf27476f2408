/**
 * The published materials, for pages. The collection also holds drafts (so editors
 * can offer completion while an author writes one); every page reads through here so
 * no draft can reach the site.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';

export type Material = CollectionEntry<'materials'>;

export const isPublished = (material: Material): boolean => material.data.status === 'publicets';

export function getPublishedMaterials(): Promise<Material[]> {
	return getCollection('materials', isPublished);
}

export async function getPublishedMaterial(id: string): Promise<Material | undefined> {
	const material = await getEntry('materials', id);
	return material && isPublished(material) ? material : undefined;
}
