/**
 * `npm run build`: Astro builds the site, then the search index is built once Astro has
 * exited (see SEARCH_INDEX_JOB in src/integrations/search-index.ts), so the two peaks of
 * memory never add up. `astro build` on its own still indexes alongside, in its process.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runDeferredIndex, SEARCH_INDEX_JOB, type DeferredIndexJob } from '../src/integrations/search-index.ts';

const root = resolve(import.meta.dirname, '..');
/** At 10,000 materials Node's default heap spends the build collecting garbage; a small new space keeps the process's memory close to what it uses. */
const NODE_FLAGS = [`--max-old-space-size=${process.env.BUILD_HEAP_MB ?? 8192}`, '--max-semi-space-size=16'];

const work = await mkdtemp(join(tmpdir(), 'materiali-build-'));
const jobFile = join(work, 'search-index-job.json');
try {
	const astro = spawn(process.execPath, [...NODE_FLAGS, join(root, 'node_modules/astro/bin/astro.mjs'), 'build', ...process.argv.slice(2)], {
		cwd: root,
		stdio: 'inherit',
		env: { ...process.env, [SEARCH_INDEX_JOB]: jobFile },
	});
	const code = await new Promise<number>((done) => astro.on('close', (exit, signal) => done(exit ?? (signal ? 1 : 0))));
	if (code !== 0) {
		process.exitCode = code;
	} else {
		const job = JSON.parse(await readFile(jobFile, 'utf8')) as DeferredIndexJob;
		const { records, seconds } = await runDeferredIndex(job);
		const time = new Date().toTimeString().slice(0, 8);
		console.log(`${time} [search-index] Indexed ${records} materials for search in ${seconds.toFixed(1)} s, after the build`);
	}
} finally {
	await rm(work, { recursive: true, force: true });
}
