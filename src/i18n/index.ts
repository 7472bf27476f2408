/**
 * One way to read user-facing text: `t('key', { vars })`.
 *
 * Strings live in `lv.ts`. A plural entry has the CLDR categories Latvian uses
 * (zero: 0, 10–20, 30…; one: 1, 21, 31…; other), chosen by the `count` variable.
 */
import { lv, type Strings } from './lv.ts';

export type { Strings };
export const LOCALE = 'lv';
export const HTML_LANG = 'lv';

type Plural = { zero: string; one: string; other: string };
type Leaf = string | Plural;

/** Every key of the dictionary in dotted form, e.g. `material.version`. */
export type StringKey = {
	[K in keyof Strings]: Strings[K] extends Leaf ? K & string : `${K & string}.${keyof Strings[K] & string}`;
}[keyof Strings];

export type Vars = Record<string, string | number>;

const pluralRules = new Intl.PluralRules(LOCALE);

function lookup(key: string): Leaf {
	let node: unknown = lv;
	for (const part of key.split('.')) {
		node = (node as Record<string, unknown> | undefined)?.[part];
	}
	if (typeof node === 'string') return node;
	if (node && typeof node === 'object' && 'other' in node) return node as Plural;
	throw new Error(`No UI string for key "${key}"`);
}

export function interpolate(template: string, vars: Vars = {}): string {
	return template.replace(/\{(\w+)\}/g, (_match, name: string) => {
		const value = vars[name];
		if (value === undefined) throw new Error(`Missing value for {${name}} in "${template}"`);
		return typeof value === 'number' ? formatNumber(value) : value;
	});
}

/**
 * A string as written, placeholders and plural forms included, for code that fills them
 * in itself (the progress island gets its strings this way instead of the dictionary).
 */
export function template(key: StringKey): string;
export function template(key: StringKey, plural: 'plural'): Plural;
export function template(key: StringKey, plural?: 'plural'): Leaf {
	const leaf = lookup(key);
	if ((typeof leaf === 'string') === (plural === 'plural')) throw new Error(`UI string "${key}" is ${typeof leaf === 'string' ? 'not ' : ''}a plural`);
	return leaf;
}

export function t(key: StringKey, vars: Vars = {}): string {
	const leaf = lookup(key);
	if (typeof leaf === 'string') return interpolate(leaf, vars);
	const count = vars.count;
	if (typeof count !== 'number') throw new Error(`Plural string "${key}" needs a numeric count`);
	const category = pluralRules.select(count) as keyof Plural;
	return interpolate(leaf[category] ?? leaf.other, vars);
}

// Making a formatter costs far more than using one, and pages format thousands of numbers.
const numberFormat = new Intl.NumberFormat(LOCALE);
const listFormat = new Intl.ListFormat(LOCALE, { style: 'long', type: 'conjunction' });

/** Numbers as Latvians write them: a space between thousands, a comma for decimals. */
export function formatNumber(value: number): string {
	return numberFormat.format(value);
}

/** Joins a list the Latvian way: "a, b un c". */
export function formatList(items: readonly string[]): string {
	return listFormat.format(items);
}
