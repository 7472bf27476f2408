/**
 * Formatting for the progress island: strings arrive as props (the dictionary itself
 * would triple the island's size), so filling in their {names} and choosing a Latvian
 * plural happens here, with Intl and nothing else.
 */
export interface Plural {
	zero: string;
	one: string;
	other: string;
}

const plurals = new Intl.PluralRules('lv');
const numbers = new Intl.NumberFormat('lv');
const percents = new Intl.NumberFormat('lv', { maximumFractionDigits: 1 });

export const fill = (template: string, values: Record<string, string | number>): string =>
	template.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
export const plural = (forms: Plural, count: number, values: Record<string, string | number> = {}): string =>
	fill(forms[plurals.select(count) as keyof Plural], { count, n: count, ...values });
export const formatNumber = (n: number): string => numbers.format(n);
// A no-break space keeps "%" beside its number when a line wraps.
export const formatPercent = (share: number): string => `${percents.format(share)}\u00a0%`;
// The pages' long form ("2026. gada 31. augusts"), from the same module.
export { formatDate } from '../../lib/dates.ts';
