/**
 * Renders material bodies on worker threads. Rendering is pure CPU work, one file at
 * a time, and it is most of a cold build: with a thread per core, a large collection
 * loads in a fraction of the time. Workers start on first use, so a build whose
 * materials all come from the cache pays nothing. A worker that fails or exits takes
 * its files down with an error naming it, never leaves them waiting forever, and gets
 * no more work.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { RenderedBody, RenderJob } from './render.ts';

export interface RenderPool {
	render(body: string, job: RenderJob): Promise<RenderedBody>;
	close(): Promise<void>;
}

interface Pending {
	resolve(result: RenderedBody): void;
	reject(error: Error): void;
	worker: number;
}

/** `script` is the worker's module; tests give one that fails. */
export function createRenderPool(size: number = availableParallelism(), script: URL = new URL('./render-worker.ts', import.meta.url)): RenderPool {
	let workers: Worker[] | undefined;
	const inFlight: number[] = [];
	const alive: boolean[] = [];
	const pending = new Map<number, Pending>();
	let nextId = 0;
	let closing = false;

	const fail = (index: number, error: Error) => {
		alive[index] = false;
		for (const [id, job] of pending) {
			if (job.worker !== index) continue;
			pending.delete(id);
			job.reject(error);
		}
	};

	const start = () => {
		workers = Array.from({ length: Math.max(1, size) }, (_, index) => {
			const worker = new Worker(script);
			inFlight[index] = 0;
			alive[index] = true;
			worker.on('message', ({ id, result, error }: { id: number; result?: RenderedBody; error?: string }) => {
				const job = pending.get(id);
				if (!job) return;
				pending.delete(id);
				inFlight[job.worker]! -= 1;
				if (error !== undefined || !result) job.reject(new Error(error ?? 'no result'));
				else job.resolve(result);
			});
			worker.on('error', (error) => fail(index, error));
			worker.on('messageerror', (error) => fail(index, error));
			worker.on('exit', (code) => {
				if (!closing) fail(index, new Error(`render worker ${index + 1} exited with code ${code} while rendering; see src/authoring/render-pool.ts`));
			});
			return worker;
		});
		return workers;
	};

	return {
		render(body, job) {
			const pool = workers ?? start();
			// The least busy living worker takes the next file.
			const index = inFlight.reduce((best, n, i) => (alive[i] && (best < 0 || n < inFlight[best]!) ? i : best), -1);
			if (index < 0) return Promise.reject(new Error('no render worker is running: every one has failed or exited'));
			const id = nextId++;
			inFlight[index]! += 1;
			return new Promise((resolve, reject) => {
				pending.set(id, { resolve, reject, worker: index });
				pool[index]!.postMessage({ id, body, job });
			});
		},
		async close() {
			closing = true;
			await Promise.all((workers ?? []).map((worker) => worker.terminate()));
			workers = undefined;
			closing = false;
		},
	};
}
