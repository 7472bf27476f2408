import { defineCollection } from 'astro:content';
import { materialsLoader } from './loaders/materials.ts';

export const collections = {
	// MATERIALS_DIR lets tests and the benchmark build the site from another corpus.
	materials: defineCollection({ loader: materialsLoader({ directory: process.env.MATERIALS_DIR }) }),
};
