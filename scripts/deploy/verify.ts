/**
 * Checks a built site against what Cloudflare Pages accepts and what this site needs,
 * before anything is uploaded: file count and sizes within the platform's limits,
 * `_headers` and `_redirects` readable and within their limits, every redirect
 * target present, a Content-Security-Policy that allows every inline script and style
 * the pages contain, no dotfiles, source maps, key files or secrets, the home and 404
 * pages there.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import {
	EDITOR_CSP,
	EDITOR_PATH,
	headersFor,
	inlineHashes,
	parseHeaders,
	parseRedirects,
	type HeaderRule,
	type InlineHashes,
	type Redirect,
} from '../../src/lib/cdn.ts';

/** Cloudflare Pages limits (developers.cloudflare.com/pages/platform/limits, …/configuration/headers, …/redirects). */
export const LIMITS = { files: 20_000, fileBytes: 25 * 1024 * 1024, headerRules: 100, headerLineChars: 2_000, redirects: 2_000, redirectLineChars: 1_000 };

/** What the site must contain for the CDN, search engines and other systems. */
export const REQUIRED = [
	'index.html',
	'404.html',
	'_headers',
	'_redirects',
	'robots.txt',
	'sitemap-index.xml',
	'materiali.json',
	'materiali.schema.json',
	'jaunumi.xml',
];

export interface SiteFile {
	path: string;
	bytes: number;
	sha256: string;
}

export interface Verification {
	files: SiteFile[];
	totalBytes: number;
	/** sha256 of the manifest (`formatManifest`): equal manifests, equal sites. */
	manifest: string;
	problems: string[];
}

const FORBIDDEN = [/(^|\/)\.[^/]+/, /\.map$/, /(^|\/)(?:id_rsa|id_ed25519|.*\.pem|.*\.key|.*\.p12|\.env.*)$/];
/**
 * A `_worker.js` file or folder at the top of the upload would run on Cloudflare as the
 * project's server code, with its secrets, in place of `functions/`. Server code comes only
 * from the checked-out repository's `functions/` (a pull request's preview: the default
 * branch's), never from a built site.
 */
const WORKER = /^_worker\.js(?:$|\/)/;

