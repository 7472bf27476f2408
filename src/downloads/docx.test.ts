import { describe, expect, test } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { Packer } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import sharp from 'sharp';
import { renderBody } from '../authoring/render.ts';
import { buildDocx, type DocxMeta } from './docx.ts';

const meta: DocxMeta = {
	title: 'Lineāri vienādojumi',
	facts: 'Matemātika · 7. klase · Darba lapa',
	copy: 'Skolēna eksemplārs',
	footer: 'Lineāri vienādojumi · versija 1.0.0 · 2. decembris · CC BY 4.0',
	url: 'https://portals.example/materiali/matematika/a/skolenam/',
	nameLine: ['Vārds, uzvārds', 'Klase', 'Datums'],
	license: 'Šo materiālu drīkst izmantot saskaņā ar licenci CC BY 4.0.',
};

const body = [
	'## Uzdevumi',
	'',
	'Vienādojums $\\frac{x}{2} + 3 = 7$ un $x^2$.',
	'',
	'1. Pirmais solis',
	'2. Otrais **solis**',
	'',
	'| Vienādojums | Sakne |',
	'| --- | --- |',
	'| $x + 1 = 3$ |  |',
	'',
	'<Uzdevums virsraksts="Svari">',
	'',
	'Atrisini vienādojumu.',
	'',
	'<Rakstam rindas="4" />',
	'',
	'<Atbilde>',
	'',
	'$x = 4$',
	'',
	'</Atbilde>',
	'</Uzdevums>',
	'',
	'![Svari līdzsvarā](./svari.png)',
	'',
].join('\n');

async function docxOf(html: string, withImage = true) {
	const png = await sharp({ create: { width: 40, height: 20, channels: 3, background: '#0b4f8a' } })
		.png()
		.toBuffer();
	const document = await buildDocx(fromHtml(html, { fragment: true }), meta, async () =>
		withImage ? { data: new Uint8Array(png), type: 'png', width: 40, height: 20 } : undefined,
	);
	const files = unzipSync(new Uint8Array(await Packer.toBuffer(document)));
	return {
		files,
		xml: strFromU8(files['word/document.xml']!),
		footer: Object.entries(files)
			.filter(([name]) => name.startsWith('word/footer'))
			.map(([, data]) => strFromU8(data))
			.join(''),
	};
}

const text = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

describe('a copy as a Word document', () => {
	test('keeps headings, lists, tables, tasks, writing space, formulas as equations, images and the footer', async () => {
		const rendered = await renderBody(body, {
			file: 'a/index.mdx',
			lineOffset: 0,
			folderFiles: new Set(['index.mdx', 'svari.png']),
			attachments: new Set(),
			attachmentUrl: (f) => f,
		});
		expect(rendered.issues).toEqual([]);
		// The image placeholder Astro resolves on the page: here it stands as a plain <img>.
		const html = (rendered.pupilHtml ?? rendered.html).replace(/<img __ASTRO_IMAGE_="[^"]*"/, '<img src="svari.png" alt="Svari līdzsvarā"');
		const { files, xml, footer } = await docxOf(html);
		const words = text(xml);
		for (const part of [
			'Lineāri vienādojumi',
			'Vārds, uzvārds',
			'Uzdevumi',
			'Pirmais solis',
			'Otrais ',
			'solis',
			'Vienādojums',
			'Sakne',
			'Uzdevums 1. Svari',
			'Atrisini vienādojumu.',
		])
			expect(words, part).toContain(part);
		expect(xml).toMatch(/<w:pStyle w:val="Heading1"\/>/);
		expect(xml).toContain('<w:numPr>');
		expect(xml.match(/<w:tbl>/g)).toHaveLength(1);
		// x/2 as a Word fraction, x² as a superscript, inside equations.
		expect(xml).toContain('<m:oMath>');
		expect(xml).toContain('<m:f>');
		expect(xml).toContain('<m:sSup>');
		// Four ruled lines to write on.
		expect(xml.match(/<w:between /g)).toHaveLength(4);
		// The answer is not in the pupil's copy.
		expect(words).not.toContain('Atbilde');
		expect(Object.keys(files).some((name) => /^word\/media\/.+\.png$/.test(name))).toBe(true);
		expect(xml).toContain('descr="Svari līdzsvarā"');
		expect(text(footer)).toContain(meta.footer);
		expect(text(footer)).toContain(meta.url);
	});

	test('an image that cannot be had is named by its alt text', async () => {
		const { xml } = await docxOf('<p><img src="nav.png" alt="Shēma"></p>', false);
		expect(text(xml)).toContain('[Shēma]');
	});
});

describe('what a download button asks for', () => {
	test('the pupil copy has the name line and its own file name; both carry the traceable footer', async () => {
		const { downloadRequest } = await import('./request.ts');
		const material = {
			id: 'matematika/procenti',
			data: { title: 'Procenti', subject: 'matematika', grades: [6], kind: 'darba-lapa', version: '1.2.0', updated: '2026-12-02', license: 'CC-BY-4.0' },
		} as never;
		const pupil = downloadRequest(material, 'skolenam', '/materiali/matematika/procenti/skolenam/', 'https://x.lv/materiali/matematika/procenti/skolenam/');
		const teacher = downloadRequest(material, 'skolotajam', '', 'https://x.lv/materiali/matematika/procenti/');
		expect([pupil.file, teacher.file]).toEqual(['procenti-skolenam', 'procenti-skolotajam']);
		expect(pupil.meta.nameLine).toEqual(['Vārds, uzvārds', 'Klase', 'Datums']);
		expect(teacher.meta.nameLine).toBeUndefined();
		expect(pupil.meta.copy).toBe('Skolēna eksemplārs');
		expect(teacher.meta.footer).toContain('versija 1.2.0');
		expect(teacher.meta.footer).toContain('CC BY 4.0');
		expect(pupil.meta.facts).toBe('Matemātika · 6. klase · Darba lapa');
	});
});
