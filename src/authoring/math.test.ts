import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import katex from 'katex';
import { describe, expect, test } from 'vitest';
import { explainKatexError, MAX_FORMULA_COUNT, MAX_FORMULA_HTML, MAX_FORMULA_LENGTH, MAX_MATERIAL_FORMULAS } from './math.ts';
import { renderBody, type RenderOptions } from './render.ts';
import { t } from '../i18n/index.ts';

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

	test('commands that would load, link or style render inert with trust off', async () => {
		const { html, issues } = await renderBody(
			'$\\url{https://example.com}$ $\\includegraphics{https://example.com/a.png}$ $\\htmlId{pwn}{x}$ $\\htmlStyle{position:fixed}{x}$ $\\htmlData{foo=bar}{x}$\n',
			options,
		);
		expect(issues).toEqual([]);
		// Their source stays readable in the MathML annotation; no attribute or element comes of it.
		expect(html).not.toMatch(/<a\b|<img\b|\shref=|\ssrc=|\sid="pwn"|style="position|\sdata-foo=/);
	});
});

/** The only issue of a body with one formula, which must not have been rendered. */
async function formulaIssue(body: string) {
	const { html, issues } = await renderBody(body, options);
	expect(issues).toHaveLength(1);
	expect(html).not.toContain('class="katex');
	return { html, issue: issues[0]! };
}

const MACRO_MESSAGE = 'formulu neizdevās attēlot: makrokomandas un citas TeX programmēšanas komandas (\\def, \\newcommand, \\message …) formulās nav atļautas';

describe('formula bombs', () => {
	test('nested \\def macros are refused before KaTeX expands them', async () => {
		const bomb =
			'\\def\\a{xxxxxxxxxx}\\def\\b{\\a\\a\\a\\a\\a\\a\\a\\a\\a\\a}\\def\\c{\\b\\b\\b\\b\\b\\b\\b\\b\\b\\b}\\def\\d{\\c\\c\\c\\c\\c\\c\\c\\c\\c\\c}\\d\\d\\d';
		const { html, issue } = await formulaIssue(`Bumba $${bomb}$.\n`);
		expect(issue.message).toBe(`${MACRO_MESSAGE}: \\def`);
		// The formula stays as its escaped source, nothing more.
		expect(html.length).toBeLessThan(bomb.length + 100);
		expect(html).toContain('<code>\\def\\a{xxxxxxxxxx}');
	});

	test.each([
		'\\gdef\\a{x}',
		'\\edef\\a{x}',
		'\\xdef\\a{x}',
		'\\let\\a=x',
		'\\futurelet\\a\\b',
		'\\global\\def\\a{x}',
		'\\long\\def\\a{x}',
		'\\newcommand{\\a}{x}',
		'\\renewcommand{\\sin}{x}',
		'\\providecommand{\\a}{x}',
		'\\expandafter\\a\\b',
		'\\noexpand\\a',
		'\\message{::error::x}',
		'\\errmessage{x}',
		'\\show\\a',
	])('%s is refused', async (tex) => {
		const { issue } = await formulaIssue(`Formula $x + ${tex}$.\n`);
		expect(issue.message).toBe(`${MACRO_MESSAGE}: ${/^\\[a-z]+/.exec(tex)![0]}`);
		// The place is the command itself: "Formula $x + " is 13 characters.
		expect(issue).toMatchObject({ line: 1, column: 14 });
	});

	test('a line break followed by the word "def" is no macro', async () => {
		const { issues } = await renderBody('$$\n\\begin{aligned} a &= 1 \\\\def &= 2 \\end{aligned}\n$$\n', options);
		expect(issues).toEqual([]);
	});

	test('a formula longer than the limit is refused without rendering', async () => {
		const tex = 'x+'.repeat(MAX_FORMULA_LENGTH / 2) + 'x';
		const { html, issue } = await formulaIssue(`$$\n${tex}\n$$\n`);
		expect(issue.message).toMatch(/^formulu neizdevās attēlot: formula ir pārāk gara: 4.?001 rakstzīmes, atļauts līdz 4.?000; sadali to vairākās formulās$/);
		expect(html.length).toBeLessThan(tex.length + 100);
	});

	test('a formula whose HTML would exceed the limit is refused', async () => {
		// Under the length limit, but every cell of a matrix makes some 300 characters of HTML.
		const tex = `\\begin{matrix}${'a&'.repeat(1000)}a\\end{matrix}`;
		expect(tex.length).toBeLessThan(MAX_FORMULA_LENGTH);
		const { html, issue } = await formulaIssue(`$$\n${tex}\n$$\n`);
		expect(issue.message).toMatch(new RegExp(`^formulu neizdevās attēlot: attēlotā formula aizņemtu \\d+ KB, atļauts līdz ${MAX_FORMULA_HTML / 1000} KB`));
		expect(html.length).toBeLessThan(10_000);
	});

	test('a formula nested too deep for KaTeX', async () => {
		const { issue } = await formulaIssue(`$$\n${'{'.repeat(1900)}x${'}'.repeat(1900)}\n$$\n`);
		expect(issue.message).toBe('formulu neizdevās attēlot: formula ir pārāk dziļi ligzdota: pārāk daudz iekavu vai komandu citu citā');
	});

	test("too many expansions of KaTeX's own macros", async () => {
		const { issue } = await formulaIssue(`$$\n${'a \\iff '.repeat(130)}a\n$$\n`);
		expect(issue.message).toBe('formulu neizdevās attēlot: formulā ir pārāk daudz komandu aizstāšanu; vienkāršo to vai sadali vairākās formulās');
	});
});

