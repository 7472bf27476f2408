/**
 * Formulas: the math nodes remark-math leaves (`code.math-inline`, `pre > code.math-display`)
 * become KaTeX's HTML with MathML. Unlike rehype-katex, the HTML goes into the tree as a
 * raw node instead of being parsed back into elements: KaTeX's markup is most of a
 * page of formulas, and re-parsing it and walking it cost a third of a cold build. It
 * also uses the project's KaTeX, the version whose stylesheet the pages link
 * (rehype-katex brings its own, older one, whose class names that stylesheet lacks).
 * Only this plugin makes raw nodes (authors' HTML never reaches the tree, see guard.ts),
 * and KaTeX escapes what it prints, with `trust` off so no formula can link or style.
 *
 * Formulas come from untrusted pull requests, so their cost is bounded: macro definitions
 * (the only way a short formula grows exponentially) are refused before KaTeX sees them,
 * the source and the rendered HTML have caps, and a formula that fails is not rendered
 * at all but left as its (escaped) source.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';
import katex from 'katex';
import type { Point, Position } from 'unist';
import type { VFile } from 'vfile';
import { t } from '../i18n/index.ts';
import { SKIP, walk } from './walk.ts';

export const MATH_MESSAGE_SOURCE = 'katex';

/** Longest formula source, in characters: school formulas are a few hundred at most. */
export const MAX_FORMULA_LENGTH = 4000;
/** Largest HTML one formula may render to; a long display formula makes some 50 KB. */
export const MAX_FORMULA_HTML = 200_000;
/** All formulas of one material together, in characters of source: bounds KaTeX's time per material. */
export const MAX_MATERIAL_FORMULAS = 40_000;
/** Formulas in one material (the most in a real one is 80) and their HTML together (100 KB there). */
export const MAX_FORMULA_COUNT = 2000;
export const MAX_MATERIAL_FORMULA_HTML = 2_000_000;

const KATEX_OPTIONS = {
	output: 'htmlAndMathml',
	strict: false,
	trust: false,
	throwOnError: true,
	// KaTeX's default. With macro definitions refused only KaTeX's own macros expand, a few steps
	// each (\iff takes 8), so this is a backstop that a school formula does not reach.
	maxExpand: 1000,
	// Sizes (\rule, \hspace, \raisebox…) in em; the reading column is some 46 em wide.
	maxSize: 20,
} as const;

/**
 * TeX programming that school formulas never need: commands that define or reorder macros
 * (they make formula bombs), and those that print to the build's log (\message, \show),
 * where a line such as "::error::" would be read by the CI as a command.
 */
const MACRO_COMMANDS = new Set([
	'\\def',
	'\\gdef',
	'\\edef',
	'\\xdef',
	'\\let',
	'\\futurelet',
	'\\global',
	'\\long',
	'\\newcommand',
	'\\renewcommand',
	'\\providecommand',
	'\\expandafter',
	'\\noexpand',
	'\\message',
	'\\errmessage',
	'\\show',
]);

/** What went wrong with a formula: a Latvian detail, and where in its source (characters). */
interface FormulaProblem {
	detail: string;
	at: number;
}

function classesOf(element: Element): readonly unknown[] {
	return Array.isArray(element.properties.className) ? element.properties.className : [];
}

/** How many formulas a rendered file has. */
export const formulaCount = (file: VFile): number => (file.data as { formulas?: number }).formulas ?? 0;

/** The first macro command in a formula, read token by token so that `\\def` (a line break, then "def") is not one. */
function macroCommand(tex: string): { command: string; at: number } | undefined {
	for (const match of tex.matchAll(/\\(?:[a-zA-Z@]+|[^])/g)) {
		if (MACRO_COMMANDS.has(match[0])) return { command: match[0], at: match.index };
	}
	return undefined;
}

/** A few characters of the formula around a place, for a message that has to show where. */
function fragmentAt(tex: string, at: number, length: number): string {
	const start = Math.max(0, at - 15);
	const end = Math.min(tex.length, at + length + 15);
	return `${start > 0 ? '…' : ''}${tex.slice(start, end)}${end < tex.length ? '…' : ''}`.replace(/\s+/g, ' ');
}

type Explain = (match: RegExpExecArray) => string;

