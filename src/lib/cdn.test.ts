import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { html as html5, parse, type DefaultTreeAdapterTypes } from 'parse5';
import { describe, expect, test } from 'vitest';
import { VIDEO_EMBED_ORIGINS, videoEmbed } from '../authoring/components.ts';
import {
	type InlineHashes,
	type PageEncoding,
	contentSecurityPolicy,
	formatHeaders,
	formatRedirects,
	headerRules,
	EDITOR_CSP,
	headersFor,
	inlineHashes,
	parseHeaders,
	parseRedirects,
} from './cdn.ts';

const inlineScriptHashes = (html: string, encoding?: PageEncoding) => inlineHashes(html, encoding).scriptHashes;
const inlineStyleHashes = (html: string, encoding?: PageEncoding) => inlineHashes(html, encoding).styleHashes;

const hash = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;

describe('inline hashes', () => {
	const SCRIPT = '<script>window.__pwned=1</script>';
	const STYLE = '<style>body{display:none}</style>';
	/** A page around `body`, with one real script and style that must be found whatever surrounds them. */
	const page = (head: string, body = '') => `<!doctype html><html><head>${head}<script>real()</script><style>p{}</style></head><body>${body}</body></html>`;
	const REAL = { scriptHashes: [hash('real()')], styleHashes: [hash('p{}')] };

	test('hash the scripts that run, skip external scripts and JSON-LD', () => {
		const html =
			'<script>alert(1)</script><script type="module" src="/a.js"></script><script type="application/ld+json">{"a":1}</script><script type="module">go()</script>';
		expect(inlineScriptHashes(html)).toEqual([hash('alert(1)'), hash('go()')].sort());
	});

	test('hash each <style> element once; style attributes are not elements', () => {
		const html = '<style>a{color:red}</style><p style="color:blue"></p><style media="print">a{color:red}</style>';
		expect(inlineStyleHashes(html)).toEqual([hash('a{color:red}')]);
	});

	test.each([
		['a double-quoted attribute', (tag: string) => page(`<meta name="description" content="${tag}">`)],
		['a single-quoted attribute', (tag: string) => page(`<meta property='og:title' content='${tag}'>`)],
		['an unquoted attribute', (tag: string) => page('', `<abbr title=${tag}>a</abbr>`)],
		['an attribute that closes another element first', (tag: string) => page('', `<abbr title="</abbr>${tag}">a</abbr>`)],
		['a comment', (tag: string) => page(`<!-- ${tag} -->`)],
		['<title>', (tag: string) => page(`<title>${tag}</title>`)],
		['<title>, after a </title>-looking attribute', (tag: string) => page(`<title>a</title><meta content="</title>${tag}">`)],
		['<textarea>', (tag: string) => page('', `<textarea>${tag}</textarea>`)],
		['<noscript>', (tag: string) => page('', `<noscript>${tag}</noscript>`)],
		['escaped text', (tag: string) => page('', `<p>${tag.replaceAll('<', '&lt;').replaceAll('>', '&gt;')}</p><code>&lt;${tag.slice(1)}</code>`)],
	])('script and style text in %s is not an element', (_, around) => {
		for (const tag of [SCRIPT, STYLE]) expect(inlineHashes(around(tag)), tag).toEqual(REAL);
	});

	test('script and style text in a real script’s string is part of that script', () => {
		const code = `const s = "${SCRIPT.replace('</', '<\\/')}${STYLE.replace('</', '<\\/')}";`;
		expect(inlineHashes(`<script>${code}</script>`)).toEqual({ scriptHashes: [hash(code)], styleHashes: [] });
	});

	test('a script ends where the tokenizer says: at </script followed by space, / or >, in any case; not inside <!--<script>', () => {
		expect(inlineScriptHashes('<script>a="</script >";b()</script>')).toEqual([hash('a="')]);
		expect(inlineScriptHashes('<script>a="</SCRIPT\t>";b()</script>')).toEqual([hash('a="')]);
		expect(inlineScriptHashes('<script>a="</scripts>"</script>')).toEqual([hash('a="</scripts>"')]);
		// The double-escaped state: a </script> after <!--<script> does not end the script.
		expect(inlineScriptHashes('<script><!--<script>x()</script>-->y()</script>')).toEqual([hash('<!--<script>x()</script>-->y()')]);
		expect(inlineStyleHashes('<style>a::after{content:"</STYLE/>"}</style>')).toEqual([hash('a::after{content:"')]);
	});

	test('upper- and mixed-case tags are elements', () => {
		expect(inlineHashes('<SCRIPT>a()</SCRIPT><ScRiPt TYPE="module">b()</sCrIpT><STYLE>p{}</STYLE>')).toEqual({
			scriptHashes: [hash('a()'), hash('b()')].sort(),
			styleHashes: [hash('p{}')],
		});
	});

	test('which scripts run: modules do; src, JSON and JSON-LD do not; look-alike attributes change nothing', () => {
		const html = [
			'<script type="module">m()</script>',
			'<script type="application/ld+json">{"@type":"Course"}</script>',
			'<script type="APPLICATION/JSON">{"a":1}</script>',
			'<script src="/a.js">ignored()</script>',
			'<script src>empty()</script>',
			'<script data-src="/a.js">d()</script>',
			'<script data-type="application/json">j()</script>',
		].join('');
		expect(inlineScriptHashes(html)).toEqual([hash('m()'), hash('d()'), hash('j()')].sort());
	});

	test('a <style> in a real element’s attribute does not count, one in a <template> does', () => {
		expect(inlineStyleHashes('<div data-x="<style>q{}</style>"><template><style>t{}</style><script>t()</script></template></div>')).toEqual([hash('t{}')]);
		expect(inlineScriptHashes('<template><script>t()</script></template>')).toEqual([hash('t()')]);
	});

	test('SVG’s script and style are not HTML elements and are not hashed', () => {
		expect(inlineHashes('<svg><style>circle{}</style><script>s()</script></svg>')).toEqual({ scriptHashes: [], styleHashes: [] });
		// An SVG <template> is no HTML template: it has no content fragment to look into.
		expect(inlineHashes('<svg><template><script>s()</script></template></svg><style>p{}</style>')).toEqual({ scriptHashes: [], styleHashes: [hash('p{}')] });
	});

	test('the hash is of the text the browser sees: CRLF and CR become LF, NUL becomes U+FFFD', () => {
		expect(inlineScriptHashes('<script>a();\r\nb();\rc();</script>')).toEqual([hash('a();\nb();\nc();')]);
		expect(inlineStyleHashes('<style>p{}\0</style>')).toEqual([hash('p{}\uFFFD')]);
		expect(inlineStyleHashes(Buffer.from('<style>p{}\0</style>').toString('latin1'), 'latin1')).toEqual([hash('p{}\uFFFD')]);
	});

	test('a page is parsed up to its last script or style only where the parser would read fresh markup there', () => {
		const formulas = '<p>' + '<span class="katex">x</span>'.repeat(1_000) + '</p>';
		const head = '<script type="application/ld+json">{}</script><style>p{}</style>';
		expect(inlineHashes(`<head>${head}</head><body>${formulas}</body>`)).toEqual({ scriptHashes: [], styleHashes: [hash('p{}')] });
		// Cut after the last </style> or </script>, these would end inside a <title>, a <style> or a comment: all is read.
		expect(inlineHashes(`<title><style>x</style>${formulas}</title>`)).toEqual({ scriptHashes: [], styleHashes: [] });
		expect(inlineHashes(`<style>a</script>b${formulas}`)).toEqual({ scriptHashes: [], styleHashes: [hash(`a</script>b${formulas}`)] });
		expect(inlineHashes(`<!--</style>--><script>s()</script><!--</script>${formulas}-->`)).toEqual({ scriptHashes: [hash('s()')], styleHashes: [] });
	});

	test('a page read as bytes (latin1) gets the same hashes as the page read as text', () => {
		const html = '<script>meklē("ābols")</script><style>q::before{content:"„"}</style>';
		const bytes = Buffer.from(html, 'utf8').toString('latin1');
		expect(inlineScriptHashes(bytes, 'latin1')).toEqual([hash('meklē("ābols")')]);
		expect(inlineStyleHashes(bytes, 'latin1')).toEqual(inlineStyleHashes(html));
		// Decoded as UTF-8 but hashed as latin1 would differ: the encoding is not cosmetic.
		expect(inlineScriptHashes(html, 'latin1')).not.toEqual(inlineScriptHashes(html));
	});

	test('Latvian text around and inside scripts and styles: the same elements and hashes from bytes as from text', () => {
		const html = [
			'<!doctype html><html lang="lv"><head><title>Ķīmija: &lt;script&gt; un „pēdiņas”</title>',
			'<meta name="description" content="Ūdens — <script>ļauns()</script> ģērbonis">',
			'<script>const vārds = "Ģirts Šņore";\r\nconsole.log(`${vārds} — ĀČĒĢĪĶĻŅŠŪŽ āčēģīķļņšūž`);</script>',
			'<style>.piezīme::before{content:"Uzmanību — ļoti svarīgi"}</style></head>',
			'<body><p title=\'Ēdiens <style>x{}</style>\'>Čaulas 😀</p><script type="module">import("./ābele.js")</script></body></html>',
		].join('\n');
		const bytes = Buffer.from(html, 'utf8').toString('latin1');
		const expected = {
			scriptHashes: [hash('const vārds = "Ģirts Šņore";\nconsole.log(`${vārds} — ĀČĒĢĪĶĻŅŠŪŽ āčēģīķļņšūž`);'), hash('import("./ābele.js")')].sort(),
			styleHashes: [hash('.piezīme::before{content:"Uzmanību — ļoti svarīgi"}')],
		};
		expect(inlineHashes(html)).toEqual(expected);
		expect(inlineHashes(bytes, 'latin1')).toEqual(expected);
	});
});

