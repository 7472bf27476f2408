/** A worker thread of the render pool (render-pool.ts): renders the bodies it is sent. */
import { parentPort } from 'node:worker_threads';
import { renderJob, type RenderJob } from './render.ts';

parentPort?.on('message', async ({ id, body, job }: { id: number; body: string; job: RenderJob }) => {
	try {
		parentPort?.postMessage({ id, result: await renderJob(body, job) });
	} catch (error) {
		parentPort?.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
	}
});
