/**
 * A date spelled out with given month names: Intl writes only the nominative ("2. decembris"),
 * but after "uz" Latvian needs the accusative ("uz 2. decembri"). No imports, so the progress
 * island can use it with month names passed in as props.
 */
export function spellDate(isoDate: string, months: readonly string[]): string {
	const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
	return `${year}. gada ${day}. ${months[month - 1]}`;
}
