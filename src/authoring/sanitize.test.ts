import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { describe, expect, test } from 'vitest';
import { COMPONENTS, VIDEO_EMBED_ORIGINS } from './components.ts';
import { renderBody, type RenderOptions } from './render.ts';
import { componentVocabulary, SCHEMA, sanitizeTree } from './sanitize.ts';

const options: RenderOptions = {
	file: 'content/materials/fizika/a/index.mdx',
	lineOffset: 0,
	folderFiles: new Set(['index.mdx', 'grafiks.png', 'darba-lapa.pdf']),
	attachments: new Set(['darba-lapa.pdf']),
	attachmentUrl: (file) => `/materiali/fizika/a/${file}`,
};

const root = (...children: Element[]): Root => ({ type: 'root', children });
const clean = (tree: Root) => toHtml(sanitizeTree(tree));

describe('the schema is generated from the allowlist', () => {
	test('every component’s elements and classes, every note kind', () => {
		expect(SCHEMA.tagNames).toEqual(expect.arrayContaining(['details', 'summary', 'iframe', 'figure', 'figcaption', 'sub', 'abbr', 'kbd']));
		const div = componentVocabulary().get('div');
		expect(div?.get('className')).toEqual(
			expect.arrayContaining(['callout', 'callout--piezime', 'callout--padoms', 'callout--uzmanibu', 'task', 'answer__body', 'video__frame']),
		);
		expect(div?.get('role')).toEqual(['note']);
	});

	test('constant properties keep their one value; an embedded player may come only from the video hosts', () => {
		const iframe = componentVocabulary().get('iframe')!;
		expect(iframe.get('sandbox')).toEqual(['allow-scripts', 'allow-same-origin', 'allow-presentation', 'allow-popups']);
		expect(iframe.get('title')).toBe('any');
		const origins = (iframe.get('src') as RegExp[]).map((pattern) => VIDEO_EMBED_ORIGINS.find((origin) => pattern.test(`${origin}/x`)));
		expect(origins.sort()).toEqual([...VIDEO_EMBED_ORIGINS].sort());
		expect(clean(root(h('iframe', { src: 'https://evil.example/embed/x', sandbox: 'allow-top-navigation' })))).toBe(
			// An empty sandbox is the strictest one.
			'<iframe sandbox=""></iframe>',
		);
	});

	test('a new component is covered without touching the sanitizer', () => {
		const vocabulary = componentVocabulary({
			...COMPONENTS,
			Jauns: { ...COMPONENTS.Piezime!, render: (attributes) => h('aside', { className: ['jauns'], title: attributes.virsraksts }) },
		});
		expect([...vocabulary.get('aside')!]).toEqual([
			['className', ['jauns']],
			['title', 'any'],
		]);
	});
});

describe('sanitizeTree', () => {
	test('drops what the allowlist does not have: elements, handlers, classes, schemes', () => {
		const tree = root(
			h('p', { onClick: 'x()', className: ['callout'], style: 'color:red' }, [h('script', 'alert(1)'), h('a', { href: 'javascript:alert(1)' }, 'a')]),
			h('div', { className: ['callout', 'evil'], role: 'note' }, [h('object', 'teksts')]),
			h('a', { href: 'tel:+37100000000' }, 'b'),
		);
		expect(clean(tree)).toBe('<p class=""><a>a</a></p><div class="callout" role="note">teksts</div><a href="tel:+37100000000">b</a>');
	});

	test('KaTeX’s raw nodes pass untouched, and the input tree is not changed', () => {
		const raw = { type: 'raw', value: '<span class="katex" onclick="kept()">x</span>' };
		const tree = { type: 'root', children: [{ type: 'element', tagName: 'p', properties: {}, children: [raw] }, raw] } as unknown as Root;
		const before = structuredClone(tree);
		const result = sanitizeTree(tree);
		expect(tree).toEqual(before);
		expect(toHtml(result, { allowDangerousHtml: true })).toBe(`<p>${raw.value}</p>${raw.value}`);
	});

	test('leaves the renderer’s own output as it is: Markdown, GFM, footnotes, components, images, attachments', async () => {
		const body = [
			'## Ievads',
			'',
			'Teksts ar **treknu**, *slīprakstu*, ~~svītrotu~~, `kodu`, H<sub>2</sub>O un <abbr title="Eiropas Savienība">ES</abbr>.[^1]',
			'',
			'1. [Darba lapa](./darba-lapa.pdf)',
			'2. [LVĢMC](https://www.meteo.lv/ "Vietne") un [pasts](mailto:a@b.lv)',
			'',
			'- [x] izdarīts',
			'- [ ] vēl ne',
			'',
			'> Citāts<br />rindā',
			'',
			'| a | b |',
			'|:--|--:|',
			'| 1 | 2 |',
			'',
			'![Grafiks](./grafiks.png "1. attēls")',
			'',
			'```python',
			'print(1)',
			'```',
			'',
			'---',
			'',
			'<Piezime veids="padoms">Padoms.</Piezime>',
			'',
			'<Uzdevums punkti="3">',
			'Jautājums.',
			'',
			'<Atbilde>Atbilde.</Atbilde>',
			'',
			'</Uzdevums>',
			'',
			'<Rubrika virsraksts="Vērtēšana">',
			'| Kritērijs | Punkti |',
			'|---|---|',
			'| A | 1 |',
			'</Rubrika>',
			'',
			'<Video src="https://youtu.be/dQw4w9WgXcQ" virsraksts="Video" />',
			'',
			'[^1]: Avots.',
		].join('\n');
		const { html, issues } = await renderBody(body, options);
		expect(issues).toEqual([]);
		const parsed = fromHtml(html, { fragment: true });
		expect(toHtml(sanitizeTree(parsed))).toBe(toHtml(parsed));
		expect(html).toContain('__ASTRO_IMAGE_');
	});
});
