/**
 * What the CDN (Cloudflare Pages) reads from the built site: `_headers` with cache and
 * security headers, `_redirects` for materials' earlier addresses. Plain functions, so
 * the build writes the files, the deploy script verifies them and tests check both.
 */
import { createHash } from 'node:crypto';

export interface HeaderRule {
	/** A path pattern; `*` matches anything. */
	path: string;
	/** Header lines in order; a name starting with "! " removes that header set by an earlier rule. */
	headers: [name: string, value: string][];
}

export interface Redirect {
	from: string;
	to: string;
	status: 301 | 302;
}

const YEAR = 'public, max-age=31536000, immutable';
/** Pages change with every merge: the CDN may keep them, but must ask again. */
const PAGE = 'public, max-age=0, must-revalidate';

/** Files other systems read: the catalogue, its schema and the feed. */
export const OPEN_DATA_PATHS = ['/materiali.json', '/materiali.schema.json', '/jaunumi.xml'];

/** Paths whose file names carry a content hash (or a version), so they may be cached for a year. */
export const IMMUTABLE_PATHS = ['/_astro/*', '/vendor/*', '/pagefind/fragment/*', '/pagefind/index/*', '/pagefind/filter/*'];

/**
 * How a page's text was decoded. `latin1` maps each byte to one character, so a build
 * scanning thousands of pages can skip UTF-8 decoding and still hash the exact bytes.
 */
export type PageEncoding = 'utf8' | 'latin1';

const cspHash = (source: string, encoding: PageEncoding) => `'sha256-${createHash('sha256').update(source, encoding).digest('base64')}'`;

/** sha256 sources for every inline script that runs (JSON-LD is data, not script). */
export function inlineScriptHashes(html: string, encoding: PageEncoding = 'utf8'): string[] {
	const hashes = new Set<string>();
	for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
		const attributes = match[1] ?? '';
		if (/\bsrc\s*=/.test(attributes) || /type\s*=\s*"?application\/(?:ld\+)?json/i.test(attributes)) continue;
		hashes.add(cspHash(match[2] ?? '', encoding));
	}
	return [...hashes].sort();
}

/** sha256 sources for every inline `<style>` element (Astro's island styles). */
export function inlineStyleHashes(html: string, encoding: PageEncoding = 'utf8'): string[] {
	return [...new Set([...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((match) => cspHash(match[1] ?? '', encoding)))].sort();
}

export interface PolicySources {
	scriptHashes: readonly string[];
	styleHashes?: readonly string[] | undefined;
	frameOrigins: readonly string[];
}

export function contentSecurityPolicy(options: PolicySources): string {
	return [
		"default-src 'self'",
		// Pagefind compiles its WebAssembly; Astro's island loader is inline and allowed by hash.
		`script-src 'self' 'wasm-unsafe-eval' ${options.scriptHashes.join(' ')}`.trim(),
		// KaTeX places glyphs with style attributes, so those stay allowed; <style> elements
		// only by hash. Browsers without the -elem/-attr directives fall back to style-src.
		"style-src 'self' 'unsafe-inline'",
		`style-src-elem 'self' ${(options.styleHashes ?? []).join(' ')}`.trim(),
		"style-src-attr 'unsafe-inline'",
		"img-src 'self' data:",
		"font-src 'self'",
		"connect-src 'self'",
		`frame-src ${options.frameOrigins.join(' ')}`,
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
		"frame-ancestors 'none'",
		'upgrade-insecure-requests',
	].join('; ');
}

export function headerRules(options: { base: string; csp: string }): HeaderRule[] {
	const at = (path: string) => `${options.base.replace(/\/$/, '')}${path}`;
	return [
		{
			path: at('/*'),
			headers: [
				['Cache-Control', PAGE],
				['Content-Security-Policy', options.csp],
				['Strict-Transport-Security', 'max-age=63072000; includeSubDomains'],
				['X-Content-Type-Options', 'nosniff'],
				['Referrer-Policy', 'strict-origin-when-cross-origin'],
				['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'],
				['Cross-Origin-Opener-Policy', 'same-origin'],
			],
		},
		// Open data: schools' own pages may fetch the catalogue and the feed from the browser.
		...OPEN_DATA_PATHS.map((path) => ({ path: at(path), headers: [['Access-Control-Allow-Origin', '*']] as [string, string][] })),
		...IMMUTABLE_PATHS.map((path) => ({
			path: at(path),
			headers: [
				['! Cache-Control', ''],
				['Cache-Control', YEAR],
			] as [string, string][],
		})),
	];
}

export function formatHeaders(rules: readonly HeaderRule[]): string {
	return rules.map((rule) => [rule.path, ...rule.headers.map(([name, value]) => (name.startsWith('! ') ? `  ${name}` : `  ${name}: ${value}`))].join('\n')).join('\n\n') + '\n';
}

/** Reads a `_headers` file back; throws on a line it cannot place, naming the line. */
export function parseHeaders(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	text.split('\n').forEach((line, i) => {
		if (!line.trim() || line.trim().startsWith('#')) return;
		if (!/^\s/.test(line)) {
			rules.push({ path: line.trim(), headers: [] });
			return;
		}
		const rule = rules.at(-1);
		const detach = /^\s+(!\s*[\w-]+)\s*$/.exec(line);
		const header = /^\s+([\w-]+):\s*(.+)$/.exec(line);
		if (!rule || (!detach && !header)) throw new Error(`_headers line ${i + 1}: not a path or a "Name: value" header: ${line}`);
		rule.headers.push(detach ? [detach[1]!.replace(/\s+/, ' '), ''] : [header![1]!, header![2]!]);
	});
	return rules;
}

export function formatRedirects(redirects: readonly Redirect[]): string {
	return redirects.map((r) => `${r.from} ${r.to} ${r.status}`).join('\n') + (redirects.length > 0 ? '\n' : '');
}

export function parseRedirects(text: string): Redirect[] {
	return text
		.split('\n')
		.map((line, i) => [line.trim(), i + 1] as const)
		.filter(([line]) => line && !line.startsWith('#'))
		.map(([line, number]) => {
			const [from, to, status, ...rest] = line.split(/\s+/);
			if (!from?.startsWith('/') || !to || rest.length > 0 || (status !== '301' && status !== '302')) {
				throw new Error(`_redirects line ${number}: expected "/from /to 301", found: ${line}`);
			}
			return { from, to, status: Number(status) as 301 | 302 };
		});
}

/** The header values a path gets, with later matching rules adding to or removing from earlier ones. */
export function headersFor(rules: readonly HeaderRule[], path: string): Map<string, string> {
	const result = new Map<string, string>();
	for (const rule of rules) {
		const pattern = new RegExp(`^${rule.path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
		if (!pattern.test(path)) continue;
		for (const [name, value] of rule.headers) {
			if (name.startsWith('! ')) result.delete(name.slice(2).toLowerCase());
			else result.set(name.toLowerCase(), result.has(name.toLowerCase()) ? `${result.get(name.toLowerCase())}, ${value}` : value);
		}
	}
	return result;
}
