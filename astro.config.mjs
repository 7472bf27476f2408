// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { cdnFiles } from './src/integrations/cdn-files.ts';
import { dataFiles } from './src/integrations/data-files.ts';
import { dataStoreFromFile } from './src/integrations/data-store-file.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { sitemapOptions } from './src/integrations/sitemap-filter.ts';

const outDir = process.env.OUT_DIR ?? './dist';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
	site: process.env.SITE_URL ?? 'http://localhost:4321',
	base,
	trailingSlash: 'always',
	// OUT_DIR lets tests build fixture sites without touching dist/.
	outDir,
	// CACHE_DIR keeps the benchmark's corpora out of the project's own content cache.
	cacheDir: process.env.CACHE_DIR ?? './node_modules/.astro',
	integrations: [
		// First: bad targets, related terms or figures stop the build before anything is written.
		dataFiles(),
		mdx(),
		react(),
		dataStoreFromFile(),
		sitemap(sitemapOptions(outDir, base)),
		// After the pages are written: it hashes their inline scripts and styles into the CSP.
		cdnFiles(),
		// Last: its index has been building alongside the pages, and the hooks before gave it time.
		searchIndex(),
	],
	experimental: {
		// Lets the Astro editor extension complete and check materials' frontmatter (see .vscode/).
		contentIntellisense: true,
	},
});
