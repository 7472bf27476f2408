/** Publishes each material's attachments next to its page, at /materiali/<id>/<file>. */
import { readFile } from 'node:fs/promises';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getPublishedMaterials } from '../../../../data/materials.ts';
import { attachmentDetails } from '../../../../lib/attachments.ts';

export const getStaticPaths = (async () => {
	const materials = await getPublishedMaterials();
	// One copy each, at the current address: earlier addresses reach it through _redirects (src/pages/cdn/redirects.txt.ts).
	return materials.flatMap((entry) => {
		const [subject, slug] = entry.id.split('/');
		return attachmentDetails(entry.id, entry.filePath ?? '', entry.data.attachments).map((attachment) => ({
			params: { subject, slug, file: attachment.file },
			props: { source: attachment.source },
		}));
	});
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
	const body = await readFile((props as { source: string }).source);
	return new Response(new Uint8Array(body));
};
