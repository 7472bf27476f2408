import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { VIDEO_EMBED_ORIGINS, videoEmbed } from '../authoring/components.ts';
import { contentSecurityPolicy, formatHeaders, formatRedirects, headerRules, headersFor, inlineScriptHashes, inlineStyleHashes, parseHeaders, parseRedirects } from './cdn.ts';

const hash = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;

describe('inline hashes', () => {
	test('hash the scripts that run, skip external scripts and JSON-LD', () => {
		const html = '<script>alert(1)</script><script type="module" src="/a.js"></script><script type="application/ld+json">{"a":1}</script><script type="module">go()</script>';
		expect(inlineScriptHashes(html)).toEqual([hash('alert(1)'), hash('go()')].sort());
	});

	test('hash each <style> element once; style attributes are not elements', () => {
		const html = '<style>a{color:red}</style><p style="color:blue"></p><style media="print">a{color:red}</style>';
		expect(inlineStyleHashes(html)).toEqual([hash('a{color:red}')]);
	});

	test('a page read as bytes (latin1) gets the same hashes as the page read as text', () => {
		const html = '<script>meklē("ābols")</script><style>q::before{content:"„"}</style>';
		const bytes = Buffer.from(html, 'utf8').toString('latin1');
		expect(inlineScriptHashes(bytes, 'latin1')).toEqual([hash('meklē("ābols")')]);
		expect(inlineStyleHashes(bytes, 'latin1')).toEqual(inlineStyleHashes(html));
		// Decoded as UTF-8 but hashed as latin1 would differ: the encoding is not cosmetic.
		expect(inlineScriptHashes(html, 'latin1')).not.toEqual(inlineScriptHashes(html));
	});
});

describe('_headers', () => {
	const csp = contentSecurityPolicy({ scriptHashes: ["'sha256-abc'"], styleHashes: ["'sha256-def'"], frameOrigins: ['https://player.vimeo.com'] });
	const rules = headerRules({ base: '/', csp });

	test('the policy allows Pagefind’s WebAssembly, hashed inline scripts and the video hosts, and nothing else from elsewhere', () => {
		expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-abc'");
		expect(csp).toContain('frame-src https://player.vimeo.com');
		expect(csp).toContain("object-src 'none'");
		expect(csp).not.toContain("'unsafe-eval'");
		expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
	});

	test('style attributes (KaTeX) are allowed, <style> elements only by hash', () => {
		expect(csp).toContain("style-src-elem 'self' 'sha256-def'");
		expect(csp).toContain("style-src-attr 'unsafe-inline'");
		expect(csp).not.toMatch(/style-src-elem[^;]*'unsafe-inline'/);
	});

	test('every host a video may be embedded from is a frame source', () => {
		const embeds = ['https://www.youtube.com/watch?v=dQw4w9WgXcQ', 'https://youtu.be/dQw4w9WgXcQ', 'https://vimeo.com/123456789'].map((url) => new URL(videoEmbed(url)!.embed).origin);
		expect(new Set(embeds)).toEqual(new Set(VIDEO_EMBED_ORIGINS));
		expect(contentSecurityPolicy({ scriptHashes: [], frameOrigins: VIDEO_EMBED_ORIGINS })).toContain(`frame-src ${VIDEO_EMBED_ORIGINS.join(' ')};`);
	});

	test('pages get a short cache and the security headers; hashed assets a year', () => {
		const page = headersFor(rules, '/materiali/fizika/a/');
		expect(page.get('cache-control')).toBe('public, max-age=0, must-revalidate');
		expect(page.get('content-security-policy')).toBe(csp);
		expect(page.get('x-content-type-options')).toBe('nosniff');
		expect(headersFor(rules, '/_astro/client.abc123.js').get('cache-control')).toBe('public, max-age=31536000, immutable');
		expect(headersFor(rules, '/pagefind/fragment/lv_1a2b.pf_fragment').get('cache-control')).toBe('public, max-age=31536000, immutable');
		// Pagefind's entry file keeps its name from build to build: it must not be cached for long.
		expect(headersFor(rules, '/pagefind/pagefind-entry.json').get('cache-control')).toBe('public, max-age=0, must-revalidate');
	});

	test('the catalogue and the feed may be read from other sites; pages may not be framed', () => {
		for (const path of ['/materiali.json', '/materiali.schema.json', '/jaunumi.xml']) expect(headersFor(rules, path).get('access-control-allow-origin'), path).toBe('*');
		expect(headersFor(rules, '/').has('access-control-allow-origin')).toBe(false);
		expect(csp).toContain("frame-ancestors 'none'");
		// FLoC, which `interest-cohort` opted out of, is gone from every browser; a policy names only real features.
		expect(headersFor(rules, '/').get('permissions-policy')).not.toContain('interest-cohort');
	});

	test('survive a round trip through the file format', () => {
		expect(parseHeaders(formatHeaders(rules))).toEqual(rules);
	});

	test('paths carry the base path', () => {
		expect(headerRules({ base: '/portals/', csp }).map((r) => r.path)).toContain('/portals/_astro/*');
	});
});

describe('_redirects', () => {
	test('round trip, and refusal of a malformed line with its number', () => {
		const redirects = [{ from: '/materiali/a/vecs/', to: '/materiali/a/jauns/', status: 301 as const }];
		expect(parseRedirects(formatRedirects(redirects))).toEqual(redirects);
		expect(formatRedirects([])).toBe('');
		expect(() => parseRedirects('# comment\n/a /b 301\nnot-a-path /b 301\n')).toThrow(/line 3/);
	});
});
