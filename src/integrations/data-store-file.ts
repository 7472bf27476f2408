/**
 * Lets the build read the content store from its file instead of compiling it.
 *
 * Astro hands the store (every material's HTML) to the page build as one module,
 * `export default JSON.parse("…")`, a single string literal as large as the store. V8
 * grows its buffer for a literal by at most 1 MiB at a time, so compiling it takes time
 * in proportion to the square of its size: 0.2 s at 1,000 materials, 15 s at 3,000,
 * nearly three minutes at 10,000. The static build runs on the machine that wrote the
 * store, so the module can simply read the file. Astro's chunked storage avoids the
 * literal too, but writes its chunks a character at a time, which is slower still.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/*
 * What this mirrors of Astro 7.3.5 (see docs/internals.md, guarded by tests/sites/fixtures.test.ts):
 * the store's module id and file name (astro/src/content/consts.ts), the file in cacheDir when
 * building (astro/src/content/paths.ts, getDataStoreFile), and that it is one file only while
 * experimental.collectionStorage is unset or 'single-file' (getDataStoreChunkSize).
 */
const RESOLVED_DATA_STORE_ID = '\0astro:data-layer-content';
const DATA_STORE_FILE = 'data-store.json';
const escapeRegExp = (text: string) => text.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');

/** Set at the start of a build; the materials loader writes it into the store's meta (BUILD_MARKER). */
export const BUILD_ID_VARIABLE = 'MATERIALI_BUILD_ID';
export const BUILD_MARKER = 'build-id';

export type StoreVerdict = { engage: true } | { engage: false; why: string } | { refuse: string };

/**
 * Whether the build may read the store from its file. Not when Astro keeps the store
 * elsewhere (chunked storage) or there is no file: then Astro compiles it, as it would
 * without this integration. A file without this build's id was written by another build
 * in this checkout since this one's content sync (builds sharing `cacheDir` at once);
 * Astro would read it just the same and publish the other build's materials, so the build stops.
 */
export function storeVerdict(options: { collectionStorage: unknown; storeText: string | undefined; buildId: string; file: string }): StoreVerdict {
	if (options.collectionStorage !== undefined && options.collectionStorage !== 'single-file')
		return { engage: false, why: `experimental.collectionStorage is ${JSON.stringify(options.collectionStorage)}: the store is not one file` };
	if (options.storeText === undefined) return { engage: false, why: 'there is no store file' };
	if (!options.storeText.includes(options.buildId))
		return {
			refuse: `${options.file} was not written by this build (it lacks the build id the materials loader writes): another build using the same cacheDir overwrote it. Run one build at a time per checkout, or give each its own CACHE_DIR.`,
		};
	return { engage: true };
}

export function dataStoreFromFile(): AstroIntegration {
	return {
		name: 'data-store-file',
		hooks: {
			'astro:config:setup': ({ command, config, updateConfig, logger }) => {
				if (command !== 'build') return;
				const buildId = randomUUID();
				process.env[BUILD_ID_VARIABLE] = buildId;
				const collectionStorage = (config.experimental as { collectionStorage?: unknown }).collectionStorage;
				let reported = false;
				// Astro keeps the list of content images in .astro/ but the store in cacheDir, and
				// rewrites the list only when the store changed. Builds of other corpora (the
				// benchmark, fixture sites) with their own cacheDir would leave a list that does
				// not match this store, and images would stay unresolved; so it is always rewritten.
				for (const name of ['content-assets.mjs', 'content-modules.mjs']) rmSync(new URL(`.astro/${name}`, config.root), { force: true });
				const file = fileURLToPath(new URL(DATA_STORE_FILE, config.cacheDir));
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'data-store-file',
								enforce: 'pre',
								// Before Astro's own loader, which would read the store, check it and escape
								// all of it into a literal only to have it replaced (at 10,000 materials the Vite
								// build took 16 s with that, under 2 s without).
								load: {
									order: 'pre',
									filter: { id: new RegExp(`^${escapeRegExp(RESOLVED_DATA_STORE_ID)}$`) },
									handler(id) {
										// Only the server side runs at build time; nothing reads the store in the browser.
										if (id !== RESOLVED_DATA_STORE_ID || this.environment.name === 'client') return undefined;
										let storeText: string | undefined;
										try {
											storeText = readFileSync(file, 'utf8');
										} catch {
											storeText = undefined;
										}
										const verdict = storeVerdict({ collectionStorage, storeText, buildId, file });
										if ('refuse' in verdict) throw new Error(verdict.refuse);
										if (!reported) {
											reported = true;
											if (!verdict.engage) logger.warn(`not engaged, so Astro compiles the store into the build (slow for large collections): ${verdict.why}`);
											else logger.info(`engaged: the build reads the content store from ${file}`);
										}
										if (!verdict.engage) return undefined;
										return {
											code: `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));`,
											map: { mappings: '' },
											// What Astro marks its own store module with, so incremental builds skip it too.
											meta: { astroIncremental: { kind: 'content-data' } },
										};
									},
								},
							},
						],
					},
				});
			},
		},
	};
}