describe('KaTeX errors in Latvian', () => {
	test.each([
		['x + \\foo', 'nezināma komanda \\foo; pārbaudi, vai tā uzrakstīta pareizi (vieta formulā: “x + \\foo”)'],
		[
			'a+b+c+d+e+f+g+h+\\foo+i+j+k+l+m+n+o+p',
			'nezināma komanda \\foo; pārbaudi, vai tā uzrakstīta pareizi (vieta formulā: “…+b+c+d+e+f+g+h+\\foo+i+j+k+l+m+n+o+…”)',
		],
		['{x', 'trūkst aizverošās figūriekavas } (formulas beigās: “{x”)'],
		['x}', 'lieka aizverošā figūriekava } (vieta formulā: “x}”)'],
		['\\frac{a}{b', 'formula beidzas par agru: trūkst komandas argumenta vai aizverošās iekavas } (formulas beigās: “\\frac{a}{b”)'],
		['x_1_2', 'divi apakšraksti pēc kārtas; apvieno tos vienās figūriekavās, piemēram, x_{12} (vieta formulā: “x_1_2”)'],
		['x^1^2', 'divi augšraksti pēc kārtas; apvieno tos vienās figūriekavās, piemēram, x^{12} (vieta formulā: “x^1^2”)'],
		['x_', 'pēc _ trūkst apakšraksta, piemēram, x_{1} (vieta formulā: “x_”)'],
		['x^', 'pēc ^ trūkst augšraksta, piemēram, x^{2} (vieta formulā: “x^”)'],
		['x^\\sqrt', 'komanda \\sqrt kopā ar argumentiem jāliek figūriekavās, piemēram, x^{\\frac{1}{2}} (vieta formulā: “x^\\sqrt”)'],
		['\\left( x', '\\left bez pāra \\right: katram \\left jāaizveras ar \\right (ja iekava nav vajadzīga, ar \\right.) (formulas beigās: “\\left( x”)'],
		['x \\right)', '\\right bez iepriekšēja \\left (vieta formulā: “x \\right)”)'],
		['\\middle|', '\\middle drīkst būt tikai starp \\left un \\right (vieta formulā: “\\middle|”)'],
		['\\left x \\right)', 'aiz \\left jābūt iekavai, piemēram, ( [ | vai ., nevis “x” (vieta formulā: “\\left x \\right)”)'],
		['\\left(\\right', 'komandai \\right trūkst argumenta (formulas beigās: “\\left(\\right”)'],
		['\\begin{foo}x\\end{foo}', 'nezināma vide “foo” (vieta formulā: “\\begin{foo}x\\end{foo}”)'],
		['\\begin{matrix}x\\end{cases}', 'vide “matrix” aizvērta ar \\end citai videi “cases” (vieta formulā: “\\begin{matrix}x\\end{cases}”)'],
		['\\begin{matrix}x', 'vide nav noslēgta ar \\end (formulas beigās: “\\begin{matrix}x”)'],
		['\\end{matrix}', '\\end bez pāra \\begin (vieta formulā: “\\end{matrix}”)'],
		['a & b', 'zīme & atdala kolonnas un der tikai vidē, piemēram, \\begin{aligned} … \\end{aligned}; pašu zīmi raksta \\& (vieta formulā: “a & b”)'],
		['\\text{\\frac12}', 'komandu \\frac nevar lietot tekstā (\\text{…} iekšpusē); raksti to ārpus teksta (vieta formulā: “\\text{\\frac12}”)'],
		['x \\)', 'komandu \\) var lietot tikai tekstā, piemēram, \\text{…} iekšpusē (vieta formulā: “x \\)”)'],
		['\\text{a\u0328}', 'nezināma diakritiskā zīme \u0328 (vieta formulā: “\\text{a\u0328}”)'],
		['\\rule{a}{b}', 'nederīgs izmērs “a”; raksti skaitli ar mērvienību, piemēram, 1em vai 2pt (vieta formulā: “\\rule{a}{b}”)'],
		['\\kern', 'nederīgs izmērs “formulas beigas”; raksti skaitli ar mērvienību, piemēram, 1em vai 2pt (formulas beigās: “\\kern”)'],
		['\\hspace{3xx}', 'nederīga mērvienība “xx”; lieto, piemēram, em, ex, pt, mm vai cm (vieta formulā: “\\hspace{3xx}”)'],
		['\\begin{array}{q}x\\end{array}', 'nezināms kolonnas izlīdzinājums “q”; lieto l, c vai r (vieta formulā: “\\begin{array}{q}x\\end{array}”)'],
		['\\limits', '\\limits un \\nolimits drīkst likt tikai aiz operatora, piemēram, \\sum\\limits (vieta formulā: “\\limits”)'],
		['a \\over b \\over c', 'vienā grupā drīkst būt tikai viens \\over vai \\choose; lieto \\frac{…}{…} (vieta formulā: “a \\over b \\over c”)'],
		['\\text{\\(}', 'šeit jābūt “\\)”, bet ir “formulas beigas” (vieta formulā: “\\text{\\(}”)'],
	])('%s', async (tex, detail) => {
		const { issue } = await formulaIssue(`$$\n${tex}\n$$\n`);
		expect(issue.message).toBe(`formulu neizdevās attēlot: ${detail}`);
	});

	test('an unexpected character is named', () => {
		const error = catchError(() => katex.renderToString('x\u0000', { throwOnError: true }));
		expect(explainKatexError(error, 'x\u0000')).toBe('formulā nav atļauta rakstzīme “\u0000” (vieta formulā: “x\u0000”)');
	});

	test('an error KaTeX words otherwise says where, in Latvian', () => {
		const error = new katex.ParseError('Something new');
		(error as { position?: number }).position = 4;
		expect(explainKatexError(error, 'a + b + c')).toBe('kļūda formulas pierakstā (vieta formulā: “a + b + c”)');
		expect(explainKatexError(new Error('boom'), 'x')).toBe('formulu neizdevās apstrādāt; pārbaudi tās pierakstu');
	});

	test('the issue points at the fault inside the formula in the file', async () => {
		const { issues } = await renderBody('Teksts.\n\n- punkts\n\n  $$\n  a = 1\n    + \\foo\n  $$\n', { ...options, lineOffset: 10 });
		// Line 7 of the body (17 of the file), where the list's indentation puts "\foo" in column 7.
		expect(issues).toEqual([expect.objectContaining({ line: 17, column: 7, construct: 'formula' })]);
	});
});

