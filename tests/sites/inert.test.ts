/**
 * Materials whose titles, summaries and text look like markup pass the content check,
 * and stay text: built for real and opened in Chromium, with the site's headers and
 * without them, no author's script runs, and the Content-Security-Policy allows exactly
 * the inline scripts and styles the browser itself finds in the pages, none made of
 * an author's text.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { directive, verifySite } from '../../scripts/deploy/verify.ts';
import { headersFor, parseHeaders, type HeaderRule } from '../../src/lib/cdn.ts';
import { astro, exec } from './run.ts';

const inert = 'tests/fixtures/inert/materials';

/** What the fixture's authors try to run; any of it running sets this or opens a dialog. */
const PAYLOADS = ['window.__pwned=1', 'alert(1)'];
/** A page outside the site with a script nobody hashed: proves the checks below see a script that runs, and the policy block one. */
const CANARY = '/__kanarijputnins/';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.woff2': 'font/woff2',
	'.wasm': 'application/wasm',
	'.xml': 'application/xml',
};

/** Serves the built site as the CDN would: folders by their index.html, each path with the headers `_headers` gives it (when `rules` are given). */
function serve(dir: string, rules: readonly HeaderRule[] | undefined): Promise<Server> {
	const server = createServer(async (request, response) => {
		const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
		let file = join(dir, path);
		let status = 200;
		if (path === CANARY) {
			response.writeHead(200, { 'content-type': TYPES['.html']!, ...Object.fromEntries(rules ? headersFor(rules, path) : []) });
			response.end('<!doctype html><title>Kanārijputniņš</title><script>window.__pwned=1</script>');
			return;
		}
		if (!file.startsWith(dir)) file = join(dir, '404.html');
		else if ((await stat(file).catch(() => undefined))?.isDirectory()) file = join(file, 'index.html');
		const body = await readFile(file).catch(async () => {
			status = 404;
			return readFile(join(dir, '404.html'));
		});
		const headers = rules ? Object.fromEntries(headersFor(rules, path)) : {};
		response.writeHead(status, { ...headers, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
		response.end(body);
	});
	return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

/** The inline scripts and `<style>` elements as Chromium parsed them, text as it hashes it. */
function inlineElementsInPage(): { scripts: string[]; styles: string[] } {
	const scripts: string[] = [];
	const styles: string[] = [];
	const roots: ParentNode[] = [document];
	for (let node = roots.pop(); node; node = roots.pop()) {
		for (const template of node.querySelectorAll('template')) roots.push(template.content);
		for (const script of node.querySelectorAll('script')) {
			if (!(script instanceof HTMLScriptElement) || script.hasAttribute('src') || /^\s*application\/(?:ld\+)?json\s*$/i.test(script.type)) continue;
			scripts.push(script.text);
		}
		for (const style of node.querySelectorAll('style')) if (style instanceof HTMLStyleElement) styles.push(style.textContent ?? '');
	}
	return { scripts, styles };
}

interface Visit {
	url: string;
	pwned: unknown;
	dialogs: string[];
	violations: string[];
	scripts: string[];
	styles: string[];
}

/** Opens each address in one Chromium page and records what ran, what the policy blocked and the inline elements. */
async function visitAll(browser: Browser, origin: string, paths: readonly string[]): Promise<Visit[]> {
	const context = await browser.newContext();
	await context.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { __violations: string[] }).__violations = seen;
		document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.effectiveDirective} ${event.blockedURI} ${event.sample}`));
	});
	const page = await context.newPage();
	const visits: Visit[] = [];
	let dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	for (const path of paths) {
		dialogs = [];
		const url = `${origin}${path}`;
		await page.goto(url, { waitUntil: 'load' });
		if (path.startsWith('/meklet/?q=')) await page.locator('#search-list[aria-busy="false"]').waitFor({ timeout: 30_000 });
		const seen = await page.evaluate(() => ({
			pwned: (window as unknown as { __pwned?: unknown }).__pwned,
			violations: (window as unknown as { __violations: string[] }).__violations,
		}));
		visits.push({ url, ...seen, dialogs, ...(await page.evaluate(inlineElementsInPage)) });
	}
	await context.close();
	return visits;
}

/** Serves the built site (with its headers or without) for one round of visits. */
async function visitServed(browser: Browser, dir: string, rules: readonly HeaderRule[] | undefined, paths: readonly string[]): Promise<Visit[]> {
	const server = await serve(dir, rules);
	try {
		return await visitAll(browser, `http://127.0.0.1:${(server.address() as AddressInfo).port}`, paths);
	} finally {
		server.close();
	}
}

