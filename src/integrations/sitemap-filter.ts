/**
 * Which pages the sitemap lists, and when they last changed: every built page except
 * those marked noindex (a material's earlier address, the 404 page); a material's
 * `lastmod` is its update date. Reading the built page keeps one source for each: the
 * page's own robots meta and its `article:modified_time`.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';

export const isNoindex = (html: string): boolean => /<meta\s+name="robots"\s+content="[^"]*noindex/i.test(html);

/** A material page's update date (YYYY-MM-DD) from its Open Graph tags. */
export const modifiedDate = (html: string): string | undefined => /<meta\s+property="article:modified_time"\s+content="(\d{4}-\d{2}-\d{2})/.exec(html)?.[1];

/** Bytes read at a time: a page's head is a few kilobytes, its body often fifty. */
const CHUNK = 8192;

/** The `<head>` of a built HTML file (the whole file if it has none). */
function readHead(file: string): string {
	const fd = openSync(file, 'r');
	try {
		const buffer = Buffer.alloc(CHUNK);
		// A character split between two reads is joined again by the decoder.
		const decoder = new StringDecoder('utf8');
		let html = '';
		for (let read = readSync(fd, buffer); read > 0; read = readSync(fd, buffer)) {
			html += decoder.write(buffer.subarray(0, read));
			const end = html.indexOf('</head>');
			if (end >= 0) return html.slice(0, end);
		}
		return html;
	} finally {
		closeSync(fd);
	}
}

interface PageFacts {
	indexable: boolean;
	modified: string | undefined;
}

/**
 * What the sitemap needs from the built page behind a URL, read once per page (only its
 * head: the filter and the serializer each run for every one of thousands of pages).
 */
function pageFacts(outDir: string, base: string): (page: string) => PageFacts {
	const prefix = base.replace(/\/$/, '');
	const known = new Map<string, PageFacts>();
	return (page) => {
		let facts = known.get(page);
		if (!facts) {
			facts = { indexable: false, modified: undefined };
			const path = decodeURIComponent(new URL(page).pathname).slice(prefix.length);
			// A file (404.html) is not a page of the sitemap. Every other URL Astro hands over is a
			// page it has just written as <path>/index.html: if that cannot be read, the build's
			// layout is not what this reads, and every page would silently drop out of the sitemap.
			if (!/\.[a-z0-9]+$/i.test(path)) {
				const file = join(outDir, path, 'index.html');
				let head: string;
				try {
					head = readHead(file);
				} catch (error) {
					throw new Error(
						`sitemap: cannot read the built page of ${page} at ${file} (${(error as Error).message}). The sitemap reads each page's robots meta and update date from the built file; see src/integrations/sitemap-filter.ts.`,
						{ cause: error },
					);
				}
				facts = { indexable: !isNoindex(head), modified: modifiedDate(head) };
			}
			known.set(page, facts);
		}
		return facts;
	};
}

/** For @astrojs/sitemap: `filter` leaves out noindex pages, `serialize` adds `lastmod` to material pages. */
export function sitemapOptions(
	outDir: string,
	base: string,
): {
	filter: (page: string) => boolean;
	serialize: <T extends { url: string; lastmod?: string | undefined }>(item: T) => T;
} {
	const facts = pageFacts(outDir, base);
	return {
		filter: (page) => facts(page).indexable,
		serialize: (item) => {
			const { modified } = facts(item.url);
			return modified ? { ...item, lastmod: modified } : item;
		},
	};
}
