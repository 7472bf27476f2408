/**
 * The Astro content loader for materials. It uses the same reader as the content
 * check and stops the build on the first bad file: a broken material must never
 * become an empty or half-rendered page. Drafts are stored too, so editors can offer
 * completion for them; pages read only published ones (src/data/materials.ts).
 */
import { createHash } from 'node:crypto';
import { createWriteStream, existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { loadMaterials, type LoadedMaterial } from '../authoring/collection.ts';
import { ContentValidationError } from '../lib/content-issues.ts';
import { searchDocument } from '../lib/search-document.ts';
import { SEARCH_DOCUMENTS_FILE, type SearchEntry } from '../lib/search.ts';
import { materialPath, withBase } from '../lib/urls.ts';
import { BUILD_ID_VARIABLE, BUILD_MARKER } from '../integrations/data-store-file.ts';
import { searchDocumentsWritten } from '../integrations/search-handoff.ts';

/**
 * Where the loader keeps a material's HTML (and its pupil copy's, where that differs) and
 * its text for search: beside the content store, not in it, so the store stays small.
 */
export type StoredFiles = {
	htmlFile: string;
	pupilFile?: string | undefined;
	textFile: string;
};

export interface MaterialsLoaderOptions {
	/** Folder with `<subject>/<slug>/index.mdx`, relative to the project root. */
	directory?: string | undefined;
}

/**
 * The HTML depends on the renderer as much as on the file, so both go into the digest:
 * the renderer's own code, the helpers it uses (src/lib: addresses, versions) and the
 * exact versions of the Markdown and KaTeX packages (the lock file).
 */
async function rendererFingerprint(root: string, srcDir: string): Promise<string> {
	const hash = createHash('sha256');
	// The loader's own code too: it decides what an entry holds, and Astro keeps an entry whose digest is unchanged.
	for (const dir of ['authoring', 'i18n', 'lib', 'loaders', 'schemas']) {
		const files = (await readdir(join(srcDir, dir))).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).sort();
		for (const file of files) hash.update(await readFile(join(srcDir, dir, file)));
	}
	hash.update(await readFile(join(root, 'package-lock.json')).catch(() => ''));
	return hash.digest('hex');
}

