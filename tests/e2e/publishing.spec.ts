import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { headersFor, parseHeaders, parseRedirects } from '../../src/lib/cdn.ts';
import { catalogueSchema } from '../../src/schemas/catalogue.ts';
import { pathOf, publishedMaterials } from './collection.ts';

const dist = resolve(import.meta.dirname, '../../', process.env.OUT_DIR ?? 'dist');
const siteUrl = (process.env.SITE_URL ?? 'http://localhost:4321').replace(/\/$/, '');
const rules = async () => parseHeaders(await readFile(resolve(dist, '_headers'), 'utf8'));

/** Serves every response with the headers `_headers` gives its path, as the CDN does, and collects CSP violations. */
async function asTheCdnServes(page: Page): Promise<string[]> {
	const headerRules = await rules();
	await page.route('**/*', async (route) => {
		const response = await route.fetch();
		const headers = { ...response.headers(), ...Object.fromEntries(headersFor(headerRules, new URL(route.request().url()).pathname)) };
		// The preview server is plain HTTP: upgrading requests would send them nowhere.
		headers['content-security-policy'] = headers['content-security-policy']?.replace('; upgrade-insecure-requests', '') ?? '';
		await route.fulfill({ response, headers });
	});
	const violations: string[] = [];
	await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			(window as unknown as { reportViolation: (text: string) => void }).reportViolation(`${event.violatedDirective} blocked ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`);
		});
	});
	page.on('console', (message) => {
		if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
	});
	return violations;
}

test.describe('what the CDN serves', () => {
	test('pages satisfy their Content-Security-Policy while search, the island and formulas work', async ({ page }) => {
		const violations = await asTheCdnServes(page);
		const math = (await publishedMaterials()).find((m) => m.rendered.hasMath)!;
		await page.goto('/meklet/?q=vien%C4%81dojums');
		await expect(page.locator('#search-list[aria-busy="false"] li').first()).toBeVisible();
		await page.goto('/izpilde/');
		await expect(page.getByRole('combobox', { name: 'Statuss' })).toBeVisible();
		await page.goto(pathOf(math.id));
		await expect(page.locator('.katex').first()).toBeVisible();
		for (const path of ['/', '/jomas/', '/pieklustamiba/', '/404.html']) await page.goto(path);
		expect(violations).toEqual([]);
	});

	test('_headers: a year for hashed assets, no cache for pages, security headers everywhere', async ({ page }) => {
		const headerRules = await rules();
		const response = await page.goto('/');
		const stylesheet = await page.locator('link[rel="stylesheet"]').first().getAttribute('href');
		expect(response?.ok()).toBe(true);
		expect(headersFor(headerRules, stylesheet!).get('cache-control')).toBe('public, max-age=31536000, immutable');
		const pageHeaders = headersFor(headerRules, '/materiali/fizika/a/');
		expect(pageHeaders.get('cache-control')).toBe('public, max-age=0, must-revalidate');
		for (const name of ['content-security-policy', 'strict-transport-security', 'x-content-type-options', 'referrer-policy', 'permissions-policy']) expect(pageHeaders.has(name), name).toBe(true);
	});

	test('_redirects sends every earlier address of a material to its page', async ({ request }) => {
		const materials = await publishedMaterials();
		const redirects = parseRedirects(await readFile(resolve(dist, '_redirects'), 'utf8'));
		expect(redirects).toEqual(
			materials
				.flatMap((m) => m.data.aliases.map((alias) => ({ from: pathOf(alias), to: pathOf(m.id), status: 301 })))
				.sort((a, b) => a.from.localeCompare(b.from)),
		);
		for (const { to } of redirects) expect((await request.get(to)).status()).toBe(200);
	});
});

test.describe('for search engines and other systems', () => {
	test('robots.txt points to the sitemap, which lists every material and no moved page', async ({ request }) => {
		const robots = await (await request.get('/robots.txt')).text();
		expect(robots).toContain(`Sitemap: ${siteUrl}/sitemap-index.xml`);
		const index = await (await request.get('/sitemap-index.xml')).text();
		const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
		const urls = (await Promise.all(sitemaps.map(async (path) => (await request.get(path)).text()))).flatMap((xml) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!));
		const materials = await publishedMaterials();
		for (const m of materials) expect(urls).toContain(`${siteUrl}${pathOf(m.id)}`);
		for (const alias of materials.flatMap((m) => m.data.aliases)) expect(urls).not.toContain(`${siteUrl}${pathOf(alias)}`);
		expect(urls.some((url) => url.endsWith('404.html'))).toBe(false);
	});

	test('every page has a canonical URL and Open Graph tags; a material is an article', async ({ page }) => {
		const material = (await publishedMaterials())[0]!;
		await page.goto(pathOf(material.id));
		await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${siteUrl}${pathOf(material.id)}`);
		await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', `${siteUrl}${pathOf(material.id)}`);
		await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', material.data.title);
		await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
		await expect(page.locator('meta[property="article:modified_time"]')).toHaveAttribute('content', material.data.updated);
		await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'lv_LV');
		await page.goto('/');
		await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'website');
	});

	test('the feed has every material at its version, newest change first', async ({ request, page }) => {
		const materials = await publishedMaterials();
		const xml = await (await request.get('/jaunumi.xml')).text();
		const items = [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => m[1]!);
		expect(items).toHaveLength(materials.length);
		const guids = items.map((item) => /<guid isPermaLink="false">([^<]+)<\/guid>/.exec(item)?.[1]);
		for (const m of materials) expect(guids).toContain(`${siteUrl}${pathOf(m.id)}#v${m.data.version}`);
		const dates = items.map((item) => new Date(/<pubDate>([^<]+)<\/pubDate>/.exec(item)![1]!).getTime());
		expect(dates).toEqual([...dates].sort((a, b) => b - a));
		await page.goto('/');
		await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', '/jaunumi.xml');
	});

	test('the open catalogue lists every material with version and a working URL, and matches its JSON Schema', async ({ request }) => {
		const materials = await publishedMaterials();
		const catalogue = catalogueSchema.parse(await (await request.get('/materiali.json')).json());
		expect(catalogue.count).toBe(materials.length);
		for (const m of materials) {
			const entry = catalogue.materials.find((e) => e.id === m.id);
			expect(entry?.version, m.id).toBe(m.data.version);
			expect(entry?.url).toBe(`${siteUrl}${pathOf(m.id)}`);
			expect((await request.get(pathOf(m.id))).status()).toBe(200);
		}
		const schema = (await (await request.get('/materiali.schema.json')).json()) as { $schema: string; $id: string };
		expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
		expect(schema.$id).toBe(`${siteUrl}/materiali.schema.json`);
	});
});
