/** The open catalogue of published materials; documented by /materiali.schema.json. */
import type { APIRoute } from 'astro';
import { getPublishedMaterials } from '../data/materials.ts';
import { catalogue } from '../lib/catalogue.ts';
import { href } from '../lib/urls.ts';

export const GET: APIRoute = async ({ site }) => {
	const materials = await getPublishedMaterials();
	const body = catalogue(materials, (path) => new URL(href(path), site).href);
	return new Response(JSON.stringify(body, null, '\t'), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
