import { expect, test } from 'vitest';
import { summarise } from './summary.ts';

test('summarise counts files by kind and names the largest', () => {
	const file = (path: string, bytes: number) => ({ path, bytes, sha256: '' });
	expect(
		summarise(
			[
				file('index.html', 2048),
				file('a/index.html', 1024),
				file('_astro/a.js', 4096),
				file('pagefind/x.pf_fragment', 512),
				file('materiali/a/d.pdf', 3 * 1024 * 1024),
				file('_headers', 100),
			],
			2,
		),
	).toEqual([
		'CDN rules: 1, 0.1 KiB',
		'search index: 1, 0.5 KiB',
		'pages: 2, 3.0 KiB',
		'scripts and styles: 1, 4.0 KiB',
		'attachments and other files: 1, 3.0 MiB',
		'largest: materiali/a/d.pdf (3.0 MiB), _astro/a.js (4.0 KiB)',
	]);
});
