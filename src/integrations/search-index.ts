/**
 * After the build, indexes every material's search document with Pagefind's Node API
 * as custom records (Latvian tokens; see src/lib/search.ts) into dist/pagefind/.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { searchRecord, type SearchDocument } from '../lib/search.ts';

export const SEARCH_DOCUMENTS = 'meklet/dati';
export const PAGEFIND_DIR = 'pagefind';

export async function buildSearchIndex(outDir: string): Promise<{ records: number }> {
	const documentsDir = join(outDir, SEARCH_DOCUMENTS);
	const files = (await readdir(documentsDir, { recursive: true })).filter((file) => file.endsWith('.json')).sort();
	const { index, errors } = await pagefind.createIndex({ forceLanguage: 'lv' });
	if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
	try {
		// Records go out in file order without waiting for each answer: Pagefind indexes one
		// while this thread tokenises the next, and the index is the same on every build.
		const answers = [];
		for (const file of files) {
			const document = JSON.parse(await readFile(join(documentsDir, file), 'utf8')) as SearchDocument;
			answers.push(index.addCustomRecord(searchRecord(document)).then((added) => ({ file, errors: added.errors })));
		}
		for (const { file, errors } of await Promise.all(answers)) {
			if (errors.length > 0) throw new Error(`Pagefind could not index ${file}: ${errors.join('; ')}`);
		}
		const written = await index.writeFiles({ outputPath: join(outDir, PAGEFIND_DIR) });
		if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
		// The search page has its own interface; Pagefind's ready-made ones would only weigh on the site.
		for (const file of await readdir(join(outDir, PAGEFIND_DIR))) {
			if (/^pagefind-(?:component-ui|modular-ui|ui|highlight)\.(?:js|css)$/.test(file)) await rm(join(outDir, PAGEFIND_DIR, file));
		}
	} finally {
		await pagefind.close();
	}
	return { records: files.length };
}

export function searchIndex(): AstroIntegration {
	return {
		name: 'search-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const { records } = await buildSearchIndex(fileURLToPath(dir));
				logger.info(`Indexed ${records} materials for search in ${((performance.now() - started) / 1000).toFixed(1)} s`);
			},
		},
	};
}
