/** Each published material's search document: indexed after the build, and read by the search page for excerpts. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getPublishedMaterials, type Material } from '../../../../data/materials.ts';
import { searchDocument } from '../../../../lib/search-document.ts';
import { href, materialPath } from '../../../../lib/urls.ts';

export const getStaticPaths = (async () => {
	const materials = await getPublishedMaterials();
	return materials.map((entry) => {
		const [subject, slug] = entry.id.split('/');
		return { params: { subject, slug }, props: { entry } };
	});
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
	const { entry } = props as { entry: Material };
	const text = typeof entry.rendered?.metadata?.text === 'string' ? entry.rendered.metadata.text : '';
	return new Response(JSON.stringify(searchDocument(entry, href(materialPath(entry.id)), text)), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
