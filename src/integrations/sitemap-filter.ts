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

/**
 * Reads the head of the built page behind a sitemap URL, or undefined when it is not an
 * HTML page. Only the head: the filter and the serializer run for each of thousands of pages.
 */
function builtPage(outDir: string, base: string): (page: string) => string | undefined {
	const prefix = base.replace(/\/$/, '');
	return (page) => {
		const path = decodeURIComponent(new URL(page).pathname).slice(prefix.length);
		if (path.endsWith('.html')) return undefined;
		try {
			return readHead(join(outDir, path, 'index.html'));
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
