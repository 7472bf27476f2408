import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { isNoindex, modifiedDate, sitemapOptions } from './sitemap-filter.ts';

let outDir: string;
const page = async (path: string, head: string) => {
	await mkdir(join(outDir, path), { recursive: true });
	await writeFile(join(outDir, path, 'index.html'), `<html><head>${head}</head></html>`);
};

beforeAll(async () => {
	outDir = await mkdtemp(join(tmpdir(), 'sitemap-'));
	await page('materiali/fizika/jauns', '<meta property="article:modified_time" content="2026-03-02">');
	await page('materiali/fizika/vecs', '<meta name="robots" content="noindex">');
	await page('jomas', '');
});
afterAll(() => rm(outDir, { recursive: true, force: true }));

test('the page’s own robots meta decides whether the sitemap lists it', () => {
	expect(isNoindex('<meta name="robots" content="noindex, follow">')).toBe(true);
	const listed = sitemapOptions(outDir, '/portals/').filter;
	expect(listed('https://a.example/portals/materiali/fizika/jauns/')).toBe(true);
	expect(listed('https://a.example/portals/materiali/fizika/vecs/')).toBe(false);
	expect(listed('https://a.example/portals/404.html')).toBe(false);
});

test('a page that cannot be read stops the build instead of leaving the sitemap silently short', () => {
	const listed = sitemapOptions(outDir, '/').filter;
	expect(() => listed('https://a.example/nav/')).toThrow(/sitemap: cannot read the built page of https:\/\/a\.example\/nav\/ at .*nav\/index\.html \(ENOENT/);
});

test('a material’s update date becomes its lastmod; other pages get none', () => {
	expect(modifiedDate('<meta property="article:modified_time" content="2026-03-02">')).toBe('2026-03-02');
	const serialize = sitemapOptions(outDir, '/').serialize;
	expect(serialize({ url: 'https://a.example/materiali/fizika/jauns/' })).toEqual({ url: 'https://a.example/materiali/fizika/jauns/', lastmod: '2026-03-02' });
	expect(serialize({ url: 'https://a.example/jomas/' })).toEqual({ url: 'https://a.example/jomas/' });
});

test('each page is read once for the filter and the serializer together', async () => {
	const { filter, serialize } = sitemapOptions(outDir, '/');
	await page('materiali/fizika/lasa-vienreiz', '<meta property="article:modified_time" content="2026-04-01">');
	expect(filter('https://a.example/materiali/fizika/lasa-vienreiz/')).toBe(true);
	await rm(join(outDir, 'materiali/fizika/lasa-vienreiz'), { recursive: true });
	expect(serialize({ url: 'https://a.example/materiali/fizika/lasa-vienreiz/' })).toEqual({
		url: 'https://a.example/materiali/fizika/lasa-vienreiz/',
		lastmod: '2026-04-01',
	});
});
