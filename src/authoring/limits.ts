/**
 * Bounds on what one material may cost to read. The Markdown parser's time grows with
 * the square of some inputs (emphasis and code delimiters within one paragraph, nesting
 * depth) and its tree walkers recurse, so a crafted 40 KB body can take minutes or
 * overflow the stack. These checks run on the raw text in one linear pass, before the
 * parser sees it; `treeDepth` checks the parsed tree without recursing, before anything
 * walks it. With at most MAX_INLINE_DELIMITERS in a paragraph, parsing stays linear in
 * the body's size: each paragraph costs at most a constant times its length.
 */
import type { Node, Parent } from 'unist';

/** Far above the longest material (about 9 KB of text); a book chapter is a series of materials. */
export const MAX_BODY_KB = 128;
/** Blockquotes and lists inside one another; real materials use three or four. */
export const MAX_CONTAINER_DEPTH = 12;
/** Leading indentation, in columns: code inside a list inside a list stays far below it. */
export const MAX_INDENT = 48;
/** Components and elements inside one another, e.g. <Uzdevums><Atbilde>… */
export const MAX_ELEMENT_DEPTH = 12;
/** Emphasis, strikethrough and code delimiter runs and link brackets in one paragraph or table row. */
export const MAX_INLINE_DELIMITERS = 250;
/**
 * Lines that open or continue a list item or a quote. The parser's time grows with the
 * square of the number of lists and quotes in a document (4,000 short lists: 25 s), so a
 * material gets at most this many: about a second in the worst case, far above real ones.
 */
export const MAX_CONTAINER_LINES = 1000;
/**
 * Headings underlined with === or --- (setext). Resolving each one costs the parser time in
 * proportion to the whole document (4,000 in 20 KB: 16 s); authors write `##` headings.
 */
export const MAX_SETEXT_HEADINGS = 50;
/** Any node inside another in the parsed tree (paragraph → emphasis → link → text …). */
export const MAX_TREE_DEPTH = 48;

export type LimitKind = 'bodySize' | 'containerDepth' | 'containerLines' | 'indent' | 'elementDepth' | 'delimiters' | 'setextHeadings' | 'treeDepth';

export interface LimitProblem {
	kind: LimitKind;
	/** 1-based line in the body. */
	line: number;
	found: number;
	limit: number;
}

const FENCE = /^\s*(`{3,}|~{3,})/;
/** A line that underlines the line before it into a heading, when that line is text. */
const SETEXT_UNDERLINE = /^\s{0,3}(?:=+|-+)[ \t]*$/;
/** Blockquote markers and list markers at a line's start, with the spaces around them. */
const CONTAINER = /^[ \t]*(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/;
/** Tags as MDX reads them: an opening `<name`, a closing `</name>` or a self-closing `/>`. */
const TAG = /<\/[A-Za-z][\w.:-]*\s*>|\/>|<[A-Za-z][\w.:-]*/g;
/** Code spans and inline formulas, where `<` is text. */
const LITERAL_SPANS = /`+[^`]*`+|\$[^$]*\$/g;

const columns = (indent: string) => [...indent].reduce((width, char) => (char === '\t' ? width + 4 - (width % 4) : width + 1), 0);

/** Counts runs of `*`, `_`, `~` and backticks and each `[` or `]`: what the inline parser pairs up. */
function inlineDelimiters(line: string): number {
	let count = 0;
	let previous = '';
	for (const char of line) {
		if (char === '[' || char === ']') count += 1;
		else if ((char === '*' || char === '_' || char === '~' || char === '`') && char !== previous) count += 1;
		previous = char;
	}
	return count;
}

/** Checks the raw body in one pass; returns at most one problem of each kind, at its first line. */
export function checkBodyLimits(body: string): LimitProblem[] {
	const problems = new Map<LimitKind, LimitProblem>();
	const report = (kind: LimitKind, line: number, found: number, limit: number) => {
		if (!problems.has(kind)) problems.set(kind, { kind, line, found, limit });
	};
	const bytes = Buffer.byteLength(body, 'utf8');
	if (bytes > MAX_BODY_KB * 1024) report('bodySize', 1, Math.ceil(bytes / 1024), MAX_BODY_KB);

	const lines = body.split('\n');
	let fence: string | undefined;
	let paragraphStart = 0;
	let paragraphDelimiters = 0;
	let elementDepth = 0;
	let containerLines = 0;
	let setext = 0;
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i]!;
		const number = i + 1;
		// Container markers and indentation count everywhere, code blocks included: they nest the same.
		let rest = line;
		let depth = 0;
		for (let marker = CONTAINER.exec(rest); marker; marker = CONTAINER.exec(rest)) {
			depth += 1;
			rest = rest.slice(marker[0].length);
			if (depth > MAX_CONTAINER_DEPTH) break;
		}
		if (depth > MAX_CONTAINER_DEPTH) report('containerDepth', number, depth, MAX_CONTAINER_DEPTH);
		if (depth > 0 && ++containerLines > MAX_CONTAINER_LINES) report('containerLines', number, containerLines, MAX_CONTAINER_LINES);
		const indent = columns(/^[ \t]*/.exec(line)![0]);
		if (indent > MAX_INDENT) report('indent', number, indent, MAX_INDENT);

		const fenceMark = FENCE.exec(rest)?.[1];
		if (fence) {
			if (fenceMark && fenceMark[0] === fence[0] && fenceMark.length >= fence.length) fence = undefined;
			continue;
		}
		if (fenceMark) {
			fence = fenceMark;
			continue;
		}
		if (rest.trim() === '') {
			paragraphDelimiters = 0;
			continue;
		}
		// Any underline after a non-blank line counts: an estimate that never undercounts.
		if (SETEXT_UNDERLINE.test(rest) && i > 0 && lines[i - 1]!.trim() !== '' && ++setext > MAX_SETEXT_HEADINGS)
			report('setextHeadings', number, setext, MAX_SETEXT_HEADINGS);
		// A table row is inline content of its own; a paragraph runs until a blank line.
		const tableRow = rest.trimStart().startsWith('|');
		if (tableRow || paragraphDelimiters === 0) {
			paragraphStart = number;
			paragraphDelimiters = 0;
		}
		paragraphDelimiters += inlineDelimiters(rest);
		if (paragraphDelimiters > MAX_INLINE_DELIMITERS) report('delimiters', paragraphStart, paragraphDelimiters, MAX_INLINE_DELIMITERS);
		if (tableRow) paragraphDelimiters = 0;

		// Elements, in the order they open and close: an estimate that never undercounts nesting.
		for (const [tag] of rest.replace(LITERAL_SPANS, '').matchAll(TAG)) {
			elementDepth = tag.startsWith('</') || tag === '/>' ? Math.max(0, elementDepth - 1) : elementDepth + 1;
			if (elementDepth > MAX_ELEMENT_DEPTH) report('elementDepth', number, elementDepth, MAX_ELEMENT_DEPTH);
		}
	}
	return [...problems.values()];
}

/**
 * The parsed tree's depth, found without recursion (a deep tree would overflow the
 * stack of any recursive walker); the deepest node's line comes with it.
 */
export function treeDepth(tree: Node): { depth: number; line: number | undefined } {
	let deepest = { depth: 0, line: tree.position?.start.line };
	const stack: [Node, number][] = [[tree, 0]];
	while (stack.length > 0) {
		const [node, depth] = stack.pop()!;
		if (depth > deepest.depth) deepest = { depth, line: node.position?.start.line ?? deepest.line };
		const children = (node as Partial<Parent>).children;
		if (children) for (const child of children) stack.push([child, depth + 1]);
	}
	return deepest;
}
