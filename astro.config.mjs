// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { dataStoreFromFile } from './src/integrations/data-store-file.ts';
import { searchIndex } from './src/integrations/search-index.ts';

export default defineConfig({
	site: process.env.SITE_URL ?? 'http://localhost:4321',
	base: process.env.BASE_PATH ?? '/',
	trailingSlash: 'always',
	// OUT_DIR lets tests build fixture sites without touching dist/.
	outDir: process.env.OUT_DIR ?? './dist',
	// CACHE_DIR keeps the benchmark's corpora out of the project's own content cache.
	cacheDir: process.env.CACHE_DIR ?? './node_modules/.astro',
	integrations: [mdx(), react(), dataStoreFromFile(), searchIndex()],
	experimental: {
		// Lets the Astro editor extension complete and check materials' frontmatter (see .vscode/).
		contentIntellisense: true,
	},
});
