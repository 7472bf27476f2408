/**
 * After the build, writes what the CDN reads: `_headers` (cache and security headers,
 * with a Content-Security-Policy that allows exactly the inline scripts and styles the
 * pages contain) and `_redirects` (materials' earlier addresses, from /cdn/redirects.txt).
 */
import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { VIDEO_EMBED_ORIGINS } from '../authoring/components.ts';
import { contentSecurityPolicy, formatHeaders, headerRules, inlineScriptHashes, inlineStyleHashes } from '../lib/cdn.ts';

/** The hashes of every inline script and `<style>` element in the built pages. */
async function inlineHashes(outDir: string): Promise<{ scriptHashes: string[]; styleHashes: string[] }> {
	const scripts = new Set<string>();
	const styles = new Set<string>();
	for (const file of (await readdir(outDir, { recursive: true })).sort()) {
		if (!file.endsWith('.html')) continue;
		const html = await readFile(join(outDir, file), 'utf8');
		for (const hash of inlineScriptHashes(html)) scripts.add(hash);
		for (const hash of inlineStyleHashes(html)) styles.add(hash);
	}
	return { scriptHashes: [...scripts].sort(), styleHashes: [...styles].sort() };
}

export async function writeCdnFiles(outDir: string, base: string): Promise<{ scriptHashes: string[]; styleHashes: string[] }> {
	const hashes = await inlineHashes(outDir);
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
