/** JSON Schema (draft 2020-12) of /materiali.json, generated from the zod schema. */
import type { APIRoute } from 'astro';
import { catalogueJsonSchema } from '../schemas/catalogue.ts';
import { href } from '../lib/urls.ts';

export const GET: APIRoute = ({ site }) =>
	new Response(JSON.stringify(catalogueJsonSchema(new URL(href('/materiali.schema.json'), site).href), null, '\t'), {
		headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
	});
