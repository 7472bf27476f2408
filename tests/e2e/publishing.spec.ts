import { readdir, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { z } from 'zod';
import { headersFor, parseHeaders, parseRedirects } from '../../src/lib/cdn.ts';
import { catalogueSchema } from '../../src/schemas/catalogue.ts';
import { RETIRED_SUBJECTS, SUBJECTS } from '../../src/schemas/vocabulary.ts';
import { pathOf, publishedMaterials } from './collection.ts';

const dist = resolve(import.meta.dirname, '../../', process.env.OUT_DIR ?? 'dist');
const siteUrl = (process.env.SITE_URL ?? 'http://localhost:4321').replace(/\/$/, '');
const rules = async () => parseHeaders(await readFile(resolve(dist, '_headers'), 'utf8'));
const YEAR = 'public, max-age=31536000, immutable';

/**
 * Serves every response with the headers `_headers` gives its path, as the CDN does, and
 * collects CSP violations and any other console errors and page errors.
 */
async function asTheCdnServes(page: Page): Promise<{ violations: string[]; errors: string[] }> {
	const headerRules = await rules();
	await page.route('**/*', async (route) => {
		const response = await route.fetch();
		const headers = { ...response.headers(), ...Object.fromEntries(headersFor(headerRules, new URL(route.request().url()).pathname)) };
		// The preview server is plain HTTP: upgrading requests would send them nowhere.
		headers['content-security-policy'] = headers['content-security-policy']?.replace('; upgrade-insecure-requests', '') ?? '';
		await route.fulfill({ response, headers });
	});
	const violations: string[] = [];
	const errors: string[] = [];
	await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			(window as unknown as { reportViolation: (text: string) => void }).reportViolation(
				`${event.violatedDirective} blocked ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`,
			);
		});
	});
	page.on('console', (message) => {
		if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
		else if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
	});
	page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
	return { violations, errors };
}

