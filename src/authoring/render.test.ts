import { describe, expect, test } from 'vitest';
import { renderBody, type RenderOptions } from './render.ts';

const options: RenderOptions = {
	file: 'content/materials/fizika/a/index.mdx',
	lineOffset: 20,
	folderFiles: new Set(['index.mdx', 'grafiks.png', 'darba-lapa.pdf', 'zimejums.svg']),
	attachments: new Set(['darba-lapa.pdf']),
	attachmentUrl: (file) => `/materiali/fizika/a/${file}`,
};

async function html(body: string) {
	const result = await renderBody(body, options);
	expect(result.issues).toEqual([]);
	return result;
}

async function issues(body: string) {
	const result = await renderBody(body, options);
	expect(result.html).toBe('');
	return result.issues;
}

describe('what authors may write', () => {
	test('Markdown, GFM tables and footnotes in Latvian', async () => {
		const { html: out, headings } = await html(
			'## Ievads\n\nTeksts ar **treknu** un ~~svītrotu~~.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nAtsauce[^1].\n\n[^1]: Avots.\n',
		);
		expect(out).toContain('<h2 id="ievads">Ievads</h2>');
		expect(out).toContain('<del>svītrotu</del>');
		expect(out).toMatch(/<div class="table-scroll" role="region" tabindex="0" aria-label="Tabula 1"><table>/);
		expect(out).toContain('Vēres');
		expect(headings).toEqual([{ depth: 2, slug: 'ievads', text: 'Ievads' }]);
	});

	test('math becomes KaTeX with MathML, and formulas stay out of the search text', async () => {
		const { html: out, hasMath, text } = await html('Ātrums $v = \\frac{s}{t}$ un kopa $\\{1, 2\\}$.\n\n$$\nE = mc^2\n$$\n');
		expect(hasMath).toBe(true);
		expect(text).toBe('Ātrums un kopa .');
		expect(out).toContain('<math xmlns="http://www.w3.org/1998/Math/MathML">');
		expect(out).toContain('class="katex-mathml"');
		expect(out).toContain('class="katex-display"');
	});

	test('broken math is an error with its line', async () => {
		const result = await renderBody('Teksts\n\n$\\frac{1}{$\n', options);
		expect(result.issues).toEqual([expect.objectContaining({ line: 23, construct: 'formula' })]);
	});

	test('a local image goes to Astro’s image pipeline, with its title as caption', async () => {
		const { html: out, imagePaths } = await html('![Ātruma grafiks](./grafiks.png "1. attēls. Ātrums")\n');
		expect(imagePaths).toEqual(['./grafiks.png']);
		expect(out).toMatch(/^<figure class="figure"><img __ASTRO_IMAGE_="[^"]+"><figcaption>1\. attēls\. Ātrums<\/figcaption><\/figure>$/);
		const json = JSON.parse(/__ASTRO_IMAGE_="([^"]+)"/.exec(out)![1]!.replaceAll('&#x22;', '"'));
		expect(json).toMatchObject({ src: './grafiks.png', alt: 'Ātruma grafiks', index: 0, loading: 'lazy' });
	});

	test('links to attachments point at their published address', async () => {
		const { html: out } = await html('[Darba lapa](./darba-lapa.pdf) un [LVĢMC](https://www.meteo.lv/).\n');
		expect(out).toContain('<a href="/materiali/fizika/a/darba-lapa.pdf" download>Darba lapa</a>');
		expect(out).toContain('<a href="https://www.meteo.lv/" rel="noopener noreferrer">LVĢMC</a>');
	});

	test('links to other materials are collected for checking', async () => {
		const { internalLinks } = await html('Sk. [brīvā krišana](/materiali/fizika/briva-krisana/).\n');
		expect(internalLinks).toEqual([{ url: '/materiali/fizika/briva-krisana/', line: 21 }]);
	});

	test('note, task with answer and rubric components', async () => {
		const body = [
			'<Piezime veids="padoms">',
			'',
			'Sāc ar **jautājumu**.',
			'',
			'</Piezime>',
			'',
			'<Uzdevums punkti="2">',
			'',
			'Aprēķini.',
			'',
			'<Atbilde>',
			'',
			'$a = 2$',
			'',
			'</Atbilde>',
			'',
			'</Uzdevums>',
			'',
			'<Uzdevums virsraksts="Grafiks">Nolasi.</Uzdevums>',
			'',
			'<Rubrika virsraksts="Kritēriji">',
			'',
			'| Kritērijs | Punkti |',
			'|---|---|',
			'| Aprēķins | 2 |',
			'',
			'</Rubrika>',
		].join('\n');
		const { html: out } = await html(body);
		expect(out).toContain(
			'<div class="callout callout--padoms" role="note"><p class="callout__title">Padoms</p><p>Sāc ar <strong>jautājumu</strong>.</p></div>',
		);
		expect(out).toContain('<strong>Uzdevums 1</strong><span class="task__points"> (2 p.)</span>');
		expect(out).toContain('<details class="answer teacher-only"><summary>Atbilde</summary>');
		expect(out).toContain('<strong>Uzdevums 2. Grafiks</strong>');
		expect(out).toContain(
			'<figure class="rubric"><figcaption>Kritēriji</figcaption><div class="table-scroll" role="region" tabindex="0" aria-label="Kritēriji">',
		);
	});

	test('a video from an allowed host becomes a privacy-friendly player with a link', async () => {
		const { html: out } = await html('<Video src="https://www.youtube.com/watch?v=dQw4w9WgXcQ" virsraksts="Brīvā krišana vakuumā" />\n');
		expect(out).toContain('src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"');
		expect(out).toContain('title="Brīvā krišana vakuumā"');
		expect(out).toContain('<a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ" rel="noopener noreferrer">Skatīties video vietnē YouTube</a>');
	});

	test('inline HTML from the short list keeps only allowed attributes', async () => {
		const { html: out } = await html('H<sub>2</sub>O un <abbr title="Valsts izglītības satura centrs">VISC</abbr>.\n');
		expect(out).toBe('<p>H<sub>2</sub>O un <abbr title="Valsts izglītības satura centrs">VISC</abbr>.</p>');
	});
});

