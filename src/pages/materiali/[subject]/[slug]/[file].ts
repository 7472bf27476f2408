/** Publishes each material's attachments next to its page, at /materiali/<id>/<file>. */
import { readFile } from 'node:fs/promises';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getPublishedMaterials } from '../../../../data/materials.ts';
import { attachmentDetails } from '../../../../lib/attachments.ts';

export const getStaticPaths = (async () => {
	const materials = await getPublishedMaterials();
	// Attachments stay downloadable at a moved material's earlier addresses too: teachers keep links to them.
	return materials.flatMap((entry) => {
		const attachments = attachmentDetails(entry.id, entry.filePath ?? '', entry.data.attachments);
		return [entry.id, ...entry.data.aliases].flatMap((id) => {
			const [subject, slug] = id.split('/');
			return attachments.map((attachment) => ({ params: { subject, slug, file: attachment.file }, props: { source: attachment.source } }));
		});
	});
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
	const body = await readFile((props as { source: string }).source);
	return new Response(new Uint8Array(body));
};