/** KaTeX's messages (ParseError.rawMessage) that authors meet, in Latvian; the first match wins. */
const KATEX_MESSAGES: readonly [RegExp, Explain][] = [
	[/^Undefined control sequence: (.+)$/, (m) => t('katex.undefinedCommand', { command: m[1]! })],
	[/^Expected '\}', got 'EOF'$/, () => t('katex.missingBrace')],
	[/^(?:Expected 'EOF', got '\}'|Extra \})$/, () => t('katex.extraBrace')],
	[/^Expected 'EOF', got '\\right'$/, () => t('katex.rightWithoutLeft')],
	[/^Expected 'EOF', got '\\end'$/, () => t('katex.endWithoutBegin')],
	[/^Expected 'EOF', got '&'$|^Too many tab characters/, () => t('katex.ampersand', { example: '\\begin{aligned} … \\end{aligned}' })],
	[/^Expected '\\right', got /, () => t('katex.leftWithoutRight')],
	[/^Expected & or \\\\ or \\cr or \\end$/, () => t('katex.unclosedEnvironment')],
	[/^Unexpected end of input in a macro argument, expected '(.+)'$/, (m) => t('katex.endTooEarly', { expected: m[1]! })],
	[/^Double subscript$/, () => t('katex.doubleSubscript', { example: 'x_{12}' })],
	[/^Double superscript$/, () => t('katex.doubleSuperscript', { example: 'x^{12}' })],
	[/^Expected group after '_'$/, () => t('katex.missingSubscript', { example: 'x_{1}' })],
	[/^Expected group after '\^'$/, () => t('katex.missingSuperscript', { example: 'x^{2}' })],
	[/^Expected group as argument to '(.+)'$/, (m) => t('katex.missingArgument', { command: m[1]! })],
	[/^Got function '(.+)' with no arguments/, (m) => t('katex.bareArgument', { command: m[1]!, example: 'x^{\\frac{1}{2}}' })],
	[/^Too many expansions/, () => t('katex.tooManyExpansions')],
	[/^\\middle without preceding \\left$/, () => t('katex.middleWithoutLeft')],
	[/^Invalid delimiter '(.+)' after '(.+)'$/, (m) => t('katex.invalidDelimiter', { delimiter: m[1]!, command: m[2]! })],
	[/^No such environment: (.+)$/, (m) => t('katex.unknownEnvironment', { name: m[1]! })],
	[/^Mismatch: \\begin\{(.+)\} matched by \\end\{(.+)\}$/, (m) => t('katex.mismatchedEnvironment', { begin: m[1]!, end: m[2]! })],
	[/^Unknown accent ' (.+)'$/, (m) => t('katex.unknownAccent', { accent: m[1]! })],
	[/^Invalid size: '(.*)'$/, (m) => t('katex.invalidSize', { size: m[1] === 'EOF' ? t('katex.endOfFormula') : m[1]! })],
	[/^Invalid unit: '(.*)'$/, (m) => t('katex.invalidUnit', { unit: m[1]! })],
	[/^Can't use function '(.+)' in text mode$/, (m) => t('katex.textModeCommand', { command: m[1]! })],
	[/^Can't use function '(.+)' in math mode$/, (m) => t('katex.mathModeCommand', { command: m[1]! })],
	[/^Unknown column alignment: (.+)$/, (m) => t('katex.columnAlignment', { alignment: m[1]! })],
	[/^Unexpected character: '(.+)'$/, (m) => t('katex.unexpectedCharacter', { character: m[1]! })],
	[/^Limit controls must follow a math operator$/, () => t('katex.limitControls')],
	[/^only one infix operator per group$/, () => t('katex.oneInfix')],
	[/^Expected '(.+)', got '(.+)'$/, (m) => t('katex.expectedGot', { expected: m[1]!, found: m[2] === 'EOF' ? t('katex.endOfFormula') : m[2]! })],
];

/** A KaTeX error in Latvian, naming the place in the formula; never KaTeX's English. */
export function explainKatexError(error: unknown, tex: string): string {
	// KaTeX parses recursively; a formula nested thousands deep overflows the stack.
	if (error instanceof RangeError) return t('katex.tooDeep');
	if (!(error instanceof katex.ParseError)) return t('katex.internal');
	const raw = error.rawMessage;
	const rule = KATEX_MESSAGES.find(([pattern]) => pattern.test(raw));
	const detail = rule ? rule[1](rule[0].exec(raw)!) : t('katex.unknown');
	// The types promise a position, but KaTeX leaves it out when it has no token to blame.
	const at = error.position as number | undefined;
	if (at === undefined) return detail;
	if (at >= tex.length) return t('katex.atEnd', { detail, fragment: fragmentAt(tex, tex.length, 0) });
	return t('katex.near', { detail, fragment: fragmentAt(tex, at, (error.length as number | undefined) ?? 1) });
}

/** A formula's HTML, or why it has none. */
function renderFormula(tex: string, displayMode: boolean): { html: string } | FormulaProblem {
	if (tex.length > MAX_FORMULA_LENGTH) {
		return { detail: t('katex.tooLong', { length: tex.length, limit: MAX_FORMULA_LENGTH }), at: 0 };
	}
	const macro = macroCommand(tex);
	if (macro) return { detail: t('katex.refusedMacro', { command: macro.command }), at: macro.at };
	let html: string;
	try {
		html = katex.renderToString(tex, { ...KATEX_OPTIONS, displayMode });
	} catch (error) {
		return { detail: explainKatexError(error, tex), at: (error as { position?: number }).position ?? 0 };
	}
	if (html.length > MAX_FORMULA_HTML) {
		return { detail: t('katex.tooLarge', { size: Math.round(html.length / 1000), limit: MAX_FORMULA_HTML / 1000 }), at: 0 };
	}
	return { html };
}

/**
 * The file point of character `at` of a formula, found line by line in the node's source:
 * inside lists and quotes the file's lines carry indentation or "> " that the formula lacks.
 * Falls back to the node's start when a line cannot be found.
 */
function pointOf(file: VFile, position: Position | undefined, tex: string, at: number): Point | undefined {
	const start = position?.start;
	if (start?.offset === undefined || position?.end.offset === undefined) return start;
	const source = String(file.value).slice(start.offset, position.end.offset);
	const lines = tex.split('\n');
	const line = tex.slice(0, at).split('\n').length - 1;
	let cursor = 0;
	for (let index = 0; index <= line; index++) {
		const found = source.indexOf(lines[index]!, cursor);
		if (found < 0) return start;
		cursor = index === line ? found + at - (tex.lastIndexOf('\n', at - 1) + 1) : found + lines[index]!.length;
	}
	const before = source.slice(0, cursor);
	const newlines = before.split('\n').length - 1;
	const column = newlines === 0 ? start.column + cursor : cursor - before.lastIndexOf('\n');
	return { line: start.line + newlines, column, offset: start.offset + cursor };
}

/** What stands in for a formula that failed: its source as text, which the check reports anyway. */
function placeholder(tex: string): Element {
	const text = tex.length > MAX_FORMULA_LENGTH ? `${tex.slice(0, MAX_FORMULA_LENGTH)}…` : tex;
	return { type: 'element', tagName: 'code', properties: {}, children: [{ type: 'text', value: text }] };
}

/** Renders the tree's formulas; problems become file messages (source "katex", reason in Latvian) at their place. */
export function rehypeMath() {
	return (tree: Root, file: VFile) => {
		let formulas = 0;
		let source = 0;
		let seen = 0;
		let html = 0;
		let reportedTotal = false;
		walk<Root | RootContent>(tree, (element, ancestors) => {
			if (element.type !== 'element') return undefined;
			const classes = classesOf(element);
			const inline = classes.includes('math-inline');
			const display = classes.includes('math-display');
			if (!inline && !display) return undefined;
			let parent = ancestors.at(-1) as Root | Element | undefined;
			let scope: Element = element;
			// Display math comes as <pre><code class="math-display">; the <pre> goes too.
			if (display && parent?.type === 'element' && parent.tagName === 'pre') {
				scope = parent;
				parent = ancestors.at(-2) as Root | Element | undefined;
			}
			if (!parent) return undefined;
			const tex = toString(scope);
			source += tex.length;
			seen += 1;
			// The material's totals: many short formulas cost as much as a few long ones, and weigh on the page.
			const overTotal = source > MAX_MATERIAL_FORMULAS || seen > MAX_FORMULA_COUNT || html > MAX_MATERIAL_FORMULA_HTML;
			const rendered: ReturnType<typeof renderFormula> = overTotal
				? { detail: t('katex.materialTooLong', { limit: MAX_MATERIAL_FORMULAS, count: MAX_FORMULA_COUNT }), at: 0 }
				: renderFormula(tex, display);
			const index = parent.children.indexOf(scope as ElementContent);
			if ('html' in rendered) {
				// hast has no raw node in its content types; rehype-stringify prints it as it is.
				parent.children.splice(index, 1, { type: 'raw', value: rendered.html } as unknown as ElementContent);
				formulas += 1;
				html += rendered.html.length;
			} else {
				const place = pointOf(file, scope.position ?? element.position, tex, rendered.at);
				// Past the material's totals, one message is enough: later formulas are left unrendered.
				if (!overTotal || !reportedTotal) file.message(rendered.detail, { place, ruleId: 'formula', source: MATH_MESSAGE_SOURCE });
				reportedTotal ||= overTotal;
				parent.children.splice(index, 1, placeholder(tex));
			}
			return SKIP;
		});
		(file.data as { formulas?: number }).formulas = formulas;
	};
}
