/**
 * The search index worker (search-index.ts): from the loader's documents, it writes
 * each material's search document (read by the search page for excerpts), the
 * vocabulary shards for spelling suggestions and the Pagefind index, all into the
 * staging folder.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { FACETS, publishedDocument, searchDocumentPath, searchRecord, type SearchEntry } from '../lib/search.ts';
import { buildFacetTable, FACET_TABLE_FILE } from '../lib/facet-table.ts';
import { VOCABULARY_DIR, VocabularyBuilder } from '../lib/spelling.ts';
import { chunks } from '../lib/latvian.ts';
import { PAGEFIND_DIR, removeUnusedPagefindFiles, type IndexJob, type IndexResult } from './search-index.ts';

async function buildIndex({ documentsFile, outputPath }: IndexJob): Promise<IndexResult> {
	const started = performance.now();
	const entries = JSON.parse(await readFile(documentsFile, 'utf8')) as SearchEntry[];
	// One order on every machine, so the same content gives the same index.
	entries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	const { index, errors } = await pagefind.createIndex({ forceLanguage: 'lv' });
	if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
	try {
		// Records go out without waiting for each answer: Pagefind indexes one while this
		// thread writes and tokenises the next.
		const answers = [];
		const vocabulary = new VocabularyBuilder();
		for (const [row, { id, document }] of entries.entries()) {
			const textChunks = chunks(document.text);
			vocabulary.add([document.title, document.topic, ...document.outcomes].join('\n'), textChunks);
			const file = join(outputPath, searchDocumentPath(id));
			await mkdir(dirname(file), { recursive: true });
			await writeFile(file, JSON.stringify(publishedDocument(document, textChunks)));
			answers.push(index.addCustomRecord(searchRecord(document, row, textChunks)).then((added) => ({ id, errors: added.errors })));
		}
		await mkdir(dirname(join(outputPath, FACET_TABLE_FILE)), { recursive: true });
		await writeFile(
			join(outputPath, FACET_TABLE_FILE),
			JSON.stringify(
				buildFacetTable(
					entries.map((entry) => entry.document),
					FACETS,
				),
			),
		);
		const vocabularyDir = join(outputPath, VOCABULARY_DIR);
		await mkdir(vocabularyDir, { recursive: true });
		for (const [key, shard] of vocabulary.shards()) await writeFile(join(vocabularyDir, `${key}.json`), JSON.stringify(shard));
		for (const { id, errors: failed } of await Promise.all(answers)) {
			if (failed.length > 0) throw new Error(`Pagefind could not index ${id}: ${failed.join('; ')}`);
		}
		const pagefindDir = join(outputPath, PAGEFIND_DIR);
		const written = await index.writeFiles({ outputPath: pagefindDir });
		if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
		await removeUnusedPagefindFiles(pagefindDir);
	} finally {
		await pagefind.close();
	}
	return { records: entries.length, seconds: (performance.now() - started) / 1000 };
}

buildIndex(workerData as IndexJob).then(
	(result) => parentPort?.postMessage(result),
	(error: unknown) => parentPort?.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
);
