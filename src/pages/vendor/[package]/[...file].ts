/** Files of packages the site serves itself, each under its own versioned folder (src/lib/*-assets.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { DECAP_PREFIX, decapFiles } from '../../../lib/decap-assets.ts';
import { KATEX_PREFIX, katexFiles } from '../../../lib/katex-assets.ts';

const TYPES: Record<string, string> = {
	css: 'text/css; charset=utf-8',
	woff2: 'font/woff2',
	js: 'text/javascript; charset=utf-8',
	wasm: 'application/wasm',
	txt: 'text/plain; charset=utf-8',
};

const PACKAGES: [prefix: string, files: Map<string, () => Uint8Array | string>][] = [
	[KATEX_PREFIX, katexFiles()],
	[DECAP_PREFIX, decapFiles()],
];

export const getStaticPaths = (() =>
	PACKAGES.flatMap(([prefix, files]) =>
		[...files].map(([file, read]) => ({
			params: { package: prefix.split('/')[1], file },
			props: { read, type: TYPES[file.split('.').at(-1) ?? ''] ?? 'application/octet-stream' },
		})),
	)) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
	const { read, type } = props as { read: () => Uint8Array | string; type: string };
	const body = read();
	return new Response(typeof body === 'string' ? body : new Uint8Array(body), { headers: { 'Content-Type': type } });
};