describe('materials with markup-looking text', () => {
	let outDir: string;
	let check: { code: number; output: string };
	let build: { code: number; output: string };
	let paths: string[];
	let rules: HeaderRule[];
	const visits = new Map<'with headers' | 'without headers', Visit[]>();

	beforeAll(async () => {
		outDir = await mkdtemp(join(tmpdir(), 'materiali-inert-'));
		check = await exec(['scripts/check-content.ts'], { MATERIALS_DIR: inert });
		build = await exec([astro, 'build'], { MATERIALS_DIR: inert, OUT_DIR: outDir });
		if (build.code !== 0) return;
		rules = parseHeaders(await readFile(join(outDir, '_headers'), 'utf8'));
		// The web editor's page runs under its own policy, with Decap's runtime styles, and
		// carries no author content; tests/e2e/editor.spec.ts visits it under that policy.
		const pages = (await readdir(outDir, { recursive: true })).filter((file) => file.endsWith('.html') && !file.startsWith('redaktors/')).sort();
		// Search results are drawn in the browser from the materials' titles and summaries.
		paths = [...pages.map((file) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`), '/meklet/?q=script', '/meklet/?q=Spēks', '/meklet/?q=Ķīmijas'];
		const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
		try {
			visits.set('with headers', await visitServed(browser, outDir, rules, [CANARY, ...paths]));
			visits.set('without headers', await visitServed(browser, outDir, undefined, [CANARY, ...paths]));
		} finally {
			await browser.close();
		}
	}, 400_000);

	afterAll(async () => {
		await rm(outDir, { recursive: true, force: true });
	});

	test('pass the content check and build', () => {
		expect(check.code, check.output).toBe(0);
		expect(build.code, build.output.slice(-2000)).toBe(0);
		expect(paths.length).toBeGreaterThan(20);
	});

	test('the policy allows exactly the inline scripts and styles Chromium finds, and the site verifies for upload', async () => {
		const found = visits.get('without headers')!.slice(1);
		const csp = headersFor(rules, '/').get('content-security-policy') ?? '';
		const allowed = (name: string) => directive(csp, name).filter((source) => source.startsWith("'sha256-"));
		for (const payload of PAYLOADS) expect(csp).not.toContain(hash(payload));
		expect(allowed('script-src')).toEqual([...new Set(found.flatMap((visit) => visit.scripts.map(hash)))].sort());
		expect(allowed('style-src-elem')).toEqual([...new Set(found.flatMap((visit) => visit.styles.map(hash)))].sort());
		expect((await verifySite(outDir)).problems).toEqual([]);
	});

	test.each(['with headers', 'without headers'] as const)('no author’s script runs and no dialog opens, %s', (run) => {
		const [canary, ...pages] = visits.get(run)!;
		// The canary's unhashed script runs only without the policy: the checks see a script that runs, the policy blocks one.
		expect(canary!.pwned).toBe(run === 'with headers' ? undefined : 1);
		expect(canary!.violations).toHaveLength(run === 'with headers' ? 1 : 0);
		expect(pages).toHaveLength(paths.length);
		for (const page of pages) {
			expect(page.pwned, page.url).toBeUndefined();
			expect(page.dialogs, page.url).toEqual([]);
			// Everything the site itself has is allowed: the policy blocked nothing.
			expect(page.violations, page.url).toEqual([]);
		}
	});
});
