/**
 * What the Latvian spell-check reads: the prose of a material (its text fields and body,
 * without code, formulas, addresses or markup) and the interface strings, as words with
 * the line each first appears on. The checking itself is hunspell's (scripts/spellcheck.ts);
 * these are plain functions so they can be tested without it.
 */

/** Frontmatter fields that are prose a reader sees. */
export const PROSE_FIELDS = ['title', 'summary', 'topic', 'outcomes', 'changelog.changes', 'attachments.title'] as const;

export interface Word {
	word: string;
	line: number;
}

/**
 * Letters with combining marks; parts joined by a hyphen or apostrophe are checked one by one.
 * Digits and underscores are matched too, so that identifiers (summa_lidz, CO2) can be left out.
 */
const WORD = /[\p{L}\p{N}_][\p{L}\p{M}\p{N}_]*/gu;

/**
 * The words of a text, each with its 1-based line (plus `firstLine - 1`). Abbreviations in
 * capitals (VISC, PVN), single letters (variables, list labels) and identifiers with digits or
 * underscores are left out, as spell-checkers usually do.
 */
export function wordsOf(text: string, firstLine = 1): Word[] {
	const words: Word[] = [];
	text.split('\n').forEach((line, i) => {
		for (const match of line.matchAll(WORD)) {
			const word = match[0];
			if ([...word].length < 2 || /[\p{N}_]/u.test(word) || word === word.toLocaleUpperCase('lv')) continue;
			words.push({ word, line: firstLine + i });
		}
	});
	return words;
}

/**
 * Lines of the paragraphs and list items that hold an address: references, whose titles may
 * be in the language of the work cited (the spell-check accepts English words there).
 */
export function citationLines(text: string, firstLine = 1): Set<number> {
	const lines = text.split('\n');
	const result = new Set<number>();
	let block: number[] = [];
	const close = () => {
		if (block.some((i) => /https?:\/\//.test(lines[i]!))) for (const i of block) result.add(firstLine + i);
		block = [];
	};
	lines.forEach((line, i) => {
		// A blank line or a new list item starts a new block; an indented "2020. …" continues one.
		if (line.trim() === '' || /^(?:[-*+]|\d{1,3}[.)])\s/.test(line)) close();
		if (line.trim() !== '') block.push(i);
	});
	close();
	return result;
}

/** Blanks a match but keeps its line breaks, so later lines keep their numbers. */
const blank = (match: string) => match.replace(/[^\n]/g, ' ');

/**
 * The prose of an MDX body: fenced and inline code, formulas, addresses (also bare domain
 * names such as cert.lv), link targets and tag markup are blanked, line breaks kept; a
 * component's `virsraksts` (its visible title) stays, since readers see it.
 */
export function proseOfBody(body: string): string {
	return body
		.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, blank)
		.replace(/\$\$[\s\S]*?\$\$/g, blank)
		.replace(/`[^`\n]*`/g, blank)
		.replace(/(?<![\\\w])\$[^$\n]+\$/g, blank)
		.replace(/\]\([^)\n]*\)/g, (match) => `]${blank(match.slice(1))}`)
		.replace(/(?:https?:\/\/|mailto:|tel:|www\.)[^\s)>\]]+/g, blank)
		.replace(/(?<![\p{L}\p{N}_#])#[\p{L}\p{N}_]+/gu, blank)
		.replace(/[\w-]+(?:\.[\w-]+)*\.(?:lv|eu|org|com|net|gov|edu|io)\b(?:\/[^\s)>\]]*)?/g, blank)
		.replace(/[\w-]+\.(?:pdf|docx?|odt|xlsx?|ods|pptx?|odp|csv|txt|py|ggb|png|jpe?g|webp|avif|gif)\b/g, blank)
		.replace(/<\/?[A-Za-z][^>]*>/g, (tag) => {
			const title = /\svirsraksts="([^"]*)"/.exec(tag)?.[1] ?? '';
			return title.padEnd(tag.length, ' ');
		});
}

/** Every string in a nested object of strings (the interface strings), with its key path. */
export function stringsOf(value: unknown, path = ''): { key: string; text: string }[] {
	if (typeof value === 'string') return [{ key: path, text: value.replace(/\{\w+\}/g, ' ') }];
	if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, inner]) => stringsOf(inner, path ? `${path}.${key}` : key));
	return [];
}

/** Words unknown to the dictionary, each at its first place in the text. */
export function misspelled(words: readonly Word[], unknown: ReadonlySet<string>): Word[] {
	const seen = new Set<string>();
	return words.filter(({ word }) => unknown.has(word) && !seen.has(word) && seen.add(word));
}
