/**
 * Earlier addresses of renamed or moved materials, in `_redirects` form. The CDN
 * integration (src/integrations/cdn-files.ts) moves this file to `/_redirects`: Astro
 * does not route files whose names start with "_". The HTML pages at the old
 * addresses stay as a fallback for hosts without redirects.
 */
import type { APIRoute } from 'astro';
import { getPublishedMaterials } from '../../data/materials.ts';
import { formatRedirects } from '../../lib/cdn.ts';
import { href, materialPath } from '../../lib/urls.ts';

export const GET: APIRoute = async () => {
	const materials = await getPublishedMaterials();
	const redirects = materials.flatMap((m) => m.data.aliases.map((alias) => ({ from: href(materialPath(alias)), to: href(materialPath(m.id)), status: 301 as const })));
	return new Response(formatRedirects(redirects.sort((a, b) => a.from.localeCompare(b.from))));
};
