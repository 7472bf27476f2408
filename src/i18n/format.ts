/**
 * Filling in and formatting user-facing text, with Intl and nothing else: no dictionary
 * here, so code that runs in the browser (the search page, the progress island) formats
 * exactly as the pages do without carrying every string of the site. `t()` (index.ts)
 * is built on these; browser code reads one section of `lv.ts` through `translator()`.
 */

/** The site's locale, for every Intl formatter (lib/dates.ts too). */
export const LOCALE = 'lv';

/** A plural entry: the CLDR categories Latvian uses (zero: 0, 10–20, 30…; one: 1, 21, 31…; other). */
export interface Plural {
	zero: string;
	one: string;
	other: string;
}

/** One entry of the dictionary: a string, or a plural chosen by `count`. */
export type Entry = string | Plural;

export type Vars = Record<string, string | number>;

/** The keys of a dictionary section that name entries (not lists, such as month names). */
export type EntryKey<Section> = { [K in keyof Section]: Section[K] extends Entry ? K & string : never }[keyof Section];

// Making a formatter costs far more than using one, and pages format thousands of numbers.
const pluralRules = new Intl.PluralRules(LOCALE);
const numberFormat = new Intl.NumberFormat(LOCALE);
const percentFormat = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 1 });
const listFormat = new Intl.ListFormat(LOCALE, { style: 'long', type: 'conjunction' });

/** Numbers as Latvians write them: a space between thousands, a comma for decimals. */
export function formatNumber(value: number): string {
	return numberFormat.format(value);
}

/** "12,5 %", from a share already in per cent. */
export function formatPercent(share: number): string {
	// A no-break space keeps "%" beside its number when a line wraps.
	return `${percentFormat.format(share)}\u00a0%`;
}

/** Joins a list the Latvian way: "a, b un c". */
export function formatList(items: readonly string[]): string {
	return listFormat.format(items);
}

/** Fills each `{name}` with its value, numbers written the Latvian way. A missing value is a mistake in the code, so it throws. */
export function interpolate(template: string, vars: Vars = {}): string {
	return template.replace(/\{(\w+)\}/g, (_match, name: string) => {
		const value = vars[name];
		if (value === undefined) throw new Error(`Missing value for {${name}} in "${template}"`);
		return typeof value === 'number' ? formatNumber(value) : value;
	});
}

/** The Latvian form for `count`, filled in; `{count}` is available to the forms. */
export function plural(forms: Plural, count: number, vars: Vars = {}): string {
	return interpolate(forms[pluralRules.select(count) as keyof Plural] ?? forms.other, { count, ...vars });
}

/** An entry filled in: a plural needs a numeric `count` to choose its form. `key` names it in errors. */
export function fillEntry(entry: Entry, vars: Vars, key: string): string {
	if (typeof entry === 'string') return interpolate(entry, vars);
	const count = vars.count;
	if (typeof count !== 'number') throw new Error(`Plural string "${key}" needs a numeric count`);
	return plural(entry, count, vars);
}

/**
 * `t()` for one section of the dictionary: `translator(search)('results', { count })`. Code
 * that runs in the browser imports only its section, so the rest of `lv.ts` stays out of its
 * bundle; a key the section lacks is a type error.
 */
export function translator<Section extends object>(section: Section): (key: EntryKey<Section>, vars?: Vars) => string {
	return (key, vars = {}) => {
		const entry = section[key] as Entry | undefined;
		if (entry === undefined) throw new Error(`No UI string for key "${key}"`);
		return fillEntry(entry, vars, key);
	};
}