/** An independent reading for the property test: parse5's whole tree, each element's text as the tokenizer emitted it. */
function wholeTreeHashes(html: string): InlineHashes {
	const found: InlineHashes = { scriptHashes: [], styleHashes: [] };
	const visit = (node: DefaultTreeAdapterTypes.ParentNode) => {
		for (const child of node.childNodes) {
			if (!('tagName' in child)) continue;
			const text = child.childNodes.map((text) => ('value' in text ? text.value : '')).join('');
			const type = child.attrs.find((attr) => attr.name === 'type')?.value ?? '';
			const data = child.attrs.some((attr) => attr.name === 'src') || /^\s*application\/(?:ld\+)?json\s*$/i.test(type);
			if (child.namespaceURI === html5.NS.HTML && child.tagName === 'script' && !data) found.scriptHashes.push(hash(text));
			if (child.namespaceURI === html5.NS.HTML && child.tagName === 'style') found.styleHashes.push(hash(text));
			visit('content' in child ? child.content : child);
		}
	};
	visit(parse(html));
	return { scriptHashes: [...new Set(found.scriptHashes)].sort(), styleHashes: [...new Set(found.styleHashes)].sort() };
}

describe('inline hashes of any markup', () => {
	/** Pieces that switch the tokenizer's state, in any order: the parse that stops early must agree with the whole tree. */
	const PIECES = [
		'<script>',
		'</script>',
		'</SCRIPT >',
		'<script type="application/ld+json">',
		'<script src=x>',
		'<style>',
		'</style>',
		'<!--',
		'-->',
		'<!--<script>',
		'<title>',
		'</title>',
		'<textarea>',
		'</textarea>',
		'<noscript>',
		'</noscript>',
		'<svg>',
		'</svg>',
		'<math><mi>',
		'</mi></math>',
		'<template>',
		'</template>',
		'<table>',
		'<p title="',
		"<p title='",
		'"',
		"'",
		'>',
		'<![CDATA[',
		']]>',
		'a();',
		'ā',
		'€',
		'\r\n',
		'\0',
		'&lt;script&gt;',
		' ',
	];

	test('the elements found are those of the whole tree, and bytes read as latin1 give the same hashes', () => {
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (pieces) => {
				const html = pieces.join('');
				expect(inlineHashes(html)).toEqual(wholeTreeHashes(html));
				expect(inlineHashes(Buffer.from(html).toString('latin1'), 'latin1')).toEqual(wholeTreeHashes(html));
			}),
			{ numRuns: 3_000 },
		);
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
		const embeds = ['https://www.youtube.com/watch?v=dQw4w9WgXcQ', 'https://youtu.be/dQw4w9WgXcQ', 'https://vimeo.com/123456789'].map(
			(url) => new URL(videoEmbed(url)!.embed).origin,
		);
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
		for (const path of ['/materiali.json', '/materiali.schema.json', '/jaunumi.xml'])
			expect(headersFor(rules, path).get('access-control-allow-origin'), path).toBe('*');
		expect(headersFor(rules, '/').has('access-control-allow-origin')).toBe(false);
		expect(csp).toContain("frame-ancestors 'none'");
		// FLoC, which `interest-cohort` opted out of, is gone from every browser; a policy names only real features.
		expect(headersFor(rules, '/').get('permissions-policy')).not.toContain('interest-cohort');
	});

	test('the web editor alone gets its own policy, which allows eval, and keeps its sign-in popup’s opener; the site’s policy is unchanged', () => {
		const editor = headersFor(rules, '/redaktors/');
		expect(editor.get('content-security-policy')).toBe(EDITOR_CSP);
		expect(EDITOR_CSP).toContain("script-src 'self' 'unsafe-eval'");
		expect(EDITOR_CSP).toContain("connect-src 'self' blob: https://api.github.com");
		expect(EDITOR_CSP).toContain("frame-ancestors 'none'");
		expect(editor.get('cross-origin-opener-policy')).toBe('same-origin-allow-popups');
		expect(editor.get('x-robots-tag')).toBe('noindex');
		for (const path of ['/', '/materiali/fizika/a/', '/redaktori/', '/meklet/']) {
			expect(headersFor(rules, path).get('content-security-policy'), path).toBe(csp);
			expect(headersFor(rules, path).get('cross-origin-opener-policy'), path).toBe('same-origin');
		}
		expect(headersFor(headerRules({ base: '/portals/', csp }), '/portals/redaktors/').get('content-security-policy')).toBe(EDITOR_CSP);
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
