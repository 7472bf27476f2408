/**
 * The calendar day in Latvia. Deadlines are dates in Latvia, so "today" is Riga's date,
 * whatever the reader's or the build machine's time zone. No imports: the progress
 * island ships this to the browser.
 */
export const RIGA = 'Europe/Riga';
const rigaDay = new Intl.DateTimeFormat('en-CA', { timeZone: RIGA, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar date in Latvia at the given instant, as YYYY-MM-DD. */
export function dateInRiga(instant: Date = new Date()): string {
	return rigaDay.format(instant);
}

/** Whole days from one calendar date to another (negative when `to` is earlier). Time zones and DST cannot shift it. */
export function daysBetween(from: string, to: string): number {
	const day = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
	return Math.round((day(to) - day(from)) / 86_400_000);
}
