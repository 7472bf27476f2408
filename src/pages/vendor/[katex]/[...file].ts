import type { APIRoute, GetStaticPaths } from 'astro';
import { KATEX_PREFIX, katexFiles } from '../../../lib/katex-assets.ts';

const TYPES: Record<string, string> = { css: 'text/css; charset=utf-8', woff2: 'font/woff2' };

export const getStaticPaths = (() =>
	[...katexFiles()].map(([file, read]) => ({
		params: { katex: KATEX_PREFIX.split('/')[1], file },
		props: { read, type: TYPES[file.split('.').at(-1) ?? ''] ?? 'application/octet-stream' },
	}))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
	const { read, type } = props as { read: () => Uint8Array | string; type: string };
	const body = read();
	return new Response(typeof body === 'string' ? body : new Uint8Array(body), { headers: { 'Content-Type': type } });
};
