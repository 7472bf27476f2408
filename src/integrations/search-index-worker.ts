/**
 * The search index worker (search-index.ts): from the loader's documents, it writes
 * each material's search document (read by the search page for excerpts), the
 * vocabulary shards for spelling suggestions and the Pagefind index, all into the
 * staging folder.
 */
import { createReadStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { dirname, join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { FACETS, publishedDocument, searchDocumentPath, searchRecord, type SearchDocument, type SearchEntry } from '../lib/search.ts';
import { buildFacetTable, FACET_TABLE_FILE } from '../lib/facet-table.ts';
import { VOCABULARY_DIR, VocabularyBuilder } from '../lib/spelling.ts';
import { chunks } from '../lib/latvian.ts';
import { PAGEFIND_DIR, removeUnusedPagefindFiles, type IndexJob, type IndexResult } from './search-index.ts';

/** Pagefind answers still awaited: enough to keep its process busy, few enough that records do not pile up in the pipe. */
const OUTSTANDING = 64;

async function buildIndex({ documentsFile, outputPath }: IndexJob): Promise<IndexResult> {
	const started = performance.now();
	const { index, errors } = await pagefind.createIndex({ forceLanguage: 'lv' });
	if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
	try {
		const vocabulary = new VocabularyBuilder();
		// For the facet table only: the documents without their text.
		const facetDocuments: SearchDocument[] = [];
		const answers = new Set<Promise<void>>();
		let failure: unknown;
		let row = 0;
		// The loader wrote the entries in the order of ids, so the same content gives the same index on every machine.
		for await (const line of createInterface({ input: createReadStream(documentsFile, 'utf8'), crlfDelay: Infinity })) {
			if (!line) continue;
			const { id, document } = JSON.parse(line) as SearchEntry;
			const textChunks = chunks(document.text);
			vocabulary.add([document.title, document.topic, ...document.outcomes].join('\n'), textChunks);
			facetDocuments.push({ ...document, text: '' });
			const file = join(outputPath, searchDocumentPath(id));
			await mkdir(dirname(file), { recursive: true });
			await writeFile(file, JSON.stringify(publishedDocument(document, textChunks)));
			// Pagefind indexes one record while this thread writes and tokenises the next.
			const answer: Promise<void> = index
				.addCustomRecord(searchRecord(document, row++, textChunks))
				.then(
					(added) => {
						if (added.errors.length > 0) failure ??= new Error(`Pagefind could not index ${id}: ${added.errors.join('; ')}`);
					},
					(error: unknown) => {
						failure ??= error;
					},
				)
				.finally(() => answers.delete(answer));
			answers.add(answer);
			if (answers.size >= OUTSTANDING) await Promise.race(answers);
			if (failure) throw failure;
		}
		await Promise.all(answers);
		if (failure) throw failure;
		await mkdir(dirname(join(outputPath, FACET_TABLE_FILE)), { recursive: true });
		await writeFile(join(outputPath, FACET_TABLE_FILE), JSON.stringify(buildFacetTable(facetDocuments, FACETS)));
		const vocabularyDir = join(outputPath, VOCABULARY_DIR);
		await mkdir(vocabularyDir, { recursive: true });
		for (const [key, shard] of vocabulary.shards()) await writeFile(join(vocabularyDir, `${key}.json`), JSON.stringify(shard));
		const pagefindDir = join(outputPath, PAGEFIND_DIR);
		const written = await index.writeFiles({ outputPath: pagefindDir });
		if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
		await removeUnusedPagefindFiles(pagefindDir);
		return { records: row, seconds: (performance.now() - started) / 1000 };
	} finally {
		await pagefind.close();
	}
}

buildIndex(workerData as IndexJob).then(
	(result) => parentPort?.postMessage(result),
	(error: unknown) => parentPort?.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
);
