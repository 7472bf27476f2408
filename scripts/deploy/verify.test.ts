import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { servesPath, verifySite } from './verify.ts';

let dir: string;
const put = async (path: string, content: string | Buffer = 'x') => {
	await mkdir(dirname(join(dir, path)), { recursive: true });
	await writeFile(join(dir, path), content);
};
const HEADERS = "/*\n  Content-Security-Policy: default-src 'self'\n\n/_astro/*\n  ! Cache-Control\n  Cache-Control: public, max-age=31536000, immutable\n";

beforeEach(async () => {
	dir = await mkdtemp(join(tmpdir(), 'site-'));
	for (const file of ['index.html', '404.html', 'robots.txt', 'sitemap-index.xml', 'materiali.json', 'jaunumi.xml', 'materiali/fizika/jauns/index.html']) await put(file);
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
