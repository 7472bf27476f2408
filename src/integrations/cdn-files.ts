/**
 * After the build, writes what the CDN reads: `_headers` (cache and security headers,
 * with a Content-Security-Policy that allows exactly the inline scripts and styles the
 * pages contain) and `_redirects` (materials' earlier addresses, from /cdn/redirects.txt).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { VIDEO_EMBED_ORIGINS } from '../authoring/components.ts';
import { contentSecurityPolicy, formatHeaders, headerRules, inlineHashes, type InlineHashes } from '../lib/cdn.ts';

/**
 * The hashes of every inline script and `<style>` element in the built pages. Read as
 * bytes (latin1): at 10,000 pages that is a tenth of the time of decoding them as text,
 * and the parser treats every byte above 0x7F as an ordinary character, so the
 * elements it finds and the slices hashed are the same.
 */
function siteInlineHashes(outDir: string): InlineHashes {
	const scripts = new Set<string>();
	const styles = new Set<string>();
	for (const file of readdirSync(outDir, { recursive: true, encoding: 'utf8' }).sort()) {
		if (!file.endsWith('.html')) continue;
		const page = inlineHashes(readFileSync(join(outDir, file)).toString('latin1'), 'latin1');
		for (const hash of page.scriptHashes) scripts.add(hash);
		for (const hash of page.styleHashes) styles.add(hash);
	}
	return { scriptHashes: [...scripts].sort(), styleHashes: [...styles].sort() };
}

export async function writeCdnFiles(outDir: string, base: string): Promise<InlineHashes> {
	const hashes = siteInlineHashes(outDir);
	const csp = contentSecurityPolicy({ ...hashes, frameOrigins: VIDEO_EMBED_ORIGINS });
	await writeFile(join(outDir, '_headers'), formatHeaders(headerRules({ base, csp })));
	await rename(join(outDir, 'cdn', 'redirects.txt'), join(outDir, '_redirects'));
	await rm(join(outDir, 'cdn'), { recursive: true, force: true });
	return hashes;
}

export function cdnFiles(): AstroIntegration {
	let base = '/';
	return {
		name: 'cdn-files',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const { scriptHashes, styleHashes } = await writeCdnFiles(fileURLToPath(dir), base);
				logger.info(`_headers and _redirects written; ${scriptHashes.length} inline script(s) and ${styleHashes.length} inline style(s) allowed by hash`);
			},
		},
	};
}
