/**
 * KaTeX's stylesheet and fonts, served from the site itself (no third-party CDN) and
 * only linked from pages that contain math. The version is in the path, so the files
 * can be cached for good.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { vendoredPackage } from './vendored.ts';

const { dir: katexDir, prefix } = vendoredPackage('katex');

export const KATEX_PREFIX = prefix;
export const KATEX_CSS = `/${KATEX_PREFIX}/katex.min.css`;

/** Every file to publish, keyed by its path under KATEX_PREFIX. */
export function katexFiles(): Map<string, () => Uint8Array | string> {
	const files = new Map<string, () => Uint8Array | string>();
	// Every browser that renders this site reads WOFF2, so the CSS lists only those fonts.
	files.set('katex.min.css', () =>
		readFileSync(join(katexDir, 'dist/katex-swap.min.css'), 'utf8').replace(/,url\(fonts\/[^)]+\.(?:woff|ttf)\) format\("(?:woff|truetype)"\)/g, ''),
	);
	for (const font of readdirSync(join(katexDir, 'dist/fonts')).filter((f) => f.endsWith('.woff2'))) {
		files.set(`fonts/${font}`, () => readFileSync(join(katexDir, 'dist/fonts', font)));
	}
	return files;
}