describe('what is refused, with file, line and construct', () => {
	test.each([
		['import', "import fs from 'node:fs'\n", 'import/export'],
		['export', "export const x = require('child_process')\n", 'import/export'],
		['an expression', 'Divi plus divi ir {2 + 2}.\n', '{…}'],
		['a flow expression', '{globalThis.process.exit(1)}\n', '{…}'],
		['a script element', '<script>alert(1)</script>\n', '<script>'],
		['a style element', '<style>{"body{display:none}"}</style>\n', '<style>'],
		['an iframe', '<iframe src="https://example.com"></iframe>\n', '<iframe>'],
		['an img element', '<img src="x" />\n', '<img>'],
		['an unknown component', '<Tabs>x</Tabs>\n', '<Tabs>'],
		['a fragment', '<>x</>\n', '<>'],
		['an event handler', '<Piezime onClick="alert(1)">x</Piezime>\n', '<Piezime> onClick'],
		['a style attribute', '<sub style="color:red">x</sub>\n', '<sub> style'],
		['an expression attribute', '<Piezime veids={"padoms"}>x</Piezime>\n', '<Piezime> veids'],
		['a spread attribute', '<Piezime {...props}>x</Piezime>\n', '<Piezime>'],
		['a value outside the list', '<Piezime veids="sarkans">x</Piezime>\n', '<Piezime> veids'],
		['a video from another host', '<Video src="https://evil.example/v.mp4" virsraksts="v" />\n', '<Video> src'],
		['a video without a title', '<Video src="https://youtu.be/dQw4w9WgXcQ" />\n', '<Video> virsraksts'],
		['an answer outside a task', '<Atbilde>5</Atbilde>\n', '<Atbilde>'],
		['a rubric without a table', '<Rubrika virsraksts="K">\n\nTeksts\n\n</Rubrika>\n', '<Rubrika>'],
		['a javascript: link', '[klikšķini](javascript:alert(1))\n', 'saite'],
		['a javascript: link with an entity', '[klikšķini](jav&#x09;ascript:alert(1))\n', 'saite'],
		['a data: link', '[x](data:text/html;base64,PHNjcmlwdD4=)\n', 'saite'],
		['a protocol-relative link', '[x](//evil.example/)\n', 'saite'],
		['a relative link outside the folder', '[x](../cits/index.mdx)\n', 'saite'],
		['a link to a file that is not an attachment', '[x](./grafiks.png)\n', 'saite'],
		['a javascript: definition', '[x][a]\n\n[a]: javascript:alert(1)\n', 'saite'],
		['an image without alt text', '![](./grafiks.png)\n', 'attēls'],
		['a remote image', '![Attēls](https://evil.example/x.png)\n', 'attēls'],
		['an SVG image', '![Zīmējums](./zimejums.svg)\n', 'attēls'],
		['a missing image', '![Attēls](./nav.png)\n', 'attēls'],
		['a level-one heading', '# Otrs nosaukums\n', '#'],
		['a skipped heading level', '## A\n\n#### B\n', '####'],
	])('%s', async (_name, body, construct) => {
		const found = await issues(body);
		expect(found.length).toBeGreaterThan(0);
		expect(found).toContainEqual(expect.objectContaining({ file: options.file, construct }));
		for (const issue of found) expect(issue.line).toBeGreaterThan(options.lineOffset);
	});

	test('an HTML comment is a syntax error with its line, explained', async () => {
		const found = await issues('Teksts\n\n<!-- slēpts -->\n');
		expect(found).toEqual([expect.objectContaining({ construct: 'MDX', line: 23, message: expect.stringContaining('HTML komentāri') })]);
	});

	test.each(['Ja x <y, tad …\n', 'Ja a <= b\n', 'Ja x <5 tad\n'])('a stray < in text (%j) is explained, not a silent element', async (body) => {
		const found = await issues(body);
		expect(found[0]).toMatchObject({ construct: 'MDX', line: 21, message: expect.stringContaining('zīme <') });
	});

	test.each(['3. uzdevums: vidējais ātrums', 'Uzdevums 3 — grafiks', ' 12. Uzdevums', '3. Grafiks', '4) Kāpēc pulss paātrinās?'])(
		'a task title with its own number (%j) is refused: the portal numbers tasks',
		async (title) => {
			const found = await issues(`<Uzdevums virsraksts="${title}">\n\nAprēķini.\n\n</Uzdevums>\n`);
			expect(found).toEqual([expect.objectContaining({ line: 21, message: expect.stringContaining('numurē portāls') })]);
			// A number elsewhere in the title is the author's business.
			await html('<Uzdevums virsraksts="Faila 5. uzdevums: gadi_lidz">\n\nAprēķini.\n\n</Uzdevums>\n');
			// So is an ordinal in a phrase, which goes on in lower case.
			await html('<Uzdevums virsraksts="1. pasaules karš un Latvija">\n\nAtbildi.\n\n</Uzdevums>\n');
		},
	);

	test('an unclosed component is named', async () => {
		const found = await issues('<Piezime>\n\nTeksts\n');
		expect(found[0]).toMatchObject({ construct: 'MDX', message: expect.stringContaining('nav aizvērts') });
	});

	test('a block component written on one line is accepted', async () => {
		const { html: out } = await html('<Piezime>Īss teksts.</Piezime>\n');
		expect(out).toBe('<div class="callout callout--piezime" role="note"><p class="callout__title">Piezīme</p><p>Īss teksts.</p></div>');
	});
});

