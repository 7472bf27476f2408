/**
 * A spreadsheet in OpenDocument format (.ods), which LibreOffice Calc, Excel and Google
 * Sheets open as it is: every number a number and every date a date whatever the reader's
 * locale, which a CSV file cannot promise. The smallest valid package: the mimetype first
 * and uncompressed (ODF 1.3, part 2, §3.3), a manifest and the content.
 */
import { strToU8, zipSync } from 'fflate';
import type { Cell } from './csv.ts';

export interface Sheet {
	name: string;
	header: readonly string[];
	rows: readonly (readonly Cell[])[];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const escape = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
// XML 1.0 cannot carry most control characters at all.
const clean = (text: string) => text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');

function cell(value: Cell, header: boolean): string {
	if (value === undefined || value === '') return '<table:table-cell/>';
	if (header) return `<table:table-cell table:style-name="head" office:value-type="string"><text:p>${escape(clean(String(value)))}</text:p></table:table-cell>`;
	if (typeof value === 'number') return `<table:table-cell office:value-type="float" office:value="${value}"><text:p>${value}</text:p></table:table-cell>`;
	const text = escape(clean(value));
	// A date column's cells are ISO dates; they become dates, shown as written.
	if (ISO_DATE.test(value))
		return `<table:table-cell table:style-name="date" office:value-type="date" office:date-value="${value}"><text:p>${text}</text:p></table:table-cell>`;
	return `<table:table-cell office:value-type="string"><text:p>${text}</text:p></table:table-cell>`;
}

const row = (cells: readonly Cell[], header = false) => `<table:table-row>${cells.map((c) => cell(c, header)).join('')}</table:table-row>`;

const NS =
	'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"';

function content(sheets: readonly Sheet[]): string {
	const styles =
		'<office:automatic-styles>' +
		'<number:date-style style:name="iso"><number:year number:style="long"/><number:text>-</number:text><number:month number:style="long"/><number:text>-</number:text><number:day number:style="long"/></number:date-style>' +
		'<style:style style:name="date" style:family="table-cell" style:data-style-name="iso"/>' +
		'<style:style style:name="head" style:family="table-cell"><style:text-properties fo:font-weight="bold"/></style:style>' +
		'</office:automatic-styles>';
	const tables = sheets
		.map((sheet) => `<table:table table:name="${escape(sheet.name)}">${row(sheet.header, true)}${sheet.rows.map((r) => row(r)).join('')}</table:table>`)
		.join('');
	return `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${NS} office:version="1.3">${styles}<office:body><office:spreadsheet>${tables}</office:spreadsheet></office:body></office:document-content>`;
}

const MANIFEST =
	'<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">' +
	'<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>' +
	'<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>' +
	'</manifest:manifest>';

/** The workbook; a fixed modification time keeps two builds of one commit byte-identical. */
export function toOds(sheets: readonly Sheet[]): Uint8Array {
	const mtime = new Date('2000-01-01T00:00:00Z');
	return zipSync(
		{
			mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0, mtime }],
			'META-INF/manifest.xml': [strToU8(MANIFEST), { mtime }],
			'content.xml': [strToU8(content(sheets)), { mtime }],
		},
		{ level: 6 },
	);
}
