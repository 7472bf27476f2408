/**
 * Calendar dates as Latvians read them. Materials carry plain dates
 * (YYYY-MM-DD strings), never instants, so no time zone can shift them. No dictionary
 * here, so the progress island formats dates with the same code as the pages.
 */
import { LOCALE } from '../i18n/format.ts';
import { dateInRiga } from './riga.ts';

/** True when `value` is YYYY-MM-DD and names a day that exists (no 30 February). */
export function isRealDate(value: string): boolean {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	if (!match) return false;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const longFormat = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'long', timeZone: 'UTC' });

/** "2025. gada 20. augusts" */
export function formatDate(isoDate: string): string {
	if (!isRealDate(isoDate)) throw new Error(`Not a real date: "${isoDate}"`);
	return longFormat.format(new Date(`${isoDate}T00:00:00Z`));
}

/**
 * The day in Riga a build computes its figures for. SOURCE_DATE_EPOCH (seconds) pins it,
 * so two builds of one commit are identical.
 */
export function buildDate(epoch: string | undefined = process.env.SOURCE_DATE_EPOCH): string {
	return dateInRiga(epoch ? new Date(Number(epoch) * 1000) : new Date());
}

// The Latvian calendar day lives in riga.ts, which the progress island imports without the dictionary.
export { dateInRiga };
