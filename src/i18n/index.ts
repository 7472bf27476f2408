/**
 * One way to read user-facing text: `t('key', { vars })`.
 *
 * Strings live in `lv.ts`. A plural entry has the CLDR categories Latvian uses
 * (zero: 0, 10–20, 30…; one: 1, 21, 31…; other), chosen by the `count` variable.
 * Filling and formatting are in `format.ts`, which browser code uses without this
 * module: `t()` reaches the whole dictionary.
 */
import { lv, type Strings } from './lv.ts';
import { fillEntry, type Entry, type EntryKey, type Plural, type Vars } from './format.ts';

export type { Strings };
// Pages that write text with t() format their figures from the same import.
export { formatNumber } from './format.ts';
export const HTML_LANG = 'lv';

/** Every key of the dictionary in dotted form, e.g. `material.version`. */
export type StringKey = {
	[K in keyof Strings]: Strings[K] extends Entry ? K & string : `${K & string}.${EntryKey<Strings[K]>}`;
}[keyof Strings];

function lookup(key: string): Entry {
	let node: unknown = lv;
	for (const part of key.split('.')) {
		node = (node as Record<string, unknown> | undefined)?.[part];
	}
	if (typeof node === 'string') return node;
	if (node && typeof node === 'object' && 'other' in node) return node as Plural;
	throw new Error(`No UI string for key "${key}"`);
}

/**
 * A string as written, placeholders and plural forms included, for code that fills them
 * in itself.
 */
export function template(key: StringKey): string;
export function template(key: StringKey, plural: 'plural'): Plural;
export function template(key: StringKey, plural?: 'plural'): Entry {
	const entry = lookup(key);
	if ((typeof entry === 'string') === (plural === 'plural')) throw new Error(`UI string "${key}" is ${typeof entry === 'string' ? 'not ' : ''}a plural`);
	return entry;
}

export function t(key: StringKey, vars: Vars = {}): string {
	return fillEntry(lookup(key), vars, key);
}
