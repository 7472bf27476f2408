import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createRenderPool } from './render-pool.ts';
import type { RenderJob } from './render.ts';

let dir: string;
const worker = async (name: string, code: string) => {
	await writeFile(join(dir, name), code);
	return pathToFileURL(join(dir, name));
};
beforeAll(async () => {
	dir = await mkdtemp(join(tmpdir(), 'render-pool-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const job = {} as RenderJob;

describe('a render worker that fails', () => {
	test('one that exits rejects its files with its exit code, and the pool says when none is left', async () => {
		const pool = createRenderPool(
			1,
			await worker('exits.mjs', "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => process.exit(3));\n"),
		);
		try {
			await expect(pool.render('x', job)).rejects.toThrow(/render worker 1 exited with code 3/);
			await expect(pool.render('y', job)).rejects.toThrow(/no render worker is running/);
		} finally {
			await pool.close();
		}
	}, 30_000);

	test('one that throws rejects its files with the error', async () => {
		const pool = createRenderPool(
			1,
			await worker(
				'throws.mjs',
				"import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => { throw new Error('Sabojāts renderētājs'); });\n",
			),
		);
		try {
			await expect(pool.render('x', job)).rejects.toThrow(/Sabojāts renderētājs/);
		} finally {
			await pool.close();
		}
	}, 30_000);

	test('the others go on: files go to the workers still running', async () => {
		// The first worker exits on its first file; the second answers.
		const code =
			"import { parentPort, threadId } from 'node:worker_threads';\nimport { readFileSync, writeFileSync } from 'node:fs';\n" +
			`const claim = ${JSON.stringify(join(dir, 'claimed'))};\n` +
			"let first = false;\ntry { writeFileSync(claim, String(threadId), { flag: 'wx' }); first = true; } catch {}\n" +
			"parentPort.on('message', ({ id }) => { if (first) process.exit(1); parentPort.postMessage({ id, result: { html: 'ok' } }); });\n";
		const pool = createRenderPool(2, await worker('one-fails.mjs', code));
		try {
			const outcomes = await Promise.allSettled([pool.render('a', job), pool.render('b', job)]);
			expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
			await expect(pool.render('c', job)).resolves.toEqual({ html: 'ok' });
		} finally {
			await pool.close();
		}
	}, 30_000);

	test('closing the pool is not a failure', async () => {
		const pool = createRenderPool(
			1,
			await worker(
				'idle.mjs',
				"import { parentPort } from 'node:worker_threads';\nparentPort.on('message', ({ id }) => parentPort.postMessage({ id, result: { html: 'ok' } }));\n",
			),
		);
		await expect(pool.render('a', job)).resolves.toEqual({ html: 'ok' });
		await pool.close();
	}, 30_000);
});
