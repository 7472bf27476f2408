/** robots.txt: everything may be crawled; the sitemap lists the pages worth it. */
import type { APIRoute } from 'astro';
import { href } from '../lib/urls.ts';

export const GET: APIRoute = ({ site }) =>
	new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(href('/sitemap-index.xml'), site).href}\n`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
