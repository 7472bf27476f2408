/**
 * What the CDN (Cloudflare Pages) reads from the built site: `_headers` with cache and
 * security headers, `_redirects` for materials' earlier addresses. Plain functions, so
 * the build writes the files, the deploy script verifies them and tests check both.
 */
import { createHash, randomUUID } from 'node:crypto';
import { html as html5, parse, type DefaultTreeAdapterTypes, type Token } from 'parse5';

type Element = DefaultTreeAdapterTypes.Element;
type ParentNode = DefaultTreeAdapterTypes.ParentNode;

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

/** Files of the results board (/izpilde/) and the type each must be served with. */
export const EXPORT_TYPES: Readonly<Record<string, string>> = {
	'/izpilde/*.ods': 'application/vnd.oasis.opendocument.spreadsheet',
	'/izpilde/*.csv': 'text/csv; charset=utf-8',
};

/** Paths whose file names carry a content hash (or a version), so they may be cached for a year. */
export const IMMUTABLE_PATHS = ['/_astro/*', '/vendor/*', '/pagefind/fragment/*', '/pagefind/index/*', '/pagefind/filter/*'];

/**
 * How a page's text was decoded. `latin1` maps each byte to one character, so a build
 * scanning thousands of pages can skip UTF-8 decoding and still hash the exact bytes.
 */
export type PageEncoding = 'utf8' | 'latin1';

const cspHash = (source: string, encoding: PageEncoding) => `'sha256-${createHash('sha256').update(source, encoding).digest('base64')}'`;

/** An inline `<script>` or `<style>` element: its attributes and its text as the browser hashes it. */
interface InlineElement {
	tagName: 'script' | 'style';
	attrs: Token.Attribute[];
	source: string;
}

/**
 * The `<script>` and `<style>` elements a browser's parser finds in a page. Only a real
 * parser knows that `<script>` in an attribute value, a comment, `<title>`, `<textarea>`
 * or `<noscript>` is text, and where a script ends. Only HTML elements count: SVG's are
 * parsed as markup (entities decoded), the site emits none, and unhashed they are blocked.
 */
function inlineElements(html: string, encoding: PageEncoding): InlineElement[] {
	const cut = parseUpTo(html);
	if (cut === 0) return [];
	if (cut < html.length) {
		const found = elementsIn(`${html.slice(0, cut)}<script>${SENTINEL}</script>`, encoding);
		if (found.at(-1)?.source === SENTINEL && found.at(-1)?.tagName === 'script') return found.slice(0, -1);
	}
	return elementsIn(html, encoding);
}

/** A script no page can contain (a new one each run), appended where parsing stops. */
const SENTINEL = `cdn-scan-${randomUUID()}`;

/**
 * How much of a page the parser must read: nothing without `<script` or `<style`; up to
 * the `>` after the last `</script` or `</style` when no element starts later (a
 * material page has its one JSON-LD script in the head and tens of kB of formulas
 * after it); else all. Parsing is a streaming algorithm, so the elements before the cut
 * are the same, provided the cut falls where the parser reads fresh markup: the
 * sentinel script after it is then an element of its own, and if not (the cut fell in
 * a comment, attribute, title or SVG) the whole page is parsed.
 */
function parseUpTo(html: string): number {
	let lastOpen = -1;
	let lastClose = -1;
	for (const match of html.matchAll(/<(\/?)(?:script|style)/gi)) {
		if (match[1]) lastClose = match.index;
		else lastOpen = match.index;
	}
	if (lastOpen === -1) return 0;
	const end = lastClose > lastOpen ? html.indexOf('>', lastClose) + 1 : 0;
	return end > 0 ? end : html.length;
}

function elementsIn(html: string, encoding: PageEncoding): InlineElement[] {
	const found: InlineElement[] = [];
	const visit = (node: ParentNode) => {
		for (const child of node.childNodes) {
			if (!('tagName' in child)) continue;
			if ((child.tagName === 'script' || child.tagName === 'style') && child.namespaceURI === html5.NS.HTML) {
				found.push({ tagName: child.tagName, attrs: child.attrs, source: sourceText(html, child, encoding) });
			}
			visit('content' in child ? child.content : child);
		}
	};
	visit(parse(html, { sourceCodeLocationInfo: true }));
	return found;
}

