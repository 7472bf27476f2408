/**
 * Which pages the sitemap lists, and when they last changed: every built page except
 * those marked noindex (a material's earlier address, the 404 page); a material's
 * `lastmod` is its update date. Reading the built page keeps one source for each: the
 * page's own robots meta and its `article:modified_time`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const isNoindex = (html: string): boolean => /<meta\s+name="robots"\s+content="[^"]*noindex/i.test(html);

/** A material page's update date (YYYY-MM-DD) from its Open Graph tags. */
export const modifiedDate = (html: string): string | undefined => /<meta\s+property="article:modified_time"\s+content="(\d{4}-\d{2}-\d{2})/.exec(html)?.[1];

/** Reads the built page behind a sitemap URL, or undefined when it is not an HTML page. */
function builtPage(outDir: string, base: string): (page: string) => string | undefined {
	const prefix = base.replace(/\/$/, '');
	return (page) => {
		const path = decodeURIComponent(new URL(page).pathname).slice(prefix.length);
		if (path.endsWith('.html')) return undefined;
		try {
			return readFileSync(join(outDir, path, 'index.html'), 'utf8');
		} catch {
			return undefined;
		}
	};
}

export function indexablePages(outDir: string, base: string): (page: string) => boolean {
	const read = builtPage(outDir, base);
	return (page) => {
		const html = read(page);
		return html !== undefined && !isNoindex(html);
	};
}

/** For @astrojs/sitemap's `serialize`: adds `lastmod` to material pages. */
export function withLastModified(outDir: string, base: string): <T extends { url: string; lastmod?: string | undefined }>(item: T) => T {
	const read = builtPage(outDir, base);
	return (item) => {
		const modified = modifiedDate(read(item.url) ?? '');
		return modified ? { ...item, lastmod: modified } : item;
	};
}