/** Shapes of credentials that must never be published, whatever file they are in. */
const SECRET_PATTERNS: [name: string, pattern: RegExp][] = [
	['a private key', /-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----/],
	['a GitHub token', /\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{50,})\b/],
	['an AWS access key', /\bAKIA[0-9A-Z]{16}\b/],
	['a Slack token', /\bxox[abprs]-[A-Za-z0-9-]{10,}/],
];
/** Environment variables whose values must not appear in the site (the deploy's own credentials). */
export const SECRET_VARIABLES = ['CLOUDFLARE_API_TOKEN', 'CLOUDFLARE_ACCOUNT_ID', 'GITHUB_TOKEN', 'ACTIONS_RUNTIME_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
const TEXT = new Set(['', '.html', '.js', '.mjs', '.css', '.json', '.xml', '.txt', '.csv', '.md', '.svg', '.webmanifest']);

/** Files whose addresses other systems keep: the home page's canonical link, the sitemap, the feed, the catalogue. */
export const ADDRESSED = ['index.html', 'sitemap-index.xml', 'sitemap-0.xml', 'jaunumi.xml', 'materiali.json'];
const LOCAL_ORIGIN = /\bhttps?:\/\/(?:localhost|127(?:\.\d{1,3}){3}|\[::1\]|0\.0\.0\.0)(?::\d+)?(?=[/"'<\s])/i;

/**
 * The first of the site's addressed files that points at this machine: a site built
 * without SITE_URL (Astro's default, http://localhost:4321) would publish canonical
 * links, a sitemap and a feed no one else can open. Returns "file: address".
 */
export async function localAddress(dir: string): Promise<string | undefined> {
	for (const file of ADDRESSED) {
		const text = await readFile(join(dir, file), 'utf8').catch(() => '');
		const found = LOCAL_ORIGIN.exec(text)?.[0];
		if (found) return `${file}: ${found}`;
	}
	return undefined;
}

/** Names the secret a file's text contains, if any; `values` are exact strings to look for (from the environment). */
export function findSecret(text: string, values: readonly string[] = []): string | undefined {
	for (const [name, pattern] of SECRET_PATTERNS) if (pattern.test(text)) return name;
	return values.some((value) => value.length >= 8 && text.includes(value)) ? 'the value of a deploy credential' : undefined;
}

/** One line per file in `sha256sum` form, sorted by path: `cd dist && sha256sum -c` checks a copy of the site. */
export const formatManifest = (files: readonly SiteFile[]): string => files.map((f) => `${f.sha256}  ${f.path}\n`).join('');

const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/** Every file of the site with size and sha256, by path; `read` sees each file's content once, in that order. */
export async function listFiles(dir: string, read?: (path: string, content: Buffer) => void): Promise<SiteFile[]> {
	const paths = (await readdir(dir, { recursive: true, withFileTypes: true }))
		.filter((entry) => entry.isFile())
		.map((entry) => ({ path: join(entry.parentPath, entry.name).slice(dir.length).replace(/^\/+/, '') }))
		.sort(byPath);
	const files: SiteFile[] = [];
	for (const { path } of paths) {
		const content = await readFile(join(dir, path));
		read?.(path, content);
		files.push({ path, bytes: content.byteLength, sha256: createHash('sha256').update(content).digest('hex') });
	}
	return files;
}

/** Does a site path resolve to a file, the way the CDN serves it (folders by their index.html)? */
export function servesPath(paths: ReadonlySet<string>, urlPath: string, base = '/'): boolean {
	const prefix = base.replace(/\/$/, '');
	if (!urlPath.startsWith(`${prefix}/`)) return false;
	const path = decodeURIComponent(urlPath.slice(prefix.length + 1));
	return path === '' ? paths.has('index.html') : paths.has(path) || paths.has(`${path.replace(/\/$/, '')}/index.html`);
}

/**
 * The pages whose inline scripts and styles put the hashes of a `_headers` line there,
 * those with hashes few other pages share first: hashes a material's text turned into
 * are on its page alone. Empty when the line holds no page's hash.
 */
export function hashOrigins(line: string, pages: ReadonlyMap<string, InlineHashes>, shown = 5): string {
	const sharing = new Map<string, number>();
	for (const { scriptHashes, styleHashes } of pages.values())
		for (const hash of [...scriptHashes, ...styleHashes]) if (line.includes(hash)) sharing.set(hash, (sharing.get(hash) ?? 0) + 1);
	const rarest = [...pages]
		.map(([path, { scriptHashes, styleHashes }]) => ({
			path,
			shared: Math.min(...[...scriptHashes, ...styleHashes].map((hash) => sharing.get(hash) ?? Infinity)),
		}))
		.filter((page) => page.shared !== Infinity)
		.sort((a, b) => a.shared - b.shared || (a.path < b.path ? -1 : 1));
	if (rarest.length === 0) return '';
	const more = rarest.length > shown ? ` and ${rarest.length - shown} more` : '';
	return `its ${sharing.size} inline hashes come from ${rarest.length} pages: ${rarest
		.slice(0, shown)
		.map((page) => page.path)
		.join(', ')}${more}`;
}

/** What Cloudflare would refuse or ignore in `_headers` beyond its syntax; an over-long line names the pages its hashes come from. */
export function headerProblems(text: string, rules: readonly HeaderRule[], pages: ReadonlyMap<string, InlineHashes> = new Map()): string[] {
	const problems: string[] = [];
	if (rules.length > LIMITS.headerRules) problems.push(`_headers has ${rules.length} rules; at most ${LIMITS.headerRules}`);
	text.split('\n').forEach((line, i) => {
		if (line.length <= LIMITS.headerLineChars) return;
		const origins = hashOrigins(line, pages);
		problems.push(`_headers line ${i + 1}: ${line.length} characters; at most ${LIMITS.headerLineChars}${origins ? `; ${origins}` : ''}`);
	});
	for (const { path } of rules) {
		if (!path.startsWith('/') && !path.startsWith('https://')) problems.push(`_headers: rule "${path}" must start with / or https://`);
		if ((path.match(/\*/g) ?? []).length > 1) problems.push(`_headers: rule "${path}" has more than one *`);
	}
	return problems;
}

/** What would make `_redirects` misbehave: limits, a source listed twice, loops and chains, missing targets. */
export function redirectProblems(text: string, redirects: readonly Redirect[], serves: (path: string) => boolean): string[] {
	const problems: string[] = [];
	if (redirects.length > LIMITS.redirects) problems.push(`_redirects has ${redirects.length} rules; at most ${LIMITS.redirects}`);
	text.split('\n').forEach((line, i) => {
		if (line.length > LIMITS.redirectLineChars) problems.push(`_redirects line ${i + 1}: ${line.length} characters; at most ${LIMITS.redirectLineChars}`);
	});
	const sources = new Set<string>();
	for (const { from, to } of redirects) {
		if (sources.has(from)) problems.push(`_redirects: ${from} is listed twice; only the first applies`);
		sources.add(from);
		if (from === to) problems.push(`_redirects: ${from} leads to itself`);
	}
	for (const { from, to } of redirects) {
		if (from !== to && sources.has(to)) problems.push(`_redirects: ${from} leads to ${to}, which redirects again`);
		else if (!serves(to)) problems.push(`_redirects: ${from} leads to ${to}, which the site does not have`);
	}
	return problems;
}

/** Sources of one CSP directive, e.g. `script-src`. */
export function directive(csp: string, name: string): string[] {
	const found = csp
		.split(';')
		.map((part) => part.trim().split(/\s+/))
		.find(([key]) => key === name);
	return found?.slice(1) ?? [];
}

/** Does the policy the pages get allow each inline script and style they contain (`inlineHashes` of each page)? */
export function policyProblems(rules: readonly HeaderRule[], pages: ReadonlyMap<string, InlineHashes>, base = '/'): string[] {
	const problems: string[] = [];
	for (const [path, { scriptHashes, styleHashes }] of pages) {
		const urlPath = `${base.replace(/\/$/, '')}/${path.replace(/(^|\/)index\.html$/, '$1')}`;
		const csp = headersFor(rules, urlPath).get('content-security-policy');
		if (!csp) {
			problems.push(`${path}: no Content-Security-Policy applies`);
			continue;
		}
		const scripts = directive(csp, 'script-src');
		// The web editor's pages alone may evaluate code (Decap CMS needs it), and only under the editor's own policy.
		const editor = csp === EDITOR_CSP && urlPath.startsWith(`${base.replace(/\/$/, '')}${EDITOR_PATH.replace(/\*$/, '')}`);
		if (scripts.some((source) => source === "'unsafe-inline'" || (source === "'unsafe-eval'" && !editor)))
			problems.push(`${path}: script-src allows ${scripts.join(' ')}`);
		for (const hash of scriptHashes) if (!scripts.includes(hash)) problems.push(`${path}: an inline script (${hash}) is not in script-src`);
		const styles = directive(csp, 'style-src-elem');
		for (const hash of styleHashes)
			if (styles.length > 0 && !styles.includes(hash)) problems.push(`${path}: an inline style (${hash}) is not in style-src-elem`);
	}
	return problems;
}

export async function verifySite(dir: string, base = '/', options: { secretValues?: readonly string[] } = {}): Promise<Verification> {
	const problems: string[] = [];
	const pages = new Map<string, InlineHashes>();
	const texts = new Map<string, string>();
	const files = await listFiles(dir, (path, content) => {
		const ext = extname(path);
		if (!TEXT.has(ext) || content.byteLength > LIMITS.fileBytes) return;
		const text = content.toString('utf8');
		if (ext === '.html') pages.set(path, inlineHashes(text));
		if (path === '_headers' || path === '_redirects') texts.set(path, text);
		const secret = findSecret(text, options.secretValues);
		if (secret) problems.push(`${path}: contains ${secret}`);
	});
	const paths = new Set(files.map((f) => f.path));
	if (files.length > LIMITS.files) problems.push(`${files.length} files; Cloudflare Pages takes at most ${LIMITS.files}`);
	for (const file of files) {
		if (file.bytes > LIMITS.fileBytes) problems.push(`${file.path}: ${(file.bytes / 1024 / 1024).toFixed(1)} MiB; at most 25 MiB per file`);
		if (file.path !== '_headers' && file.path !== '_redirects' && FORBIDDEN.some((pattern) => pattern.test(file.path)))
			problems.push(`${file.path}: must not be published (dotfile, source map or key)`);
		if (WORKER.test(file.path))
			problems.push(`${file.path}: Cloudflare would run it as the site's server code; the site is static, server code is in functions/`);
	}
	for (const required of REQUIRED) if (!paths.has(required)) problems.push(`${required} is missing`);
	const headers = texts.get('_headers');
	if (headers !== undefined) {
		try {
			const rules = parseHeaders(headers);
			problems.push(...headerProblems(headers, rules, pages));
			if (!rules.some((rule) => rule.headers.some(([name]) => name === 'Content-Security-Policy'))) problems.push('_headers sets no Content-Security-Policy');
			else problems.push(...policyProblems(rules, pages, base));
		} catch (error) {
			problems.push((error as Error).message);
		}
	}
	const redirects = texts.get('_redirects');
	if (redirects !== undefined) {
		try {
			problems.push(...redirectProblems(redirects, parseRedirects(redirects), (to) => servesPath(paths, to, base)));
		} catch (error) {
			problems.push((error as Error).message);
		}
	}
	const manifest = createHash('sha256').update(formatManifest(files)).digest('hex');
	return { files, totalBytes: files.reduce((sum, f) => sum + f.bytes, 0), manifest, problems };
}
