/**
 * The Astro content loader for materials. It uses the same reader as the content
 * check and stops the build on the first bad file: a broken material must never
 * become an empty or half-rendered page. Drafts are stored too, so editors can offer
 * completion for them; pages read only published ones (src/data/materials.ts).
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { loadMaterials, type LoadedMaterial } from '../authoring/collection.ts';
import { ContentValidationError } from '../lib/content-issues.ts';
import { searchDocument } from '../lib/search-document.ts';
import { SEARCH_DOCUMENTS_FILE, type SearchEntry } from '../lib/search.ts';
import { materialPath, withBase } from '../lib/urls.ts';
import { searchDocumentsWritten } from '../integrations/search-handoff.ts';

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
	for (const dir of ['authoring', 'i18n', 'lib', 'schemas']) {
		const files = (await readdir(join(srcDir, dir))).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).sort();
		for (const file of files) hash.update(await readFile(join(srcDir, dir, file)));
	}
	hash.update(await readFile(join(root, 'package-lock.json')).catch(() => ''));
	return hash.digest('hex');
}

async function sync({ store, config, logger, generateDigest }: LoaderContext, materialsDir: string): Promise<void> {
	const fingerprint = await rendererFingerprint(fileURLToPath(config.root), fileURLToPath(config.srcDir));
	const digestOf = (m: Pick<LoadedMaterial, 'source' | 'folderFiles'>) =>
		generateDigest(`${fingerprint}\n${config.base}\n${[...m.folderFiles].sort().join('\n')}\n${m.source}`);

	const { materials, issues } = await loadMaterials({
		root: fileURLToPath(config.root),
		materialsDir,
		base: config.base,
		cached(source) {
			const existing = store.get(source.id);
			const metadata = existing?.rendered?.metadata as LoadedMaterial['rendered'] | undefined;
			if (!existing?.rendered || existing.digest !== digestOf(source) || !metadata) return undefined;
			return { ...metadata, html: existing.rendered.html };
		},
	});
	if (issues.length > 0) throw new ContentValidationError(issues);

	// The search index is built from these while Astro saves the store and generates the pages.
	const entries: SearchEntry[] = materials
		.filter((m) => m.data.status === 'publicets')
		.map((m) => ({ id: m.id, document: searchDocument(m, withBase(materialPath(m.id), config.base), m.rendered.text) }));
	const documentsFile = new URL(SEARCH_DOCUMENTS_FILE, config.cacheDir);
	await mkdir(config.cacheDir, { recursive: true });
	await writeFile(documentsFile, JSON.stringify(entries));
	searchDocumentsWritten(fileURLToPath(documentsFile));

	const keep = new Set(materials.map((m) => m.id));
	for (const id of store.keys()) if (!keep.has(id)) store.delete(id);
	for (const material of materials) {
		const { html, ...metadata } = material.rendered;
		store.set({
			id: material.id,
			data: material.data,
			filePath: material.filePath,
			digest: digestOf(material),
			rendered: { html, metadata },
			assetImports: metadata.imagePaths,
		});
	}
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
