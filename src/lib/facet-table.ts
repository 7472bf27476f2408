/**
 * The facet table (meklet/atlase.json): every material's facet values and publication
 * date, in the order of the Pagefind sort key `n` the index gives each record. One
 * Pagefind search sorted by `n` tells the search page which result is which row, so it
 * filters and counts facets itself, exactly, for any set of results (a query's words
 * combined with "or", related terms, partial matches) without loading Pagefind's
 * filter files: a few characters per material instead of ~15 bytes per material and value.
 */
import type { Facet, SearchDocument } from './search.ts';

/** Where the table is published, relative to the site's root. */
export const FACET_TABLE_FILE = 'meklet/atlase.json';

/** The Pagefind sort key that orders records as the table's rows. */
export const ROW_SORT = 'n';

const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export interface FacetTable {
	rows: number;
	/**
	 * Per facet: its values, and every row's as `width` characters. A facet with one value
	 * at most per row (`single`) writes the value's number plus one (0: none); one with
	 * several writes bitmasks, six values a character.
	 */
	facets: Record<string, { values: string[]; single: boolean; width: number; rows: string }>;
	/** Days since 1970-01-01 of each row's publication, three characters a row. */
	published: string;
}

/** The sort value of row i: zero-padded, so it sorts the same as a number or as text. */
export const rowSortValue = (row: number): string => String(row).padStart(7, '0');

function encodeNumber(value: number, width: number): string {
	let text = '';
	for (let i = 0; i < width; i++) text = DIGITS[(value >> (6 * i)) & 63]! + text;
	return text;
}

function decodeNumber(text: string, from: number, width: number): number {
	let value = 0;
	for (let i = 0; i < width; i++) value = value * 64 + DIGITS.indexOf(text[from + i]!);
	return value;
}

const dayOf = (date: string) => Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000);

/** The table of these documents, row i being documents[i]. */
export function buildFacetTable(documents: readonly SearchDocument[], facets: readonly Facet[]): FacetTable {
	const table: FacetTable = { rows: documents.length, facets: {}, published: documents.map((document) => encodeNumber(dayOf(document.published), 3)).join('') };
	for (const facet of facets) {
		const values = [...facet.values];
		const of = documents.map((document) => {
			const chosen = facet.of(document).map((value) => {
				const index = values.indexOf(value);
				if (index < 0) throw new Error(`${document.url}: “${value}” is not a value of the facet ${facet.key}.`);
				return index;
			});
			return chosen;
		});
		const single = of.every((chosen) => chosen.length <= 1);
		const width = single ? Math.ceil(Math.log(values.length + 1) / Math.log(64)) : Math.ceil(values.length / 6);
		const rows = of
			.map((chosen) => {
				if (single) return encodeNumber(chosen.length === 0 ? 0 : chosen[0]! + 1, width);
				const groups = new Array<number>(width).fill(0);
				for (const index of chosen) groups[Math.floor(index / 6)]! |= 1 << (index % 6);
				return groups.map((group) => DIGITS[group]).join('');
			})
			.join('');
		table.facets[facet.key] = { values, single, width, rows };
	}
	return table;
}

/** Row by row: each facet's values and the publication day. */
export function readFacetTable(table: FacetTable): { values: Map<string, string[]>; day: number }[] {
	const rows = [];
	for (let row = 0; row < table.rows; row++) {
		const values = new Map<string, string[]>();
		for (const [key, facet] of Object.entries(table.facets)) {
			const at = row * facet.width;
			let chosen: string[];
			if (facet.single) {
				const number = decodeNumber(facet.rows, at, facet.width);
				chosen = number === 0 ? [] : [facet.values[number - 1]!];
			} else chosen = facet.values.filter((_, i) => (DIGITS.indexOf(facet.rows[at + Math.floor(i / 6)]!) >> (i % 6)) & 1);
			if (chosen.length > 0) values.set(key, chosen);
		}
		rows.push({ values, day: decodeNumber(table.published, row * 3, 3) });
	}
	return rows;
}