async function sync({ store, meta, config, logger, generateDigest }: LoaderContext, materialsDir: string): Promise<void> {
	const fingerprint = await rendererFingerprint(fileURLToPath(config.root), fileURLToPath(config.srcDir));
	// The id too: two materials with the same file in different folders link their attachments differently.
	const digestOf = (m: Pick<LoadedMaterial, 'id' | 'source' | 'folderFiles'>) =>
		generateDigest(`${fingerprint}\n${config.base}\n${m.id}\n${[...m.folderFiles].sort().join('\n')}\n${m.source}`);
	// A material's HTML, its pupil copy and its text live in files named by its digest, so an
	// unchanged material keeps its own. They are written as each material is rendered and
	// dropped from memory: 10,000 materials' HTML alone is about a gigabyte.
	const htmlDir = fileURLToPath(new URL('rendered-html/', config.cacheDir));
	await mkdir(htmlDir, { recursive: true });
	const digests = new Map<string, string>();

	const { materials, issues, threads } = await loadMaterials({
		root: fileURLToPath(config.root),
		materialsDir,
		base: config.base,
		cached(source) {
			const existing = store.get(source.id);
			const metadata = existing?.rendered?.metadata as (Omit<LoadedMaterial['rendered'], 'html' | 'pupilHtml' | 'text'> & StoredFiles) | undefined;
			if (!existing?.rendered || existing.digest !== digestOf(source) || !metadata) return undefined;
			// What went with a cleared cache is rendered again.
			const files = [metadata.htmlFile, metadata.textFile, metadata.pupilFile];
			if (!metadata.htmlFile || !metadata.textFile || files.some((file) => file !== undefined && !existsSync(file))) return undefined;
			return { ...metadata, html: '', text: '' };
		},
		async settle(material) {
			const digest = digestOf(material);
			digests.set(material.id, digest);
			const { html, pupilHtml, text, ...rest } = material.rendered as LoadedMaterial['rendered'] & Partial<StoredFiles>;
			const files: StoredFiles = { htmlFile: join(htmlDir, `${digest}.html`), textFile: join(htmlDir, `${digest}.txt`) };
			// A reused rendering comes with empty strings and its files in place.
			if (!existsSync(files.htmlFile)) await writeFile(files.htmlFile, html);
			if (!existsSync(files.textFile)) await writeFile(files.textFile, text);
			if (pupilHtml !== undefined || rest.pupilFile !== undefined) {
				files.pupilFile = join(htmlDir, `${digest}.skolenam.html`);
				if (!existsSync(files.pupilFile)) await writeFile(files.pupilFile, pupilHtml ?? '');
			}
			return { ...material, source: '', rendered: { ...rest, ...files, html: '', text: '' } };
		},
	});
	if (issues.length > 0) throw new ContentValidationError(issues);
	// Says whether the worker pool engaged, so a build log shows which path rendered the collection.
	logger.info(
		threads > 0
			? `Loaded ${materials.length} materials, rendering changed ones on ${threads} worker threads`
			: `Loaded ${materials.length} materials, rendering changed ones in the main thread`,
	);

	// The search index is built from these while Astro saves the store and generates the pages:
	// one document a line, in the order of ids, each text read back from its file.
	const documentsFile = fileURLToPath(new URL(SEARCH_DOCUMENTS_FILE, config.cacheDir));
	const documents = createWriteStream(documentsFile);
	const published = materials.filter((m) => m.data.status === 'publicets').sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	for (const m of published) {
		const text = await readFile((m.rendered as LoadedMaterial['rendered'] & StoredFiles).textFile, 'utf8');
		const entry: SearchEntry = { id: m.id, document: searchDocument(m, withBase(materialPath(m.id), config.base), text) };
		if (!documents.write(`${JSON.stringify(entry)}\n`)) await once(documents, 'drain');
	}
	documents.end();
	await once(documents, 'finish');
	searchDocumentsWritten(documentsFile);

	// This build's id in the store: the build serves the store from its file only when the file has it (src/integrations/data-store-file.ts).
	const buildId = process.env[BUILD_ID_VARIABLE];
	if (buildId) meta.set(BUILD_MARKER, buildId);

	const keep = new Set(materials.map((m) => m.id));
	for (const id of store.keys()) if (!keep.has(id)) store.delete(id);
	const current = new Set<string>();
	for (const material of materials) {
		const { html: _html, pupilHtml: _pupil, text: _text, ...metadata } = material.rendered as LoadedMaterial['rendered'] & StoredFiles;
		for (const file of [metadata.htmlFile, metadata.textFile, metadata.pupilFile]) if (file) current.add(basename(file));
		store.set({
			id: material.id,
			data: material.data,
			filePath: material.filePath,
			digest: digests.get(material.id)!,
			rendered: { html: '', metadata },
			assetImports: metadata.imagePaths,
		});
	}
	// Files of earlier versions go; a cache that only grows would fill a builder's disk.
	for (const file of await readdir(htmlDir)) if (!current.has(file)) await rm(join(htmlDir, file), { force: true });
	const drafts = materials.filter((m) => m.data.status !== 'publicets').length;
	logger.info(`${materials.length - drafts} published materials, ${drafts} drafts`);
}

export function materialsLoader(options: MaterialsLoaderOptions = {}): Loader {
	return {
		name: 'materials',
		async load(context) {
			const materialsDir = resolve(fileURLToPath(context.config.root), options.directory ?? 'content/materials');
			await sync(context, materialsDir);
			const { watcher, logger } = context;
			if (!watcher) return;
			// In `astro dev`, any change under the materials folder reloads the collection; unchanged
			// materials come from the cache, and a mistake is reported without stopping the server.
			watcher.add(materialsDir);
			let timer: ReturnType<typeof setTimeout> | undefined;
			const reload = (path: string) => {
				if (!resolve(path).startsWith(materialsDir)) return;
				clearTimeout(timer);
				timer = setTimeout(() => {
					sync(context, materialsDir).catch((error: unknown) => logger.error(error instanceof Error ? error.message : String(error)));
				}, 150);
			};
			for (const event of ['add', 'change', 'unlink', 'addDir', 'unlinkDir'] as const) watcher.on(event, reload);
		},
	};
}
