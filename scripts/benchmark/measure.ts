/**
 * Measuring tools for the benchmark: wall time and peak memory of a command with all
 * its child processes, sizes on disk, and what Chromium really downloads.
 */
import { spawn } from 'node:child_process';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';

export interface RunResult {
	seconds: number;
	/** Highest sum of resident memory of the process and its descendants, in bytes. */
	peakRss: number;
	output: string;
}

/** Parent pid of every process, read from /proc (Linux only, like the machine the targets are set for). */
async function parents(): Promise<Map<number, number>> {
	const map = new Map<number, number>();
	for (const entry of await readdir('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			const statLine = await readFile(`/proc/${entry}/stat`, 'utf8');
			// The command name may hold spaces and parentheses; fields resume after the last ')'.
			const fields = statLine.slice(statLine.lastIndexOf(')') + 2).split(' ');
			map.set(Number(entry), Number(fields[1]));
		} catch {
			// The process ended between listing and reading.
		}
	}
	return map;
}

export function descendants(root: number, parentOf: Map<number, number>): number[] {
	const tree = [root];
	for (let i = 0; i < tree.length; i++) {
		for (const [pid, parent] of parentOf) if (parent === tree[i] && !tree.includes(pid)) tree.push(pid);
	}
	return tree;
}

/** `VmRSS:   123456 kB` → bytes. */
export function parseRss(status: string): number {
	const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status);
	return match ? Number(match[1]) * 1024 : 0;
}

async function treeRss(root: number): Promise<number> {
	let total = 0;
	for (const pid of descendants(root, await parents())) {
		try {
			total += parseRss(await readFile(`/proc/${pid}/status`, 'utf8'));
		} catch {
			// Gone already.
		}
	}
	return total;
}

