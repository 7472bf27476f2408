/**
 * Characters no author needs and that break what readers and machines get: control
 * characters make the feed ill-formed XML (XML 1.0 forbids them) and forge lines in CI
 * logs; bidirectional overrides and isolates make text display in another order than it
 * is stored (the "Trojan Source" trick); lone surrogates and noncharacters are not text.
 * Tab and line feed are ordinary whitespace; the reader has already turned CR LF into LF.
 */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufdd0-\ufdef\ufffe\uffff]|\p{Cs}/u;

/** Astro's marker for optimised images in rendered content; text that looks like it breaks the build. */
export const ASTRO_IMAGE_MARKER = '__ASTRO_IMAGE_';

/** The first unsafe character in `text`, with its offset and its code point as U+XXXX. */
export function unsafeCharacter(text: string): { index: number; codePoint: string } | undefined {
	const match = UNSAFE.exec(text);
	if (!match) return undefined;
	return { index: match.index, codePoint: `U+${match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` };
}

/** Makes any text safe to print on one terminal line: controls and overrides become \u{…} escapes. */
export function printable(text: string): string {
	return text.replace(new RegExp(`\\n|${UNSAFE.source}`, 'gu'), (char) => (char === '\n' ? '\\n' : `\\u{${char.codePointAt(0)!.toString(16)}}`));
}

/** Every string in parsed frontmatter, with its path, for checks that apply to all fields. */
export function* stringsIn(value: unknown, path: (string | number)[] = []): Generator<[path: (string | number)[], text: string]> {
	if (typeof value === 'string') yield [path, value];
	else if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* stringsIn(item, [...path, i]);
	else if (value && typeof value === 'object')
		for (const [key, item] of Object.entries(value)) {
			yield [[...path, key], key];
			yield* stringsIn(item, [...path, key]);
		}
}