test.describe('what the CDN serves', () => {
	test('every kind of page satisfies its Content-Security-Policy while search, the island and formulas work', async ({ page }) => {
		const { violations, errors } = await asTheCdnServes(page);
		const materials = await publishedMaterials();
		const math = materials.find((m) => m.rendered.hasMath)!;
		const withAttachment = materials.find((m) => m.data.attachments.length > 0)!;
		const subject = math.data.subject;

		await page.goto('/meklet/?q=vien%C4%81dojums');
		await expect(page.locator('#search-list[aria-busy="false"] li').first()).toBeVisible();
		// A facet reruns the search (and the facet index, one sorted Pagefind search, is in place).
		await page.locator('#search-filters').getByRole('group', { name: 'Klase' }).getByRole('checkbox').first().check();
		await expect(page.locator('#search-list[aria-busy="false"] li').first()).toBeVisible();
		// The island hydrated: its filters exist only with JavaScript.
		await page.goto('/izpilde/');
		await expect(page.getByRole('combobox', { name: 'Statuss' })).toBeVisible();
		await page.goto(pathOf(math.id));
		await expect(page.locator('.katex').first()).toBeVisible();
		expect(
			await page
				.locator('.katex')
				.first()
				.evaluate((el) => getComputedStyle(el).fontFamily),
		).toMatch(/KaTeX/);
		for (const path of [
			'/',
			'/jomas/',
			`/jomas/${SUBJECTS[subject].area}/`,
			`/prieksmeti/${subject}/`,
			`/prieksmeti/${subject}/${math.data.grades[0]}-klase/`,
			pathOf(withAttachment.id),
			'/pieklustamiba/',
			'/404.html',
		]) {
			const response = await page.goto(path);
			expect(response?.status(), path).toBe(200);
		}
		for (const alias of materials.flatMap((m) => m.data.aliases).slice(0, 1)) await page.goto(pathOf(alias));
		expect(violations).toEqual([]);
		expect(errors).toEqual([]);

		// The policy is really applied: a script or a <style> someone slipped into a page is blocked.
		await page.goto('/');
		const ran = await page.evaluate(async () => {
			const script = document.createElement('script');
			script.textContent = 'window.__injected = true';
			document.body.append(script);
			const style = document.createElement('style');
			style.textContent = 'body { outline: 9px solid red }';
			document.head.append(style);
			await new Promise((done) => setTimeout(done, 100));
			return { script: 'injected' in window, style: getComputedStyle(document.body).outlineWidth === '9px' };
		});
		expect(ran).toEqual({ script: false, style: false });
		await expect.poll(() => violations.length).toBeGreaterThanOrEqual(2);
	});

	test('_headers: a year only for files whose names carry a hash or version, no cache for pages, security headers everywhere', async ({ page }) => {
		const headerRules = await rules();
		const response = await page.goto('/');
		expect(response?.ok()).toBe(true);
		const stylesheet = await page.locator('link[rel="stylesheet"]').first().getAttribute('href');
		expect(headersFor(headerRules, stylesheet!).get('cache-control')).toBe(YEAR);
		const files = (await readdir(dist, { recursive: true, withFileTypes: true }))
			.filter((e) => e.isFile())
			.map((e) => resolve(e.parentPath, e.name).slice(dist.length));
		const immutable = files.filter((path) => headersFor(headerRules, path).get('cache-control') === YEAR);
		expect(immutable.length).toBeGreaterThan(10);
		for (const path of immutable) expect(path, `${path} is cached for a year`).toMatch(/^\/vendor\/[\w-]+-\d+\.\d+\.\d+\/|[._][\w-]{7,}\.\w+$/);
		for (const path of ['/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/index.html', '/materiali.json', '/jaunumi.xml', '/sitemap-index.xml']) {
			expect(files, path).toContain(path);
			expect(headersFor(headerRules, path).get('cache-control'), path).toBe('public, max-age=0, must-revalidate');
		}
		const pageHeaders = headersFor(headerRules, pathOf((await publishedMaterials())[0]!.id));
		expect(pageHeaders.get('cache-control')).toBe('public, max-age=0, must-revalidate');
		for (const name of ['content-security-policy', 'strict-transport-security', 'x-content-type-options', 'referrer-policy', 'permissions-policy'])
			expect(pageHeaders.has(name), name).toBe(true);
		for (const path of ['/materiali.json', '/materiali.schema.json', '/jaunumi.xml'])
			expect(headersFor(headerRules, path).get('access-control-allow-origin'), path).toBe('*');
	});

	test('_redirects sends every earlier address of a material, and of its attachments, to the current one', async ({ request }) => {
		const materials = await publishedMaterials();
		const all = parseRedirects(await readFile(resolve(dist, '_redirects'), 'utf8'));
		const redirects = all.filter((r) => r.from.startsWith('/materiali/'));
		// The rest are retired subjects' pages, sent to their successor or learning area (tests/e2e/scopes.spec.ts).
		for (const r of all.filter((r) => !r.from.startsWith('/materiali/'))) {
			const subject = /^\/prieksmeti\/([a-z-]+)\//.exec(r.from)?.[1] ?? '';
			expect(Object.keys(RETIRED_SUBJECTS)).toContain(subject);
			expect(r.to).toMatch(/^\/(prieksmeti|jomas)\/[a-z-]+\/$/);
			for (const path of [r.from, r.to]) expect((await request.get(path)).status(), path).toBe(200);
		}
		expect(redirects).toEqual(
			materials
				.flatMap((m) =>
					m.data.aliases.flatMap((alias) =>
						['', ...m.data.attachments.map((a) => a.file)].map((file) => ({ from: `${pathOf(alias)}${file}`, to: `${pathOf(m.id)}${file}`, status: 301 })),
					),
				)
				.sort((a, b) => a.from.localeCompare(b.from)),
		);
		// Attachments exist once, at the current address; the earlier one only redirects.
		for (const { from, to } of redirects.filter((r) => !r.from.endsWith('/'))) {
			expect((await request.get(to)).status()).toBe(200);
			expect((await request.get(from)).status()).toBe(404);
		}
		for (const { from, to } of redirects.filter((r) => r.from.endsWith('/'))) {
			expect((await request.get(to)).status()).toBe(200);
			// Hosts without redirects still have the page at the old address.
			expect(await (await request.get(from)).text()).toContain(`url=${to}`);
		}
	});
});

