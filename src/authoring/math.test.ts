import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { renderBody, type RenderOptions } from './render.ts';

const options: RenderOptions = {
	file: 'content/materials/matematika/a/index.mdx',
	lineOffset: 0,
	folderFiles: new Set(['index.mdx']),
	attachments: new Set(),
	attachmentUrl: (file) => file,
};

const stylesheet = readFileSync(createRequire(import.meta.url).resolve('katex/dist/katex.css'), 'utf8');

describe('formulas', () => {
	test('every class KaTeX writes is styled by the stylesheet the pages link', async () => {
		const { html, issues } = await renderBody(
			'Sakne $x_{1,2} = \\frac{-b \\pm \\sqrt{D}}{2a}$ un leņķis $\\alpha = 30^\\circ$.\n\n$$\n\\sum_{i=1}^{n} i = \\frac{n(n+1)}{2}\n$$\n',
			options,
		);
		expect(issues).toEqual([]);
		const classes = new Set([...html.matchAll(/class="([^"]+)"/g)].flatMap((match) => match[1]!.split(' ')));
		expect(classes.size).toBeGreaterThan(10);
		// Atom classes (mord, mbin, mrel…) only name the kind of symbol; layout classes must be styled.
		const unstyled = [...classes].filter((name) => !/^m(?:ord|bin|rel|open|close|punct|op|inner|tight)$/.test(name) && !stylesheet.includes(`.${name}`));
		expect(unstyled).toEqual([]);
	});

	test('inline and display formulas, each once, with MathML for screen readers', async () => {
		const { html, hasMath } = await renderBody('Ātrums $v$.\n\n$$\nv = \\frac{s}{t}\n$$\n', options);
		expect(hasMath).toBe(true);
		expect(html.match(/<span class="katex">/g)).toHaveLength(2);
		expect(html.match(/<span class="katex-display">/g)).toHaveLength(1);
		expect(html.match(/<math xmlns="http:\/\/www.w3.org\/1998\/Math\/MathML"/g)).toHaveLength(2);
		// The <pre> that carried the display formula is gone.
		expect(html).not.toContain('<pre');
	});

	test('a formula cannot carry links or markup', async () => {
		const { html } = await renderBody('Saite $\\href{javascript:alert(1)}{x}$ un $\\htmlClass{x}{y}$ un $<script>$.\n', options);
		// Refused commands show as their source text, never as a link or an element.
		expect(html).not.toMatch(/<a\b|href=/);
		expect(html).not.toContain('<script');
		expect(html).not.toMatch(/class="x"/);
		expect(html).toContain('&lt;script&gt;');
	});
});