/** U+FFFD as the page's text holds it: a page read as `latin1` holds its UTF-8 bytes. */
const REPLACEMENT: Record<PageEncoding, string> = { utf8: '\uFFFD', latin1: Buffer.from('\uFFFD').toString('latin1') };

/**
 * An element's text as the browser hashes it: a slice of the file (so a page read as
 * `latin1` keeps its bytes), after what the tokenizer does to script and style text:
 * line endings become \n, NUL becomes U+FFFD. Chromium allows a script only by the hash
 * of that text, not of the raw CRLF bytes.
 */
function sourceText(html: string, element: Element, encoding: PageEncoding): string {
	const first = element.childNodes[0]?.sourceCodeLocation;
	const last = element.childNodes.at(-1)?.sourceCodeLocation;
	return first && last ? html.slice(first.startOffset, last.endOffset).replace(/\r\n?/g, '\n').replaceAll('\0', REPLACEMENT[encoding]) : '';
}

const attribute = (element: InlineElement, name: string) => element.attrs.find((attr) => attr.name === name)?.value;

/** External scripts bring their own code; JSON and JSON-LD are data the browser never runs. */
const runsInline = (script: InlineElement) =>
	attribute(script, 'src') === undefined && !/^\s*application\/(?:ld\+)?json\s*$/i.test(attribute(script, 'type') ?? '');

export interface InlineHashes {
	scriptHashes: string[];
	styleHashes: string[];
}

/** sha256 sources for a page's inline scripts that run and its `<style>` elements, from one parse. */
export function inlineHashes(html: string, encoding: PageEncoding = 'utf8'): InlineHashes {
	const elements = inlineElements(html, encoding);
	const hashes = (wanted: (element: InlineElement) => boolean) =>
		[...new Set(elements.filter(wanted).map((element) => cspHash(element.source, encoding)))].sort();
	return {
		scriptHashes: hashes((element) => element.tagName === 'script' && runsInline(element)),
		styleHashes: hashes((element) => element.tagName === 'style'),
	};
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

/** The web editor's pages (src/pages/redaktors/): they get their own policy, below. */
export const EDITOR_PATH = '/redaktors/*';

/**
 * The web editor's policy, for its pages only: Decap CMS compiles its configuration
 * schema with `new Function` (ajv) and styles itself with inline styles (emotion), reads
 * uploads through blob: URLs and talks to GitHub's API. The rest of the site keeps its
 * strict policy; these pages have no author content, only the editor's own script.
 */
export const EDITOR_CSP = [
	"default-src 'self'",
	"script-src 'self' 'unsafe-eval'",
	"style-src 'self' 'unsafe-inline'",
	"img-src 'self' data: blob: https://avatars.githubusercontent.com https://raw.githubusercontent.com",
	"font-src 'self'",
	"connect-src 'self' blob: https://api.github.com",
	"frame-src 'self' blob:",
	"worker-src 'self' blob:",
	"object-src 'none'",
	"base-uri 'none'",
	"form-action 'none'",
	"frame-ancestors 'none'",
].join('; ');

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
		{
			path: at(EDITOR_PATH),
			headers: [
				['! Content-Security-Policy', ''],
				['Content-Security-Policy', EDITOR_CSP],
				// The GitHub sign-in popup (functions/api/) answers through window.opener, which same-origin would cut.
				['! Cross-Origin-Opener-Policy', ''],
				['Cross-Origin-Opener-Policy', 'same-origin-allow-popups'],
				['X-Robots-Tag', 'noindex'],
			],
		},
		// Open data: schools' own pages may fetch the catalogue and the feed from the browser.
		...OPEN_DATA_PATHS.map((path) => ({ path: at(path), headers: [['Access-Control-Allow-Origin', '*']] as [string, string][] })),
		// The results board's exports: a spreadsheet and CSV files whose type a CDN's own table may not know or may leave without a charset.
		...Object.entries(EXPORT_TYPES).map(([path, type]) => ({ path: at(path), headers: [['Content-Type', type]] as [string, string][] })),
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
	return (
		rules
			.map((rule) => [rule.path, ...rule.headers.map(([name, value]) => (name.startsWith('! ') ? `  ${name}` : `  ${name}: ${value}`))].join('\n'))
			.join('\n\n') + '\n'
	);
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
