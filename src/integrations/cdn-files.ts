/**
 * After the build, writes what the CDN reads: `_headers` (cache and security headers,
 * with a Content-Security-Policy that allows exactly the inline scripts the pages
 * contain) and `_redirects` (materials' earlier addresses, from /cdn/redirects.txt).
 */
import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { VIDEO_EMBED_ORIGINS } from '../authoring/components.ts';
import { contentSecurityPolicy, formatHeaders, headerRules, inlineScriptHashes } from '../lib/cdn.ts';

export async function writeCdnFiles(outDir: string, base: string): Promise<{ scriptHashes: string[] }> {
	const hashes = new Set<string>();
	for (const file of await readdir(outDir, { recursive: true })) {
		if (file.endsWith('.html')) for (const hash of inlineScriptHashes(await readFile(join(outDir, file), 'utf8'))) hashes.add(hash);
	}
	const scriptHashes = [...hashes].sort();
	const csp = contentSecurityPolicy({ scriptHashes, frameOrigins: VIDEO_EMBED_ORIGINS });
	await writeFile(join(outDir, '_headers'), formatHeaders(headerRules({ base, csp })));
	await rename(join(outDir, 'cdn', 'redirects.txt'), join(outDir, '_redirects'));
	await rm(join(outDir, 'cdn'), { recursive: true, force: true });
	return { scriptHashes };
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
				const { scriptHashes } = await writeCdnFiles(fileURLToPath(dir), base);
				logger.info(`_headers and _redirects written; ${scriptHashes.length} inline script(s) allowed by hash`);
			},
		},
	};
}
