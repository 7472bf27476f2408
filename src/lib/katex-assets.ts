/**
 * KaTeX's stylesheet and fonts, served from the site itself (no third-party CDN) and
 * only linked from pages that contain math. The version is in the path, so the files
 * can be cached for good.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const katexDir = dirname(require.resolve('katex/package.json'));
const version = (JSON.parse(readFileSync(join(katexDir, 'package.json'), 'utf8')) as { version: string }).version;

export const KATEX_PREFIX = `vendor/katex-${version}`;
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