test.describe('for search engines and other systems', () => {
	test('robots.txt points to the sitemap, which lists every material and no moved page; each listed page is there and calls itself canonical', async ({
		request,
	}) => {
		const robots = await (await request.get('/robots.txt')).text();
		expect(robots).toContain(`Sitemap: ${siteUrl}/sitemap-index.xml`);
		const index = await (await request.get('/sitemap-index.xml')).text();
		const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
		const xml = (await Promise.all(sitemaps.map(async (path) => (await request.get(path)).text()))).join('\n');
		const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
		const materials = await publishedMaterials();
		for (const m of materials) {
			expect(urls).toContain(`${siteUrl}${pathOf(m.id)}`);
			expect(xml, m.id).toContain(`<loc>${siteUrl}${pathOf(m.id)}</loc><lastmod>${m.data.updated}T00:00:00.000Z</lastmod>`);
		}
		for (const alias of materials.flatMap((m) => m.data.aliases)) expect(urls).not.toContain(`${siteUrl}${pathOf(alias)}`);
		expect(urls.some((url) => url.endsWith('404.html'))).toBe(false);
		for (const url of urls) {
			const response = await request.get(new URL(url).pathname);
			expect(response.status(), url).toBe(200);
			expect(await response.text(), url).toContain(`<link rel="canonical" href="${url}">`);
		}
	});

	test('every page has a canonical URL and Open Graph tags; a material is an article', async ({ page }) => {
		const material = (await publishedMaterials())[0]!;
		await page.goto(pathOf(material.id));
		await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${siteUrl}${pathOf(material.id)}`);
		await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', `${siteUrl}${pathOf(material.id)}`);
		await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', material.data.title);
		await expect(page.locator('meta[property="og:description"]')).toHaveAttribute('content', material.data.summary);
		await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
		await expect(page.locator('meta[property="article:modified_time"]')).toHaveAttribute('content', material.data.updated);
		await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'lv_LV');
		await expect(page.locator('meta[property="og:site_name"]')).toHaveAttribute('content', 'Metodiskā atbalsta materiāli');
		await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary');
		await page.goto('/');
		await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'website');
		await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${siteUrl}/`);
	});

	test('the feed parses as XML and has every material at its version, newest change first', async ({ request, page }) => {
		const materials = await publishedMaterials();
		const xml = await (await request.get('/jaunumi.xml')).text();
		await page.goto('/');
		const feed = await page.evaluate((text) => {
			const doc = new DOMParser().parseFromString(text, 'application/xml');
			const child = (item: Element, name: string) => item.getElementsByTagName(name)[0]?.textContent ?? '';
			return {
				error: doc.querySelector('parsererror')?.textContent ?? null,
				self: doc.getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'link')[0]?.getAttribute('href'),
				items: [...doc.querySelectorAll('channel > item')].map((item) => ({
					title: child(item, 'title'),
					link: child(item, 'link'),
					guid: child(item, 'guid'),
					pubDate: child(item, 'pubDate'),
				})),
			};
		}, xml);
		expect(feed.error).toBeNull();
		expect(feed.self).toBe(`${siteUrl}/jaunumi.xml`);
		expect(feed.items).toHaveLength(materials.length);
		for (const m of materials) {
			const item = feed.items.find((i) => i.link === `${siteUrl}${pathOf(m.id)}`);
			expect(item?.guid, m.id).toBe(`${siteUrl}${pathOf(m.id)}#v${m.data.version}`);
			expect(new Date(item!.pubDate).toISOString().slice(0, 10)).toBe(m.data.updated);
			expect(item?.title).toContain(m.data.title);
		}
		const dates = feed.items.map((item) => new Date(item.pubDate).getTime());
		expect(dates).toEqual([...dates].sort((a, b) => b - a));
		await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', '/jaunumi.xml');
		await expect(page.locator('footer a[href="/jaunumi.xml"]')).toBeVisible();
	});

	test('the open catalogue lists every material with version and working URLs, and matches its published JSON Schema', async ({ request }) => {
		const materials = await publishedMaterials();
		const json: unknown = await (await request.get('/materiali.json')).json();
		const catalogue = catalogueSchema.parse(json);
		expect(catalogue.count).toBe(materials.length);
		expect(catalogue.updated).toBe(
			materials
				.map((m) => m.data.updated)
				.sort()
				.at(-1),
		);
		for (const m of materials) {
			const entry = catalogue.materials.find((e) => e.id === m.id);
			expect(entry?.version, m.id).toBe(m.data.version);
			expect(entry?.updated, m.id).toBe(m.data.updated);
			expect(entry?.url).toBe(`${siteUrl}${pathOf(m.id)}`);
			for (const url of [entry!.url, ...entry!.attachments.map((a) => a.url)]) expect((await request.get(new URL(url).pathname)).status(), url).toBe(200);
		}
		const schema = (await (await request.get('/materiali.schema.json')).json()) as { $schema: string; $id: string };
		expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
		expect(schema.$id).toBe(`${siteUrl}/materiali.schema.json`);
		// The served file against the served schema, as a school's system would check it.
		expect(z.fromJSONSchema(schema as Parameters<typeof z.fromJSONSchema>[0]).safeParse(json).success).toBe(true);
	});
});
