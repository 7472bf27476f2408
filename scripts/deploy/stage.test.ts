import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { stageUpload } from './stage.ts';

let dir: string;
const put = async (path: string, content = 'x') => {
	await mkdir(dirname(join(dir, path)), { recursive: true });
	await writeFile(join(dir, path), content);
};
const SITE = ['index.html', '404.html', '_headers', '_redirects', '_astro/a.js', 'materiali/fizika/jauns/index.html'];

beforeEach(async () => {
	dir = await mkdtemp(join(tmpdir(), 'site-'));
	for (const file of SITE) await put(file, file);
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function files(root: string): Promise<string[]> {
	return (await readdir(root, { recursive: true, withFileTypes: true }))
		.filter((e) => e.isFile())
		.map((e) => join(e.parentPath, e.name).slice(root.length + 1))
		.sort();
}

describe('stageUpload', () => {
	test('at the root, the built folder is uploaded as it is', async () => {
		expect(await stageUpload(dir, '/')).toBe(dir);
	});

	test('under a base path, the files go behind it; the CDN rules and the 404 page stay at the top', async () => {
		const upload = await stageUpload(dir, '/portals/');
		try {
			expect(await files(upload)).toEqual([
				'404.html',
				'_headers',
				'_redirects',
				'portals/404.html',
				'portals/_astro/a.js',
				'portals/index.html',
				'portals/materiali/fizika/jauns/index.html',
			]);
			expect(await readFile(join(upload, '_headers'), 'utf8')).toBe('_headers');
			// The built folder itself is left as it was.
			expect(await files(dir)).toEqual([...SITE].sort());
		} finally {
			await rm(upload, { recursive: true, force: true });
		}
	});
});
