import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { parseSource } from './frontmatter.ts';
import { mayHaveLiteralAutolinks, remarkGfmWithoutLiteralAutolinks } from './gfm.ts';

const full = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkMath).freeze();
const lighter = unified().use(remarkParse).use(remarkMdx).use(remarkGfmWithoutLiteralAutolinks).use(remarkMath).freeze();

const everyGfmFeature = `# Darba lapa

| Lielums | Apzīmējums | Vienība |
| :-- | :-: | --: |
| Ātrums | $v$ | m/s |

- [x] Izmēri attālumu.
- [ ] ~~Aprēķini~~ Nosaki ātrumu.[^1]

<Uzdevums>
  Cik ir $\\frac{1}{2} + \\frac{1}{3}$?
</Uzdevums>

[^1]: Ātrums ir ceļš, dalīts ar laiku.
`;

describe('literal autolinks', () => {
	test('are looked for where GFM can start one', () => {
		for (const text of [
			'Skat. www.visc.gov.lv.',
			'Skat. WWW.VISC.GOV.LV',
			'https://skola2030.lv',
			'HTTP://example.lv',
			'Raksti uz info@skola.lv',
			'mailto:info@skola.lv',
		]) {
			expect(mayHaveLiteralAutolinks(text), text).toBe(true);
		}
		for (const text of ['Vienādojums $x^2 = 4$.', '[saite](/materiali/fizika/svira/)', 'http: un www bez punkta', everyGfmFeature]) {
			expect(mayHaveLiteralAutolinks(text), text).toBe(false);
		}
	});

	test('are what the lighter parser leaves out, so it must not get bodies that may have them', () => {
		const link = (tree: unknown) => JSON.stringify(tree).includes('"type":"link"');
		expect(link(full.parse('Skat. www.visc.gov.lv.'))).toBe(true);
		expect(link(lighter.parse('Skat. www.visc.gov.lv.'))).toBe(false);
	});
});

describe('without literal autolinks the lighter parser gives the same tree', () => {
	test('for tables, task lists, strikethrough, footnotes, math and components', () => {
		expect(lighter.parse(everyGfmFeature)).toEqual(full.parse(everyGfmFeature));
	});

	// Renders every material of the collection: a budget for a busy 2-core machine, not a quiet one.
	test('for every material in the collection that has no literal autolink', { timeout: 120_000 }, async () => {
		const root = resolve(import.meta.dirname, '../../content/materials');
		const files = (await readdir(root, { recursive: true })).filter((file) => file.endsWith('index.mdx'));
		let compared = 0;
		for (const file of files) {
			const parsed = parseSource(await readFile(join(root, file), 'utf8'), file);
			if (!('body' in parsed) || mayHaveLiteralAutolinks(parsed.body)) continue;
			expect(lighter.parse(parsed.body), file).toEqual(full.parse(parsed.body));
			compared += 1;
		}
		expect(compared).toBeGreaterThan(10);
	});
});
