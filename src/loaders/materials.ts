/**
 * The Astro content loader for materials. It uses the same reader as the content
 * check and stops the build on the first bad file: a broken material must never
 * become an empty or half-rendered page. Drafts are stored too, so editors can offer
 * completion for them; pages read only published ones (src/data/materials.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { loadMaterials, type LoadedMaterial } from '../authoring/collection.ts';
import { ContentValidationError } from '../lib/content-issues.ts';
import { searchDocument } from '../lib/search-document.ts';
import { SEARCH_DOCUMENTS_FILE, type SearchEntry } from '../lib/search.ts';
import { materialPath, withBase } from '../lib/urls.ts';
import { BUILD_ID_VARIABLE, BUILD_MARKER } from '../integrations/data-store-file.ts';
import { searchDocumentsWritten } from '../integrations/search-handoff.ts';

/** Where the loader keeps a material's HTML (and its pupil copy's, where that differs). */
export type StoredFiles = {
	htmlFile: string;
	pupilFile?: string | undefined;
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
	const digestOf = (m: Pick<LoadedMaterial, 'source' | 'folderFiles'>) =>
		generateDigest(`${fingerprint}\n${config.base}\n${[...m.folderFiles].sort().join('\n')}\n${m.source}`);

	const { materials, issues, threads } = await loadMaterials({
		root: fileURLToPath(config.root),
		materialsDir,
		base: config.base,
		cached(source) {
			const existing = store.get(source.id);
			const metadata = existing?.rendered?.metadata as (LoadedMaterial['rendered'] & StoredFiles) | undefined;
			if (!existing?.rendered || existing.digest !== digestOf(source) || !metadata) return undefined;
			// HTML whose file went with a cleared cache is rendered again.
			if (!metadata.htmlFile || !existsSync(metadata.htmlFile) || (metadata.pupilFile !== undefined && !existsSync(metadata.pupilFile))) return undefined;
			// The HTML stays in its file: nothing after loading reads it but the page (src/data/materials.ts).
			return { ...metadata, html: '' };
		},
	});
	if (issues.length > 0) throw new ContentValidationError(issues);
	// Says whether the worker pool engaged, so a build log shows which path rendered the collection.
	logger.info(
		threads > 0
			? `Loaded ${materials.length} materials, rendering changed ones on ${threads} worker threads`
			: `Loaded ${materials.length} materials, rendering changed ones in the main thread`,
	);

	// The search index is built from these while Astro saves the store and generates the pages.
	const entries: SearchEntry[] = materials
		.filter((m) => m.data.status === 'publicets')
		.map((m) => ({ id: m.id, document: searchDocument(m, withBase(materialPath(m.id), config.base), m.rendered.text) }));
	const documentsFile = new URL(SEARCH_DOCUMENTS_FILE, config.cacheDir);
	await mkdir(config.cacheDir, { recursive: true });
	await writeFile(documentsFile, JSON.stringify(entries));
	searchDocumentsWritten(fileURLToPath(documentsFile));

	// This build's id in the store: the build serves the store from its file only when the file has it (src/integrations/data-store-file.ts).
	const buildId = process.env[BUILD_ID_VARIABLE];
	if (buildId) meta.set(BUILD_MARKER, buildId);

	const keep = new Set(materials.map((m) => m.id));
	for (const id of store.keys()) if (!keep.has(id)) store.delete(id);
	// A material's HTML and its pupil copy live in files beside the store, not in it. Astro writes
	// the store as one string, and the HTML of 10,000 materials is longer than V8's longest string
	// (2^29 − 24 characters). The files are named by the digest, so an unchanged material keeps its own.
	const htmlDir = fileURLToPath(new URL('rendered-html/', config.cacheDir));
	await mkdir(htmlDir, { recursive: true });
	const current = new Set<string>();
	for (const material of materials) {
		const { html, pupilHtml, ...rest } = material.rendered as LoadedMaterial['rendered'] & Partial<StoredFiles>;
		const digest = digestOf(material);
		const metadata: Omit<LoadedMaterial['rendered'], 'html' | 'pupilHtml'> & StoredFiles = { ...rest, htmlFile: join(htmlDir, `${digest}.html`) };
		current.add(`${digest}.html`);
		if (!existsSync(metadata.htmlFile)) await writeFile(metadata.htmlFile, html);
		if (pupilHtml !== undefined || rest.pupilFile !== undefined) {
			metadata.pupilFile = join(htmlDir, `${digest}.skolenam.html`);
			current.add(`${digest}.skolenam.html`);
			if (!existsSync(metadata.pupilFile)) await writeFile(metadata.pupilFile, pupilHtml ?? '');
		}
		store.set({
			id: material.id,
			data: material.data,
			filePath: material.filePath,
			digest,
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
