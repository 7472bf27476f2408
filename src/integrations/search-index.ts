/**
 * Publishes each material's search document (meklet/dati/<subject>/<slug>.json, read by
 * the search page for excerpts) and builds the Pagefind index of them as custom records
 * (Latvian tokens; see src/lib/search.ts). It starts as soon as the content is loaded,
 * on a worker thread, from the documents the content loader wrote
 * (src/loaders/materials.ts), so tokenising and Pagefind's own process use the second
 * core while Astro saves its content store and generates the pages on the first; when
 * the build is done, both move into the site.
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { cp, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { SEARCH_DOCUMENTS_DIR, SEARCH_DOCUMENTS_FILE } from '../lib/search.ts';
import { VOCABULARY_DIR } from '../lib/spelling.ts';
import { FACET_TABLE_FILE } from '../lib/facet-table.ts';
import { onSearchDocumentsWritten } from './search-handoff.ts';

export const PAGEFIND_DIR = 'pagefind';

/**
 * Set by `npm run build` (scripts/build.ts): the path where the build leaves its search
 * index job instead of indexing. Pagefind's own process peaks at several gigabytes at
 * 10,000 materials (it keeps a map for every word of every page while it writes the
 * index), and beside Astro's page generation the two together passed what a 7 GB
 * runner has; run after Astro has exited, each has the machine to itself.
 */
export const SEARCH_INDEX_JOB = 'SEARCH_INDEX_JOB';

/** What the build leaves for indexing after it: the documents, the staging folder, the site. */
export interface DeferredIndexJob extends IndexJob {
	siteDir: string;
}

export interface IndexJob {
	documentsFile: string;
	outputPath: string;
}

export interface IndexResult {
	records: number;
	seconds: number;
}

/** Indexes on a worker thread into an emptied `outputPath`; resolves when the index is written there. */
export function startSearchIndex(job: IndexJob): Promise<IndexResult> {
	rmSync(job.outputPath, { recursive: true, force: true });
	mkdirSync(job.outputPath, { recursive: true });
	return new Promise((resolve, reject) => {
		const worker = new Worker(new URL('./search-index-worker.ts', import.meta.url), { workerData: job });
		worker.once('message', (message: IndexResult | { error: string }) => {
			if ('error' in message) reject(new Error(message.error));
			else resolve(message);
		});
		worker.once('error', reject);
		worker.once('exit', (code) => {
			if (code !== 0) reject(new Error(`The search index worker stopped with code ${code}`));
		});
	});
}

export function searchIndex(): AstroIntegration {
	let cacheDir: URL;
	let staging: string;
	let indexing: Promise<IndexResult> | undefined;
	const start = (documentsFile: string) => {
		if (indexing) return;
		indexing = startSearchIndex({ documentsFile, outputPath: staging });
		// Failures are reported when the build is done; until then nobody awaits this.
		indexing.catch(() => undefined);
	};
	const jobFile = process.env[SEARCH_INDEX_JOB] || undefined;
	return {
		name: 'search-index',
		hooks: {
			'astro:config:setup': ({ command }) => {
				if (command === 'build' && !jobFile) onSearchDocumentsWritten(start);
			},
			'astro:config:done': ({ config }) => {
				cacheDir = config.cacheDir;
				staging = fileURLToPath(new URL('pagefind-staging/', cacheDir));
			},
			// The loader normally started it already (search-handoff.ts); if not, the documents are ready now.
			'astro:build:start': () => {
				if (!jobFile) start(fileURLToPath(new URL(SEARCH_DOCUMENTS_FILE, cacheDir)));
			},
			'astro:build:done': async ({ dir, logger }) => {
				onSearchDocumentsWritten(undefined);
				if (jobFile) {
					const job: DeferredIndexJob = {
						documentsFile: fileURLToPath(new URL(SEARCH_DOCUMENTS_FILE, cacheDir)),
						outputPath: staging,
						siteDir: fileURLToPath(dir),
					};
					await writeFile(jobFile, JSON.stringify(job));
					logger.info('The search index is built after the build, in its own process (scripts/build.ts)');
					return;
				}
				if (!indexing) throw new Error('The search index was not started.');
				const waiting = performance.now();
				const { records, seconds } = await indexing;
				const waited = (performance.now() - waiting) / 1000;
				await moveIntoSite(staging, fileURLToPath(dir));
				logger.info(`Indexed ${records} materials for search in ${seconds.toFixed(1)} s, alongside the build; the build waited ${waited.toFixed(1)} s for it`);
			},
		},
	};
}

/** Indexes what a build left (see SEARCH_INDEX_JOB) and moves the index into its site. */
export async function runDeferredIndex(job: DeferredIndexJob): Promise<IndexResult> {
	const result = await startSearchIndex(job);
	await moveIntoSite(job.outputPath, job.siteDir);
	return result;
}

/** The index, the search documents, the vocabulary and the facet table, from staging into the site. */
async function moveIntoSite(staging: string, siteDir: string): Promise<void> {
	for (const folder of [PAGEFIND_DIR, SEARCH_DOCUMENTS_DIR, VOCABULARY_DIR, FACET_TABLE_FILE]) await move(join(staging, folder), join(siteDir, folder));
	await rm(staging, { recursive: true, force: true });
}

/** A rename on one file system, a copy across two (of a folder or a file). */
async function move(from: string, to: string): Promise<void> {
	await rm(to, { recursive: true, force: true });
	// With no published material there are no documents to move.
	if (!existsSync(from)) return;
	await mkdir(dirname(to), { recursive: true });
	try {
		await rename(from, to);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
		await cp(from, to, { recursive: true });
	}
}

/** Pagefind's ready-made interfaces: the search page has its own, so they would only weigh on the site. */
export const isUnusedPagefindFile = (file: string): boolean => /^pagefind-(?:component-ui|modular-ui|ui|highlight)\.(?:js|css)$/.test(file);

export async function removeUnusedPagefindFiles(dir: string): Promise<void> {
	for (const file of await readdir(dir)) if (isUnusedPagefindFile(file)) await rm(join(dir, file));
}
