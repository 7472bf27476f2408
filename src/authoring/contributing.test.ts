/** The authors' guide must stay true: its examples pass the guard and every allowed component is documented. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { COMPONENTS, HTML_ELEMENTS } from './components.ts';
import { renderBody } from './render.ts';
import { KIND_IDS, SKILL_IDS } from '../schemas/vocabulary.ts';
import { MAX_BODY_KB, MAX_CONTAINER_DEPTH, MAX_ELEMENT_DEPTH, MAX_INLINE_DELIMITERS } from './limits.ts';
import { MAX_ATTACHMENT_MB, MAX_IMAGE_MB, MAX_IMAGE_MEGAPIXELS, MAX_IMAGE_SIDE } from './files.ts';
import { MAX_FORMULA_LENGTH } from './math.ts';
import { MAX_ATTACHMENTS_TOTAL_MB } from './collection.ts';
import { MAX_ATTACHMENTS } from '../schemas/material.ts';

const guide = readFileSync(resolve(import.meta.dirname, '../../CONTRIBUTING.md'), 'utf8');
const examples = [...guide.matchAll(/```mdx\n([\s\S]*?)```/g)].map((match) => match[1]!);

describe('CONTRIBUTING.md', () => {
	test('has MDX examples', () => {
		expect(examples.length).toBeGreaterThanOrEqual(5);
	});

	test.each(examples.map((example, i) => [i + 1, example]))('example %i renders without issues', async (_i, example) => {
		const result = await renderBody(example as string, {
			file: 'CONTRIBUTING.md',
			lineOffset: 0,
			folderFiles: new Set(['grafiks.png', 'darba-lapa.pdf']),
			attachments: new Set(['darba-lapa.pdf']),
			attachmentUrl: (file) => file,
		});
		expect(result.issues).toEqual([]);
	});

	test('documents every component and inline element authors may use', () => {
		for (const name of [...Object.keys(COMPONENTS), ...Object.keys(HTML_ELEMENTS)]) expect(guide).toContain(`<${name}`);
	});

	test('states the limits the check applies', () => {
		for (const text of [
			`līdz ${MAX_BODY_KB} KB`,
			`cits citā līdz ${MAX_CONTAINER_DEPTH} līmeņiem`,
			`komponenti cits citā līdz ${MAX_ELEMENT_DEPTH} līmeņiem`,
			`līdz ${MAX_INLINE_DELIMITERS} izcēluma`,
			`līdz ${MAX_FORMULA_LENGTH} rakstzīmēm`,
			`līdz ${MAX_IMAGE_MB} MB un\n${MAX_IMAGE_SIDE} × ${MAX_IMAGE_SIDE} pikseļiem (kopā līdz ${MAX_IMAGE_MEGAPIXELS} megapikseļiem)`,
			`līdz ${MAX_ATTACHMENT_MB} MB; materiālam var būt līdz ${MAX_ATTACHMENTS} pielikumiem, kopā līdz ${MAX_ATTACHMENTS_TOTAL_MB} MB`,
		])
			expect(guide).toContain(text);
	});

	test('lists every kind and transversal skill', () => {
		for (const id of [...KIND_IDS, ...SKILL_IDS]) expect(guide).toContain(`\`${id}\``);
	});
});
