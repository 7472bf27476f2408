/**
 * Renders material bodies on worker threads. Rendering is pure CPU work, one file at
 * a time, and it is most of a cold build: with a thread per core, a large collection
 * loads in a fraction of the time. Workers start on first use, so a build whose
 * materials all come from the cache pays nothing.
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

export function createRenderPool(size: number = availableParallelism()): RenderPool {
	let workers: Worker[] | undefined;
	const inFlight: number[] = [];
	const pending = new Map<number, Pending>();
	let nextId = 0;

	const start = () => {
		workers = Array.from({ length: Math.max(1, size) }, (_, index) => {
			const worker = new Worker(new URL('./render-worker.ts', import.meta.url));
			inFlight[index] = 0;
			worker.on('message', ({ id, result, error }: { id: number; result?: RenderedBody; error?: string }) => {
				const job = pending.get(id);
				if (!job) return;
				pending.delete(id);
				inFlight[job.worker]! -= 1;
				if (error !== undefined || !result) job.reject(new Error(error ?? 'no result'));
				else job.resolve(result);
			});
			worker.on('error', (error) => {
				for (const [id, job] of pending) {
					if (job.worker !== index) continue;
					pending.delete(id);
					job.reject(error);
				}
			});
			return worker;
		});
		return workers;
	};

	return {
		render(body, job) {
			const pool = workers ?? start();
			// The least busy worker takes the next file.
			const index = inFlight.indexOf(Math.min(...inFlight));
			const id = nextId++;
			inFlight[index]! += 1;
			return new Promise((resolve, reject) => {
				pending.set(id, { resolve, reject, worker: index });
				pool[index]!.postMessage({ id, body, job });
			});
		},
		async close() {
			await Promise.all((workers ?? []).map((worker) => worker.terminate()));
			workers = undefined;
		},
	};
}
