/**
 * CSV for spreadsheets used in Latvia: UTF-8 with a byte-order mark (without it Excel
 * reads "ā" as "Ä"), a semicolon between fields (the list separator where the decimal
 * separator is a comma, as in Latvian), CRLF line ends and RFC 4180 quoting.
 */
export type Cell = string | number | undefined;

const BOM = '\uFEFF';
const decimals = new Intl.NumberFormat('lv', { maximumFractionDigits: 2, useGrouping: false });

function cell(value: Cell): string {
	if (value === undefined) return '';
	// Numbers as a Latvian spreadsheet reads them: "90,7", no thousands separator.
	const text = typeof value === 'number' ? decimals.format(value) : value;
	// A leading = + - @ would be run as a formula by the spreadsheet: keep text text.
	const safe = typeof value === 'string' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
	return /[";\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
	return BOM + [header, ...rows].map((row) => row.map(cell).join(';')).join('\r\n') + '\r\n';
}
