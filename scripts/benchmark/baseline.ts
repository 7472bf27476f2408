/**
 * The plain Astro + MDX site the benchmark compares with: the same corpus in a glob
 * content collection, compiled by @astrojs/mdx on Astro's remark pipeline (GFM, math
 * typeset by KaTeX, as ours), one page
 * per material, then the Pagefind CLI over the HTML. It uses this project's
 * node_modules, so both sites build with the same versions of everything.
 */
import { mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Component names the corpus uses; the baseline gives each a plain wrapper. */
async function componentNames(corpusDir: string): Promise<string[]> {
	const names = new Set<string>();
	for (const entry of await readdir(corpusDir, { recursive: true })) {
		if (!entry.endsWith('.mdx')) continue;
		for (const [, name] of (await readFile(join(corpusDir, entry), 'utf8')).matchAll(/<([A-Z][A-Za-z]*)/g)) names.add(name!);
	}
	return [...names].sort();
}

export async function writeBaselineProject(projectDir: string, corpusDir: string, repoRoot: string): Promise<void> {
	await rm(projectDir, { recursive: true, force: true });
	await mkdir(join(projectDir, 'src/pages'), { recursive: true });
	await mkdir(join(projectDir, 'src/components'), { recursive: true });
	await symlink(join(repoRoot, 'node_modules'), join(projectDir, 'node_modules'), 'dir');
	await writeFile(join(projectDir, 'package.json'), JSON.stringify({ name: 'baseline', private: true, type: 'module' }));
	await writeFile(
		join(projectDir, 'astro.config.mjs'),
		`import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
export default defineConfig({
	outDir: process.env.OUT_DIR,
	// Its own cache: node_modules is this project's, shared through a symlink.
	cacheDir: './.astro-cache',
	markdown: { processor: unified({ remarkPlugins: [remarkMath], rehypePlugins: [rehypeKatex] }) },
	integrations: [mdx()],
});
`,
	);
	await writeFile(
		join(projectDir, 'src/content.config.ts'),
		`import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
export const collections = {
	materials: defineCollection({ loader: glob({ pattern: '**/index.mdx', base: ${JSON.stringify(corpusDir)} }) }),
};
`,
	);
	const names = await componentNames(corpusDir);
	for (const name of names) {
		await writeFile(join(projectDir, `src/components/${name}.astro`), `<div class=${JSON.stringify(name.toLowerCase())}><slot /></div>\n`);
	}
	await writeFile(
		join(projectDir, 'src/pages/[...id].astro'),
		`---
import { getCollection, render } from 'astro:content';
${names.map((name) => `import ${name} from '../components/${name}.astro';`).join('\n')}
export async function getStaticPaths() {
	return (await getCollection('materials')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="lv">
	<head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
	<body><main data-pagefind-body><h1>{entry.data.title}</h1><Content components={{ ${names.join(', ')} }} /></main></body>
</html>
`,
	);
}
