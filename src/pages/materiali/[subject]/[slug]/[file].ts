/** Publishes each material's attachments next to its page, at /materiali/<id>/<file>. */
import { readFile } from 'node:fs/promises';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { attachmentDetails } from '../../../../lib/attachments.ts';

export const getStaticPaths = (async () => {
	const materials = await getCollection('materials');
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
