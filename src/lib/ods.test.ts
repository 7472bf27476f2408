import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { toOds } from './ods.ts';

const sheets = [
	{
		name: 'Rezultāti',
		header: ['Rezultāts', 'Datums', 'Īpatsvars, %', 'Avots'],
		rows: [
			[1, '2025-08-31', 21.7, '<b>“Ķīmija” & ūdens</b>\u0007'],
			[2, undefined, 0, '=1+1'],
		],
	},
];

describe('toOds', () => {
	test('is an OpenDocument package: the mimetype first and stored, then the manifest and the content', () => {
		const bytes = toOds(sheets);
		// The mimetype is the first entry, uncompressed, so its name and value sit at fixed offsets.
		expect(strFromU8(bytes.subarray(30, 38))).toBe('mimetype');
		expect(strFromU8(bytes.subarray(38, 38 + 46))).toBe('application/vnd.oasis.opendocument.spreadsheet');
		expect(Object.keys(unzipSync(bytes))).toEqual(['mimetype', 'META-INF/manifest.xml', 'content.xml']);
	});

	test('writes numbers as numbers, ISO dates as dates and text escaped', () => {
		const xml = strFromU8(unzipSync(toOds(sheets))['content.xml']!);
		expect(xml).toContain('<table:table table:name="Rezultāti">');
		expect(xml).toContain('office:value-type="float" office:value="21.7"');
		expect(xml).toContain('office:value-type="date" office:date-value="2025-08-31"');
		expect(xml).toContain('&lt;b&gt;“Ķīmija” &amp; ūdens&lt;/b&gt;</text:p>');
		// A spreadsheet never runs text as a formula: it is a string cell.
		expect(xml).toContain('office:value-type="string"><text:p>=1+1</text:p>');
		expect(xml).not.toContain('\u0007');
	});

	test('two builds write the same bytes', () => {
		expect(toOds(sheets)).toEqual(toOds(sheets));
	});
});