function catchError(run: () => unknown): unknown {
	try {
		run();
	} catch (error) {
		return error;
	}
	throw new Error('expected an error');
}

describe('formulas of one material together', () => {
	test('past the total, one message and no more rendering', async () => {
		const formula = `$${'x+'.repeat(300)}x$`;
		const body = Array.from({ length: Math.ceil(MAX_MATERIAL_FORMULAS / 600) + 2 }, () => formula).join('\n\n');
		const result = await renderBody(body, { file: 'a.mdx', lineOffset: 0, folderFiles: new Set(), attachments: new Set(), attachmentUrl: (f) => f });
		expect(result.issues.map((issue) => issue.message)).toEqual([
			t('render.math', { detail: t('katex.materialTooLong', { limit: MAX_MATERIAL_FORMULAS, count: MAX_FORMULA_COUNT }) }),
		]);
	});
});

test('many short formulas meet the same total', async () => {
	const body = Array.from({ length: MAX_FORMULA_COUNT + 5 }, (_, i) => `$x_${i % 10}$`).join('\n\n');
	const result = await renderBody(body, { file: 'a.mdx', lineOffset: 0, folderFiles: new Set(), attachments: new Set(), attachmentUrl: (f) => f });
	expect(result.issues.map((issue) => issue.message)).toEqual([
		t('render.math', { detail: t('katex.materialTooLong', { limit: MAX_MATERIAL_FORMULAS, count: MAX_FORMULA_COUNT }) }),
	]);
});