describe('text for the search index', () => {
	test('keeps words and block breaks, leaves out formulas and answer labels', async () => {
		const { text } = await html(
			'## Ievads\n\nĀtrums $v = s/t$ ir **lielums**.\n\n- viens\n- divi\n\n<Uzdevums>\n\nAprēķini.\n\n<Atbilde>\n\nPieci.\n\n</Atbilde>\n\n</Uzdevums>\n',
		);
		expect(text).toBe('Ievads\nĀtrums ir lielums.\nviens\ndivi\nUzdevums 1\nAprēķini.\nPieci.');
	});
});

describe('what the HTML gate would refuse is refused or made valid here', () => {
	test.each([
		['an empty heading', '## \n', 'guard.emptyHeading'],
		['a heading with only an empty link', '## [](https://www.visc.gov.lv/)\n', 'guard.emptyHeading'],
		['a link without text', 'Skat. [ ](https://www.visc.gov.lv/).\n', 'guard.emptyLink'],
		['a reference link without text', 'Skat. [][visc].\n\n[visc]: https://www.visc.gov.lv/\n', 'guard.emptyLink'],
		['a list inside a text element', '<abbr title="Valsts izglītības satura centrs">\n\n- VISC\n\n</abbr>\n', 'guard.inlineOnly'],
		['two paragraphs inside a text element', '<mark>\n\nViens.\n\nDivi.\n\n</mark>\n', 'guard.inlineOnly'],
	] as const)('%s', async (_name, body, key) => {
		const { t } = await import('../i18n/index.ts');
		expect((await issues(body)).map((issue) => issue.message)).toContain(t(key));
	});

	test('a text element on lines of its own stays inside a paragraph', async () => {
		expect((await html('<kbd>\n\nCtrl\n\n</kbd>\n')).html).toBe('<p><kbd>Ctrl</kbd></p>');
	});

	test('a link whose text is code, a formula or an image description is fine', async () => {
		await html('[`print()`](https://docs.python.org/3/) un [$x^2$](https://lv.wikipedia.org/wiki/Kvadr%C4%81ts)\n');
	});

	test('headings of emoji or punctuation alone get an id all the same', async () => {
		const { html: out } = await html('## 🙂\n\n## ???\n');
		expect(out).toContain('<h2 id="sadala">🙂</h2>');
		expect(out).toContain('<h2 id="sadala-1">???</h2>');
	});
});

