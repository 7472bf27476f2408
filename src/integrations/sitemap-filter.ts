/**
 * Which pages the sitemap lists: every built page except those marked noindex (a
 * material's earlier address, the 404 page). Reading the built page keeps one rule,
 * the page's own robots meta, for search engines and the sitemap alike.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const isNoindex = (html: string): boolean => /<meta\s+name="robots"\s+content="[^"]*noindex/i.test(html);

export function indexablePages(outDir: string, base: string): (page: string) => boolean {
	const prefix = base.replace(/\/$/, '');
	return (page) => {
		const path = decodeURIComponent(new URL(page).pathname).slice(prefix.length);
		if (path.endsWith('.html')) return false;
		try {
			return !isNoindex(readFileSync(join(outDir, path, 'index.html'), 'utf8'));
		} catch {
			return false;
		}
	};
}
