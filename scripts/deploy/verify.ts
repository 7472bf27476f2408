/**
 * Checks a built site against what Cloudflare Pages accepts and what this site needs,
 * before anything is uploaded: file count and sizes within the platform's limits,
 * `_headers` and `_redirects` readable and within their limits, every redirect
 * target present, no dotfiles, source maps or key files, the home and 404 pages there.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseHeaders, parseRedirects } from '../../src/lib/cdn.ts';

/** Cloudflare Pages limits (developers.cloudflare.com/pages/platform/limits). */
export const LIMITS = { files: 20_000, fileBytes: 25 * 1024 * 1024, headerRules: 100, redirects: 2_000 };

export interface SiteFile {
	path: string;
	bytes: number;
	sha256: string;
}

export interface Verification {
	files: SiteFile[];
	totalBytes: number;
	/** sha256 of the sorted list of paths and their hashes: equal manifests, equal sites. */
	manifest: string;
	problems: string[];
}

const FORBIDDEN = [/(^|\/)\.[^/]+/, /\.map$/, /(^|\/)(?:id_rsa|.*\.pem|.*\.key|\.env.*)$/];

export async function listFiles(dir: string): Promise<SiteFile[]> {
	const files: SiteFile[] = [];
	for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const full = join(entry.parentPath, entry.name);
		const path = full.slice(dir.length).replace(/^\/+/, '');
		const content = await readFile(full);
		files.push({ path, bytes: (await stat(full)).size, sha256: createHash('sha256').update(content).digest('hex') });
	}
	return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Does a site path resolve to a file, the way the CDN serves it (folders by their index.html)? */
export function servesPath(paths: ReadonlySet<string>, urlPath: string, base = '/'): boolean {
	const prefix = base.replace(/\/$/, '');
	if (!urlPath.startsWith(`${prefix}/`)) return false;
	const path = decodeURIComponent(urlPath.slice(prefix.length + 1));
	return path === '' ? paths.has('index.html') : paths.has(path) || paths.has(`${path.replace(/\/$/, '')}/index.html`);
}

export async function verifySite(dir: string, base = '/'): Promise<Verification> {
	const files = await listFiles(dir);
	const paths = new Set(files.map((f) => f.path));
	const problems: string[] = [];
	if (files.length > LIMITS.files) problems.push(`${files.length} files; Cloudflare Pages takes at most ${LIMITS.files}`);
	for (const file of files) {
		if (file.bytes > LIMITS.fileBytes) problems.push(`${file.path}: ${(file.bytes / 1024 / 1024).toFixed(1)} MiB; at most 25 MiB per file`);
		if (file.path !== '_headers' && file.path !== '_redirects' && FORBIDDEN.some((pattern) => pattern.test(file.path))) problems.push(`${file.path}: must not be published (dotfile, source map or key)`);
	}
	for (const required of ['index.html', '404.html', '_headers', '_redirects', 'robots.txt', 'sitemap-index.xml', 'materiali.json', 'jaunumi.xml']) {
		if (!paths.has(required)) problems.push(`${required} is missing`);
	}
	if (paths.has('_headers')) {
		try {
			const rules = parseHeaders(await readFile(join(dir, '_headers'), 'utf8'));
			if (rules.length > LIMITS.headerRules) problems.push(`_headers has ${rules.length} rules; at most ${LIMITS.headerRules}`);
			if (!rules.some((rule) => rule.headers.some(([name]) => name === 'Content-Security-Policy'))) problems.push('_headers sets no Content-Security-Policy');
		} catch (error) {
			problems.push((error as Error).message);
		}
	}
	if (paths.has('_redirects')) {
		try {
			const redirects = parseRedirects(await readFile(join(dir, '_redirects'), 'utf8'));
			if (redirects.length > LIMITS.redirects) problems.push(`_redirects has ${redirects.length} rules; at most ${LIMITS.redirects}`);
			for (const r of redirects) if (!servesPath(paths, r.to, base)) problems.push(`_redirects: ${r.from} leads to ${r.to}, which the site does not have`);
		} catch (error) {
			problems.push((error as Error).message);
		}
	}
	const manifest = createHash('sha256')
		.update(files.map((f) => `${f.path} ${f.sha256}\n`).join(''))
		.digest('hex');
	return { files, totalBytes: files.reduce((sum, f) => sum + f.bytes, 0), manifest, problems };
}
