import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { EDITOR_CSP, headerRules, inlineHashes, parseHeaders, parseRedirects } from '../../src/lib/cdn.ts';
import {
	directive,
	findSecret,
	formatManifest,
	hashOrigins,
	headerProblems,
	localAddress,
	policyProblems,
	redirectProblems,
	servesPath,
	verifySite,
} from './verify.ts';

let dir: string;
const put = async (path: string, content: string | Buffer = 'x') => {
	await mkdir(dirname(join(dir, path)), { recursive: true });
	await writeFile(join(dir, path), content);
};
const hash = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
const ISLAND = 'customElements.define("astro-island", class {})';
const HEADERS = `/*\n  Content-Security-Policy: default-src 'self'; script-src 'self' ${hash(ISLAND)}\n\n/_astro/*\n  ! Cache-Control\n  Cache-Control: public, max-age=31536000, immutable\n`;

beforeEach(async () => {
	dir = await mkdtemp(join(tmpdir(), 'site-'));
	for (const file of [
		'index.html',
		'404.html',
		'robots.txt',
		'sitemap-index.xml',
		'materiali.json',
		'materiali.schema.json',
		'jaunumi.xml',
		'materiali/fizika/jauns/index.html',
	])
		await put(file);
	await put('izpilde/index.html', `<script>${ISLAND}</script>`);
	await put('_headers', HEADERS);
	await put('_redirects', '/materiali/fizika/vecs/ /materiali/fizika/jauns/ 301\n');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('verifySite', () => {
	test('a complete site verifies, with a manifest that changes with any file', async () => {
		const first = await verifySite(dir);
		expect(first.problems).toEqual([]);
		expect(first.files.map((f) => f.path)).toContain('materiali/fizika/jauns/index.html');
		await put('index.html', 'y');
		expect((await verifySite(dir)).manifest).not.toBe(first.manifest);
	});

	test('the manifest hash is the sha256 of the manifest file, which sha256sum can check', async () => {
		const { files, manifest } = await verifySite(dir);
		const text = formatManifest(files);
		expect(createHash('sha256').update(text).digest('hex')).toBe(manifest);
		expect(text.split('\n')[0]).toMatch(/^[0-9a-f]{64} {2}404\.html$/);
	});

	test('a redirect to an address the site does not have', async () => {
		await put('_redirects', '/materiali/a/ /materiali/nav/ 301\n');
		expect((await verifySite(dir)).problems).toEqual(['_redirects: /materiali/a/ leads to /materiali/nav/, which the site does not have']);
	});

	test('broken _headers and _redirects lines are named', async () => {
		await put('_headers', '/*\n  not a header\n');
		await put('_redirects', '/a /b 307\n');
		const { problems } = await verifySite(dir);
		expect(problems).toEqual([expect.stringMatching(/^_headers line 2/), expect.stringMatching(/^_redirects line 1/)]);
	});

	test('dotfiles, source maps, oversized files and missing pages are refused', async () => {
		await put('.env', 'SECRET=1');
		await put('_astro/app.js.map', '{}');
		await put('big.bin', Buffer.alloc(25 * 1024 * 1024 + 1));
		await rm(join(dir, '404.html'));
		const { problems } = await verifySite(dir);
		expect(problems).toEqual([
			'.env: must not be published (dotfile, source map or key)',
			'_astro/app.js.map: must not be published (dotfile, source map or key)',
			'big.bin: 25.0 MiB; at most 25 MiB per file',
			'404.html is missing',
		]);
	});

	test.each(['_worker.js', '_worker.js/index.js'])('%s, which Cloudflare would run as server code with the project’s secrets, is refused', async (path) => {
		await put(path, 'export default { fetch() {} }');
		await put('materiali/_worker.js', 'an attachment of that name, below the top, is only a file');
		expect((await verifySite(dir)).problems).toEqual([
			`${path}: Cloudflare would run it as the site's server code; the site is static, server code is in functions/`,
		]);
	});

	test('an inline script the policy does not allow is found before the CDN blocks it', async () => {
		await put('meklet/index.html', '<script>start()</script>');
		expect((await verifySite(dir)).problems).toEqual([`meklet/index.html: an inline script (${hash('start()')}) is not in script-src`]);
	});

	test('script-looking text in a material’s title is not a script the policy must allow', async () => {
		await put(
			'materiali/fizika/jauns/index.html',
			'<title><script>x()</script></title><meta name="description" content="<script>x()</script>"><h1>&lt;script&gt;x()&lt;/script&gt;</h1>',
		);
		expect((await verifySite(dir)).problems).toEqual([]);
	});

	test('secrets in any text file, and the deploy’s own credentials, are refused', async () => {
		await put('materiali/fizika/jauns/dati.csv', 'a,b\n-----BEGIN RSA PRIVATE KEY-----\n');
		await put('_astro/app.js', 'const t="cf-token-value-1234"');
		const { problems } = await verifySite(dir, '/', { secretValues: ['cf-token-value-1234'] });
		expect(problems).toEqual(['_astro/app.js: contains the value of a deploy credential', 'materiali/fizika/jauns/dati.csv: contains a private key']);
	});

	test('under a base path, redirects and pages are read with it', async () => {
		await put('_redirects', '/portals/materiali/fizika/vecs/ /portals/materiali/fizika/jauns/ 301\n');
		await put('_headers', HEADERS.replace('/*', '/portals/*').replace('/_astro/*', '/portals/_astro/*'));
		expect((await verifySite(dir, '/portals/')).problems).toEqual([]);
		// Read as if at the root, no rule matches a page and the redirect leads nowhere.
		const { problems } = await verifySite(dir);
		expect(problems.filter((p) => p.endsWith('no Content-Security-Policy applies'))).toHaveLength(4);
		expect(problems.at(-1)).toMatch(/which the site does not have$/);
	});
});

describe('_headers beyond its syntax', () => {
	test('Cloudflare’s limits: 100 rules, 2,000 characters a line, paths from / or https://, one * a path', () => {
		const text = `/*\n  Content-Security-Policy: ${'a'.repeat(2_000)}\nmaterials/*\n  X: y\n/a/*/b/*\n  X: y\n`;
		expect(headerProblems(text, parseHeaders(text))).toEqual([
			'_headers line 2: 2027 characters; at most 2000',
			'_headers: rule "materials/*" must start with / or https://',
			'_headers: rule "/a/*/b/*" has more than one *',
		]);
		const many = Array.from({ length: 101 }, (_, i) => `/p${i}\n  X: y\n`).join('');
		expect(headerProblems(many, parseHeaders(many))).toEqual(['_headers has 101 rules; at most 100']);
	});

	test('the policy must allow each inline script and style of the page it applies to', () => {
		const rules = parseHeaders(
			`/*\n  Content-Security-Policy: script-src 'self' ${hash('a()')}; style-src-elem 'self' ${hash('p{}')}\n/meklet/*\n  ! Content-Security-Policy\n`,
		);
		const pages = new Map(
			[
				['index.html', `<script>a()</script><style>p{}</style>`],
				['jomas/index.html', `<script>b()</script><style>q{}</style><script type="application/ld+json">{}</script>`],
				['meklet/index.html', ''],
			].map(([path, html]) => [path!, inlineHashes(html!)]),
		);
		expect(policyProblems(rules, pages)).toEqual([
			`jomas/index.html: an inline script (${hash('b()')}) is not in script-src`,
			`jomas/index.html: an inline style (${hash('q{}')}) is not in style-src-elem`,
			'meklet/index.html: no Content-Security-Policy applies',
		]);
		expect(
			policyProblems(parseHeaders("/*\n  Content-Security-Policy: script-src 'self' 'unsafe-inline'\n"), new Map([['index.html', inlineHashes('')]])),
		).toEqual(["index.html: script-src allows 'self' 'unsafe-inline'"]);
	});

	test('only the web editor’s pages may evaluate code, and only under the editor’s own policy', () => {
		const rules = headerRules({ base: '/', csp: "default-src 'self'; script-src 'self'" });
		const pages = new Map([
			['redaktors/index.html', inlineHashes('')],
			['index.html', inlineHashes('')],
		]);
		expect(policyProblems(rules, pages)).toEqual([]);
		const evalEverywhere = parseHeaders(`/*\n  Content-Security-Policy: ${EDITOR_CSP}\n`);
		expect(policyProblems(evalEverywhere, pages)).toEqual([`index.html: script-src allows 'self' 'unsafe-eval'`]);
		const otherEval = parseHeaders("/*\n  Content-Security-Policy: script-src 'self' 'unsafe-eval'\n");
		expect(policyProblems(otherEval, new Map([['redaktors/index.html', inlineHashes('')]]))).toEqual([
			`redaktors/index.html: script-src allows 'self' 'unsafe-eval'`,
		]);
		// An inline script on the editor's page is still refused: its policy has no hashes.
		expect(policyProblems(rules, new Map([['redaktors/index.html', inlineHashes('<script>a()</script>')]]))).toEqual([
			`redaktors/index.html: an inline script (${hash('a()')}) is not in script-src`,
		]);
	});

	test('an over-long policy line names the pages its hashes come from, those with hashes of their own first', () => {
		const island = inlineHashes(`<script>${ISLAND}</script>`);
		const pages = new Map([
			['index.html', island],
			['materiali/a/index.html', inlineHashes(`<script>${ISLAND}</script><style>p{}</style>`)],
			['materiali/b/index.html', inlineHashes('<script>b()</script><script>c()</script>')],
			['meklet/index.html', inlineHashes('<p>nav skriptu</p>')],
		]);
		const line = `  Content-Security-Policy: script-src 'self' ${hash(ISLAND)} ${hash('b()')} ${hash('c()')}; style-src-elem 'self' ${hash('p{}')}${' '.repeat(2_000)}`;
		const text = `/*\n${line}\n`;
		expect(hashOrigins(line, pages)).toBe('its 4 inline hashes come from 3 pages: materiali/a/index.html, materiali/b/index.html, index.html');
		expect(hashOrigins(line, pages, 1)).toBe('its 4 inline hashes come from 3 pages: materiali/a/index.html and 2 more');
		expect(headerProblems(text, parseHeaders(text), pages)).toEqual([
			`_headers line 2: ${line.length} characters; at most 2000; its 4 inline hashes come from 3 pages: materiali/a/index.html, materiali/b/index.html, index.html`,
		]);
		expect(hashOrigins("script-src 'self'", pages)).toBe('');
	});

	test('directive reads one directive’s sources', () => {
		expect(directive("default-src 'self'; script-src 'self' 'sha256-x'", 'script-src')).toEqual(["'self'", "'sha256-x'"]);
		expect(directive("default-src 'self'", 'style-src-elem')).toEqual([]);
	});
});

describe('_redirects beyond its syntax', () => {
	const serves = (path: string) => path.startsWith('/ir/');
	test('a source twice, a loop, a chain and a missing target', () => {
		const text = '/a/ /ir/ 301\n/a/ /ir/2/ 301\n/b/ /b/ 301\n/c/ /a/ 301\n/d/ /nav/ 301\n';
		expect(redirectProblems(text, parseRedirects(text), serves)).toEqual([
			'_redirects: /a/ is listed twice; only the first applies',
			'_redirects: /b/ leads to itself',
			'_redirects: /b/ leads to /b/, which the site does not have',
			'_redirects: /c/ leads to /a/, which redirects again',
			'_redirects: /d/ leads to /nav/, which the site does not have',
		]);
	});

	test('Cloudflare’s limits: 2,000 redirects, 1,000 characters a line', () => {
		const long = `/a/ /ir/${'x'.repeat(1_000)} 301\n`;
		expect(redirectProblems(long, parseRedirects(long), serves)).toEqual(['_redirects line 1: 1012 characters; at most 1000']);
		const many = Array.from({ length: 2_001 }, (_, i) => `/v${i}/ /ir/ 301\n`).join('');
		expect(redirectProblems(many, parseRedirects(many), serves)).toEqual(['_redirects has 2001 rules; at most 2000']);
	});
});

test('findSecret names the kind of secret, and ignores short or ordinary text', () => {
	expect(findSecret('token: ghp_' + 'a'.repeat(36))).toBe('a GitHub token');
	expect(findSecret('AKIAABCDEFGHIJKLMNOP')).toBe('an AWS access key');
	expect(findSecret('Droša parole: garš teikums ar cipariem 2026!', ['', 'short'])).toBeUndefined();
});

test('servesPath finds folders by their index.html, under the base path', () => {
	const paths = new Set(['index.html', 'a/index.html', 'f.pdf']);
	expect(servesPath(paths, '/')).toBe(true);
	expect(servesPath(paths, '/a/')).toBe(true);
	expect(servesPath(paths, '/f.pdf')).toBe(true);
	expect(servesPath(paths, '/b/')).toBe(false);
	expect(servesPath(paths, '/portals/a/', '/portals/')).toBe(true);
	expect(servesPath(paths, '/a/', '/portals/')).toBe(false);
});

describe('localAddress', () => {
	test('a site built for its public address passes', async () => {
		await put('index.html', '<link rel="canonical" href="https://materiali.example.lv/">');
		await put('jaunumi.xml', '<link>https://materiali.example.lv/</link>');
		expect(await localAddress(dir)).toBeUndefined();
	});

	test.each([
		['index.html', '<link rel="canonical" href="http://localhost:4321/">', 'http://localhost:4321'],
		['sitemap-0.xml', '<loc>http://127.0.0.1:8080/jomas/</loc>', 'http://127.0.0.1:8080'],
		['jaunumi.xml', '<link>https://localhost/materiali/</link>', 'https://localhost'],
		['materiali.json', '{"url":"http://[::1]:4321/materiali/fizika/x/"}', 'http://[::1]:4321'],
	])('a site built for this machine is named by the file and address: %s', async (file, text, address) => {
		await put(file, text);
		expect(await localAddress(dir)).toBe(`${file}: ${address}`);
	});

	test('a local address in a material’s text is not the site’s own', async () => {
		await put('materiali/fizika/jauns/index.html', '<p>Atver http://localhost:8888 savā datorā.</p>');
		expect(await localAddress(dir)).toBeUndefined();
	});
});