/** Runs a command to completion, sampling the memory of its process tree. Fails with its output. */
export async function run(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<RunResult> {
	const started = performance.now();
	const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
	let output = '';
	child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
	child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
	let peakRss = 0;
	const sampler = setInterval(() => {
		if (child.pid) void treeRss(child.pid).then((rss) => (peakRss = Math.max(peakRss, rss)));
	}, 250);
	const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
	clearInterval(sampler);
	const seconds = (performance.now() - started) / 1000;
	if (code !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${code}):\n${output.slice(-4000)}`);
	return { seconds, peakRss, output };
}

export async function directorySize(dir: string): Promise<{ bytes: number; files: number }> {
	let bytes = 0;
	let files = 0;
	for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		bytes += (await stat(join(entry.parentPath, entry.name))).size;
		files++;
	}
	return { bytes, files };
}

/** The seconds the search-index integration reports for Pagefind (see src/integrations/search-index.ts). */
export function pagefindSeconds(buildOutput: string): { indexing: number; waited: number; after: boolean } | undefined {
	const alongside = /Indexed \d+ materials for search in ([\d.]+) s, .*?waited ([\d.]+) s/.exec(buildOutput);
	if (alongside) return { indexing: Number(alongside[1]), waited: Number(alongside[2]), after: false };
	// `npm run build` indexes once Astro has exited (scripts/build.ts): the build waits for all of it.
	const after = /Indexed \d+ materials for search in ([\d.]+) s, after the build/.exec(buildOutput);
	return after ? { indexing: Number(after[1]), waited: Number(after[1]), after: true } : undefined;
}

/**
 * Phases of an Astro build from its log: the content layer's sync (timestamps from the
 * first line to "Synced content"), then the "Completed in" figures Astro prints after
 * generating static routes and optimised images.
 */
export function buildPhases(log: string): { content?: number; pages?: number; images?: number } {
	const clock = (line: string | undefined) => {
		const match = /^(\d\d):(\d\d):(\d\d)/.exec(line ?? '');
		return match ? Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]) : undefined;
	};
	const lines = log.split('\n').map((line) => line.replace(/\x1b\[[0-9;]*m/g, '').trim());
	const start = clock(lines.find((line) => clock(line) !== undefined));
	const synced = clock(lines.find((line) => line.includes('Synced content')));
	const completedAfter = (heading: string) => {
		const at = lines.findIndex((line) => line.includes(heading));
		const done = lines.slice(at + 1).find((line) => /Completed in/.test(line));
		// "Completed in 412ms.", "in 9.34s." or "in 3m 4s."
		const match = at >= 0 ? /Completed in (?:(\d+)m\s*)?([\d.]+)(ms|s)/.exec(done ?? '') : null;
		return match ? Number(match[1] ?? 0) * 60 + Number(match[2]) / (match[3] === 'ms' ? 1000 : 1) : undefined;
	};
	return {
		content: start !== undefined && synced !== undefined ? synced - start : undefined,
		pages: completedAfter('generating static routes'),
		images: completedAfter('generating optimized images'),
	};
}

export interface Transfer {
	/** Bytes on the wire (compressed bodies and headers), per URL path. */
	byPath: Map<string, number>;
	total: number;
}

export function sumTransfer(byPath: Map<string, number>, include: (path: string) => boolean = () => true): number {
	let total = 0;
	for (const [path, bytes] of byPath) if (include(path)) total += bytes;
	return total;
}

/**
 * Counts the bytes Chromium receives while `action` runs: each finished request's
 * body as sent (compressed) and headers, so compression is counted as a real visit
 * would. Requests of workers count too: Pagefind fetches its index from a Web Worker,
 * which a DevTools session of the page alone does not see (an earlier version of this
 * benchmark counted only the page's own requests and so missed most of the index).
 */
export async function recordTransfer(
	browser: Browser,
	origin: string,
	action: (page: import('@playwright/test').Page, mark: () => Promise<Map<string, number>>) => Promise<void>,
): Promise<void> {
	const context = await browser.newContext({ baseURL: origin, serviceWorkers: 'block' });
	let received = new Map<string, number>();
	const pending = new Set<Promise<void>>();
	context.on('requestfinished', (request) => {
		const url = request.url();
		if (url.startsWith('data:') || url.startsWith('blob:')) return;
		const counted = request.sizes().then(({ responseBodySize, responseHeadersSize }) => {
			const path = new URL(url).pathname;
			received.set(path, (received.get(path) ?? 0) + responseBodySize + responseHeadersSize);
		});
		pending.add(counted);
		void counted.finally(() => pending.delete(counted));
	});
	const page = await context.newPage();
	// `mark` hands over what arrived so far and starts counting afresh.
	const mark = () => {
		const done = received;
		received = new Map();
		return done;
	};
	try {
		await action(page, async () => {
			await Promise.all(pending);
			return mark();
		});
	} finally {
		await context.close();
	}
}

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css',
	'.js': 'text/javascript',
	'.mjs': 'text/javascript',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
	'.wasm': 'application/wasm',
	'.webp': 'image/webp',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
};

/** What a CDN would compress: text, not images, fonts or Pagefind's files, which are gzipped already. */
export function compressible(path: string): boolean {
	return /\.(html|css|m?js|json|svg|xml|txt)$/.test(path);
}

/**
 * Serves a built site the way the CDN does for the figures that matter here: text
 * gzip-compressed, folders answered by their index.html. Returns its origin and a closer.
 */
export async function serveStatic(root: string): Promise<{ origin: string; close: () => Promise<void> }> {
	const { createServer } = await import('node:http');
	const { gzipSync } = await import('node:zlib');
	const { extname, normalize } = await import('node:path');
	const server = createServer(async (request, response) => {
		let path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
		if (path.endsWith('/')) path += 'index.html';
		const file = join(root, normalize(path));
		if (!file.startsWith(root)) return void response.writeHead(403).end();
		try {
			let body: Buffer = await readFile(file);
			const headers: Record<string, string> = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
			if (compressible(file) && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
				body = gzipSync(body, { level: 6 });
				headers['content-encoding'] = 'gzip';
			}
			response.writeHead(200, headers).end(body);
		} catch {
			response.writeHead(404).end();
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	if (!address || typeof address === 'string') throw new Error('no server address');
	return {
		origin: `http://127.0.0.1:${address.port}`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
