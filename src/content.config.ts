import { defineCollection } from 'astro:content';
import { materialsLoader } from './loaders/materials.ts';
import { materialSchema } from './schemas/material.ts';

export const collections = {
	materials: defineCollection({
		// MATERIALS_DIR lets tests and the benchmark build the site from another corpus.
		loader: materialsLoader({ directory: process.env.MATERIALS_DIR }),
		// The loader validates with this schema itself (with Latvian messages and line numbers);
		// naming it here gives pages their types.
		schema: materialSchema,
	}),
};