describe('links within the site', () => {
	test('lead only to a material, whose existence the check then confirms', async () => {
		const { t } = await import('../i18n/index.ts');
		await html('[Brīvā krišana](/materiali/fizika/briva-krisana/) un [tās darba gaita](/materiali/fizika/briva-krisana/#darba-gaita)\n');
		for (const url of ['/nekas/', '/_astro/zimejums.svg', '/materiali/fizika/a/dati.csv', '/materiali/'])
			expect(
				(await issues(`[Saite](${url})\n`)).map((issue) => issue.message),
				url,
			).toEqual([t('guard.internalLink')]);
	});
});

describe('syntax errors are explained in Latvian, at their place', () => {
	test.each([
		['<Piezime veids=piezime>Teksts</Piezime>\n', 'render.attributeQuotes', 1],
		['<Piezime veids="padoms>Teksts\n', 'render.attributeUnclosed', 2],
		['Teksts.\n\n<Piezime>\n\nTeksts.\n', 'render.unclosed', 3],
		['<Piezime>\n\nTeksts.\n\n</Uzdevums>\n', 'render.mismatchedClosing', 5],
		['Teksts </Piezime>\n', 'render.strayClosing', 1],
		['<Piezime>Teksts</Piezime veids="x">\n', 'render.closingTagSyntax', 1],
	] as const)('%j', async (body, key, line) => {
		const { t } = await import('../i18n/index.ts');
		const [issue, ...rest] = await issues(body);
		expect(rest).toEqual([]);
		expect(issue?.message).toMatch(
			new RegExp(
				`^${t(key, { tag: '.*', found: '.*', open: '.*' })
					.replace(/[()[\]?+|^$]/g, '\\$&')
					.replaceAll('\\.\\*', '.*')}$`,
			),
		);
		expect(issue?.line).toBe(line + options.lineOffset);
		expect(issue?.message).not.toMatch(/[Uu]nexpected|[Ee]xpected/);
	});
});

test('a definition that an image and a link share obeys the rules of both', async () => {
	const { t } = await import('../i18n/index.ts');
	const found = await issues('![Grafiks][g] un [lejupielādēt][g]\n\n[g]: ./grafiks.png\n');
	expect(found.map((issue) => issue.message)).toEqual([t('guard.linkNotAttachment')]);
	await html('![Grafiks][g]\n\n[g]: ./grafiks.png\n');
});
