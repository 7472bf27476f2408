import { describe, expect, test } from 'vitest';
import { COMPONENTS } from '../authoring/components.ts';
import { renderBody, type RenderOptions } from '../authoring/render.ts';
import { imageMarkdown, insertAt } from './body-widget.ts';
import { componentSnippets } from './snippets.ts';

const options: RenderOptions = {
	file: 'content/materials/fizika/a/index.mdx',
	lineOffset: 20,
	folderFiles: new Set(['index.mdx']),
	attachments: new Set(),
	attachmentUrl: (file) => `/materiali/fizika/a/${file}`,
};

describe('the body editor’s components', () => {
	test('it offers every component of the allowlist, and nothing else', () => {
		expect(componentSnippets().map((s) => s.component)).toEqual(Object.keys(COMPONENTS));
	});

	test.each(componentSnippets())('the snippet of $component passes the content check as inserted', async ({ component, text }) => {
		const parent = COMPONENTS[component]!.parent;
		const body = parent ? `<${parent}>\n\n${text}\n\n</${parent}>\n` : `${text}\n`;
		const result = await renderBody(body, options);
		expect(result.issues).toEqual([]);
		expect(result.html).not.toBe('');
	});

	test('each is labelled with what it is for', () => {
		for (const snippet of componentSnippets()) expect(snippet.label).toMatch(new RegExp(`^${snippet.component} — \\p{Lu}`, 'u'));
	});
});

describe('inserting at the cursor', () => {
	test('a component goes on lines of its own, wherever the cursor is, and the caret lands after it', () => {
		expect(insertAt('', 0, 0, '<X />')).toEqual({ value: '<X />\n\n', caret: 5 });
		expect(insertAt('Teksts.', 7, 7, '<X />').value).toBe('Teksts.\n\n<X />\n\n');
		expect(insertAt('Pirms.\n\nPēc.', 7, 7, '<X />').value).toBe('Pirms.\n\n<X />\n\nPēc.');
		const replaced = insertAt('A izvēlēts B', 2, 10, '<X />');
		expect(replaced.value).toBe('A \n\n<X />\n\n B');
		expect(replaced.value.slice(0, replaced.caret).endsWith('<X />')).toBe(true);
	});
});

describe('inserting an image', () => {
	test('it is written as the check wants a material’s own image, from its file name alone', async () => {
		const text = imageMarkdown('sviras-shema.png');
		expect(text).toBe('![Attēla apraksts](./sviras-shema.png)');
		expect(imageMarkdown('content/materials/fizika/a/sviras-shema.png')).toBe(text);
		const result = await renderBody(`${text}\n`, { ...options, folderFiles: new Set(['index.mdx', 'sviras-shema.png']) });
		expect(result.issues).toEqual([]);
	});
});
