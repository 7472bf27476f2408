/**
 * The Astro content loader for materials. It uses the same reader as the content
 * check, stores only published materials, and stops the build on the first bad
 * file: a broken material must never become an empty or half-rendered page.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { loadMaterials, type LoadedMaterial } from '../authoring/collection.ts';
import { ContentValidationError } from '../lib/content-issues.ts';

export interface MaterialsLoaderOptions {
	/** Folder with `<subject>/<slug>/index.mdx`, relative to the project root. */
	directory?: string;
}

/** The HTML depends on the renderer as much as on the file, so both go into the digest. */
async function rendererFingerprint(srcDir: string): Promise<string> {
	const hash = createHash('sha256');
	for (const dir of ['authoring', 'i18n', 'schemas']) {
		const files = (await readdir(join(srcDir, dir))).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).sort();
		for (const file of files) hash.update(await readFile(join(srcDir, dir, file)));
	}
	return hash.digest('hex');
}

export function materialsLoader(options: MaterialsLoaderOptions = {}): Loader {
	return {
		name: 'materials',
		async load({ store, config, logger, generateDigest }) {
			const root = fileURLToPath(config.root);
			const materialsDir = resolve(root, options.directory ?? 'content/materials');
			const fingerprint = await rendererFingerprint(fileURLToPath(config.srcDir));
			const digestOf = (m: Pick<LoadedMaterial, 'source' | 'folderFiles'>) =>
				generateDigest(`${fingerprint}\n${config.base}\n${[...m.folderFiles].sort().join('\n')}\n${m.source}`);

			const { materials, issues } = await loadMaterials({
				root,
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

			const published = materials.filter((m) => m.data.status === 'publicets');
			const keep = new Set(published.map((m) => m.id));
			for (const id of store.keys()) if (!keep.has(id)) store.delete(id);
			for (const material of published) {
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
			logger.info(`${published.length} published materials, ${materials.length - published.length} drafts left out`);
		},
	};
}
