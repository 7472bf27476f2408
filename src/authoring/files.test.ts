import { mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateSync, gzipSync } from 'node:zlib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { t } from '../i18n/index.ts';
import { MAX_ATTACHMENT_MB } from './files.ts';
import { inspectAttachment, inspectImage, MAX_IMAGE_MB, MAX_IMAGE_SIDE, sniff } from './files.ts';

let dir: string;
beforeAll(async () => {
	dir = await mkdtemp(join(tmpdir(), 'materiali-files-'));
});
afterAll(async () => {
	await rm(dir, { recursive: true, force: true });
});

/** Writes `bytes` as `name` in the temp folder and returns its path. */
async function file(name: string, bytes: Uint8Array | string): Promise<string> {
	const path = join(dir, name);
	await writeFile(path, bytes);
	return path;
}
/** A file of `size` bytes that takes no disk space. */
async function sparse(name: string, size: number): Promise<string> {
	const path = join(dir, name);
	const handle = await open(path, 'w');
	await handle.truncate(size);
	await handle.close();
	return path;
}
const image = async (name: string, bytes: Uint8Array | string) => inspectImage(await file(name, bytes), name);
const attachment = async (name: string, bytes: Uint8Array | string) => inspectAttachment(await file(name, bytes), name);

function pngChunk(type: string, data: Uint8Array): Buffer {
	const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
	const length = Buffer.alloc(4);
	length.writeUInt32BE(data.length);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(body));
	return Buffer.concat([length, body, crc]);
}
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** A PNG whose header claims `width`×`height` RGB pixels; `idat` adds one tiny compressed row. */
function pngClaiming(width: number, height: number, idat: boolean): Buffer {
	const header = Buffer.alloc(13);
	header.writeUInt32BE(width, 0);
	header.writeUInt32BE(height, 4);
	header[8] = 8; // bit depth
	header[9] = 2; // RGB
	const data = idat ? [pngChunk('IDAT', deflateSync(Buffer.alloc(1 + width * 3)))] : [];
	return Buffer.concat([PNG_SIGNATURE, pngChunk('IHDR', header), ...data, pngChunk('IEND', Buffer.alloc(0))]);
}

/** A GIF of `frames` frames claiming `width`×`height` each, with no pixel data to speak of. */
function gifClaiming(width: number, height: number, frames: number): Buffer {
	const size = Buffer.alloc(4);
	size.writeUInt16LE(width, 0);
	size.writeUInt16LE(height, 2);
	const frame = Buffer.concat([
		Buffer.from([0x2c, 0, 0, 0, 0]), // image descriptor at 0,0
		size,
		Buffer.from([0x80, 0, 0, 0, 255, 255, 255]), // a local table of two colours
		Buffer.from([2, 1, 0x2c, 0]), // LZW: clear code, end of information
	]);
	return Buffer.concat([Buffer.from('GIF89a', 'latin1'), size, Buffer.from([0, 0, 0]), ...Array.from({ length: frames }, () => frame), Buffer.from([0x3b])]);
}

/** A ZIP whose first entry is `name`, stored, as OpenDocument requires of `mimetype`. */
function zipStarting(name: string, content: string): Buffer {
	const data = Buffer.from(content, 'latin1');
	const header = Buffer.alloc(30);
	header.write('PK\x03\x04', 0, 'latin1');
	header.writeUInt16LE(20, 4);
	header.writeUInt32LE(crc32(data), 14);
	header.writeUInt32LE(data.length, 18);
	header.writeUInt32LE(data.length, 22);
	header.writeUInt16LE(name.length, 26);
	return Buffer.concat([header, Buffer.from(name, 'latin1'), data]);
}

const picture = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: { r: 30, g: 120, b: 200 } } });
const SVG = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>';
const HTML = '<!DOCTYPE html><html><body><script>alert(1)</script></body></html>';
const BOM = '\ufeff';
const damaged = t('files.imageDamaged');

describe('inspectImage', () => {
	test('real PNG, JPEG, WebP, GIF and AVIF images pass', async () => {
		expect(await image('a.png', await picture(40, 30).png().toBuffer())).toBeUndefined();
		expect(await image('a.jpg', await picture(40, 30).jpeg().toBuffer())).toBeUndefined();
		expect(await image('a.jpeg', await picture(40, 30).jpeg().toBuffer())).toBeUndefined();
		expect(await image('a.webp', await picture(40, 30).webp().toBuffer())).toBeUndefined();
		expect(await image('a.gif', await picture(40, 30).gif().toBuffer())).toBeUndefined();
		expect(await image('a.avif', await picture(40, 30).avif().toBuffer())).toBeUndefined();
	});

	test('animated GIF and WebP pass, their frames counted', async () => {
		const frames = await Promise.all(
			['red', 'green', 'blue'].map((background) =>
				sharp({ create: { width: 20, height: 20, channels: 3, background } })
					.png()
					.toBuffer(),
			),
		);
		const gif = await sharp(frames, { join: { animated: true } })
			.gif()
			.toBuffer();
		expect((await sharp(gif).metadata()).pages).toBe(3);
		expect(await image('animacija.gif', gif)).toBeUndefined();
		expect(
			await image(
				'animacija.webp',
				await sharp(frames, { join: { animated: true } })
					.webp()
					.toBuffer(),
			),
		).toBeUndefined();
	});

	test('an SVG with a script named .png is refused as SVG', async () => {
		expect(await image('zimejums.png', SVG)).toEqual({
			message: t('files.imageSvg'),
			found: `zimejums.png (${t('files.kindSvg')})`,
			allowed: t('files.exportRaster'),
		});
	});

	test.each([
		['a BOM', `${BOM}${SVG}`],
		['leading whitespace', `\n\t  ${SVG}`],
		['an XML prolog and a comment', `<?xml version="1.0"?>\n<!-- zīmējums -->\n${SVG}`],
		['a doctype', `<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n${SVG}`],
		['a namespace prefix', '<svg:svg xmlns:svg="http://www.w3.org/2000/svg"><svg:script>alert(1)</svg:script></svg:svg>'],
		['UTF-16 with a BOM', Buffer.from(`${BOM}${SVG}`, 'utf16le')],
		['upper case', SVG.toUpperCase()],
	])('an SVG behind %s is refused as SVG', async (_, bytes) => {
		expect((await image('zimejums.png', bytes))?.message).toBe(t('files.imageSvg'));
	});

	test('a gzip-compressed SVG is refused', async () => {
		expect(await image('zimejums.png', gzipSync(SVG))).toEqual({
			message: t('files.imageGzip'),
			found: `zimejums.png (${t('files.kindGzip')})`,
			allowed: t('files.exportRaster'),
		});
	});

	test('HTML named .jpg is refused as markup', async () => {
		expect(await image('foto.jpg', HTML)).toEqual(expect.objectContaining({ message: t('files.imageMarkup'), found: `foto.jpg (${t('files.kindMarkup')})` }));
		expect((await image('foto.jpg', `  <html><script>alert(1)</script>`))?.message).toBe(t('files.imageMarkup'));
	});

	test('plain text, an empty file and unknown bytes are not images', async () => {
		expect(await image('teksts.png', 'Šis nav attēls.\n')).toEqual(
			expect.objectContaining({ message: t('files.imageText'), found: `teksts.png (${t('files.kindText')})` }),
		);
		expect(await image('tukss.png', '')).toEqual(expect.objectContaining({ message: t('files.imageUnknown'), found: `tukss.png (${t('files.kindEmpty')})` }));
		expect(await image('bmp.png', Buffer.from([0x42, 0x4d, 0, 0, 0xff, 0xfe]))).toEqual(expect.objectContaining({ message: t('files.imageUnknown') }));
		expect((await image('dok.png', '%PDF-1.4\n'))?.found).toBe(`dok.png (${t('files.kindPdf')})`);
	});

	test('a format that does not match the extension is refused with the right name', async () => {
		expect(await image('foto.jpg', await picture(10, 10).png().toBuffer())).toEqual({
			message: t('files.imageMismatch', { format: 'PNG', extension: 'jpg' }),
			found: 'foto.jpg',
			allowed: t('files.rename', { name: 'foto.png' }),
		});
		expect((await image('foto.PNG', await picture(10, 10).jpeg().toBuffer()))?.allowed).toBe(t('files.rename', { name: 'foto.jpg' }));
		expect((await image('attels.webp', await picture(10, 10).avif().toBuffer()))?.message).toBe(
			t('files.imageMismatch', { format: 'AVIF', extension: 'webp' }),
		);
	});

	test('a raster image with an extension that is not allowed is refused', async () => {
		expect(await image('foto.bmp', await picture(10, 10).png().toBuffer())).toEqual(
			expect.objectContaining({ message: t('guard.imageType'), found: 'foto.bmp' }),
		);
	});

	test('a 45-byte PNG with only a header is damaged', async () => {
		const bytes = pngClaiming(100, 100, false);
		expect(bytes.length).toBe(45);
		const problem = await image('galva.png', bytes);
		expect(problem).toEqual({ message: damaged, found: expect.stringMatching(/^galva\.png \(PNG: .+\)$/), allowed: t('files.imageDamagedFix') });
	});

	test('a PNG with too little pixel data is damaged, found by decoding', async () => {
		expect((await image('mazs.png', pngClaiming(20, 20, true)))?.message).toBe(damaged);
	});

	test('a truncated JPEG is damaged', async () => {
		const jpeg = await picture(400, 300).jpeg().toBuffer();
		const problem = await image('puse.jpg', jpeg.subarray(0, jpeg.length / 2));
		expect(problem?.message).toBe(damaged);
		expect(problem?.found).toMatch(/^puse\.jpg \(JPEG: .*premature end/);
	});

	test('huge claims are refused by their header, before anything is decoded', async () => {
		// A decode would fail as damaged (one row of pixel data) or exceed sharp's pixel
		// limit: the dimension message proves the header check came first.
		for (const side of [20000, 16000]) {
			const bytes = pngClaiming(side, side, true);
			expect(bytes.length).toBeLessThan(200);
			expect(await image('milzis.png', bytes)).toEqual({
				message: t('files.imageDimensions', { width: String(side), height: String(side) }),
				found: 'milzis.png (PNG)',
				allowed: t('files.imageLimits', { side: MAX_IMAGE_SIDE, megapixels: 40, size: MAX_IMAGE_MB }),
			});
		}
		expect((await image('plats.png', pngClaiming(MAX_IMAGE_SIDE + 1, 10, true)))?.message).toBe(t('files.imageDimensions', { width: '8001', height: '10' }));
		// Within each side, over the total.
		expect((await image('kvadrats.png', pngClaiming(7000, 7000, true)))?.message).toBe(t('files.imageDimensions', { width: '7000', height: '7000' }));
	});

	test('an animation is measured over all its frames', async () => {
		// 8000×2000 is 16 megapixels a frame: three frames are over the total.
		expect((await image('kadri.gif', gifClaiming(8000, 2000, 3)))?.message).toBe(t('files.animationDimensions', { count: 3, width: '8000', height: '2000' }));
		// Small frames pass the header check and are then found empty by decoding.
		expect((await image('kadri.gif', gifClaiming(100, 100, 2)))?.message).toBe(damaged);
	});

	test('a file over the size cap is refused without being read', async () => {
		const name = 'liels.png';
		const problem = await inspectImage(await sparse(name, MAX_IMAGE_MB * 1024 * 1024 + 1), name);
		expect(problem).toEqual({
			message: t('files.imageTooLarge', { limit: MAX_IMAGE_MB }),
			found: 'liels.png (10 MB)',
			allowed: expect.stringContaining('10 MB'),
		});
	});
});

describe('inspectAttachment', () => {
	const PDF =
		'%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n';

	test('a real PDF, Office and OpenDocument files and UTF-8 text pass', async () => {
		expect(await attachment('darba-lapa.pdf', PDF)).toBeUndefined();
		expect(await attachment('darba-lapa.docx', zipStarting('[Content_Types].xml', '<?xml version="1.0"?><Types/>'))).toBeUndefined();
		expect(await attachment('tabula.xlsx', zipStarting('[Content_Types].xml', '<Types/>'))).toBeUndefined();
		expect(await attachment('konstrukcija.ggb', zipStarting('geogebra.xml', '<geogebra/>'))).toBeUndefined();
		expect(await attachment('teksts.odt', zipStarting('mimetype', 'application/vnd.oasis.opendocument.text'))).toBeUndefined();
		expect(await attachment('tabula.ods', zipStarting('mimetype', 'application/vnd.oasis.opendocument.spreadsheet'))).toBeUndefined();
		expect(await attachment('slaidi.odp', zipStarting('mimetype', 'application/vnd.oasis.opendocument.presentation'))).toBeUndefined();
		expect(await attachment('dati.csv', `${BOM}laiks;ātrums\n0;0\n1;9,8\n`)).toBeUndefined();
		expect(await attachment('piezimes.txt', 'Mērījumi < 5 % kļūda.\n')).toBeUndefined();
		expect(await attachment('programma.py', 'print("Sveika, pasaule!")\n')).toBeUndefined();
		expect(await attachment('tukss.txt', '')).toBeUndefined();
	});

	test('HTML named .pdf is refused', async () => {
		expect(await attachment('darba-lapa.pdf', HTML)).toEqual({
			message: t('files.attachmentMismatch', { extension: 'pdf', type: 'PDF' }),
			found: `darba-lapa.pdf (${t('files.kindMarkup')})`,
			allowed: t('files.attachmentResave', { type: 'PDF', extension: 'pdf' }),
		});
	});

	test('a document of another kind is refused with what it really is', async () => {
		expect((await attachment('darba-lapa.docx', PDF))?.found).toBe(`darba-lapa.docx (${t('files.kindPdf')})`);
		expect((await attachment('darba-lapa.pdf', zipStarting('x', 'y')))?.found).toBe(`darba-lapa.pdf (${t('files.kindZip')})`);
		expect((await attachment('slaidi.pptx', await picture(10, 10).png().toBuffer()))?.found).toBe('slaidi.pptx (PNG)');
		expect((await attachment('tukss.pdf', ''))?.found).toBe(`tukss.pdf (${t('files.kindEmpty')})`);
	});

	test('an OpenDocument file must declare its own mimetype first', async () => {
		expect(await attachment('teksts.odt', zipStarting('mimetype', 'application/vnd.oasis.opendocument.spreadsheet'))).toEqual({
			message: t('files.odfMimetype', { extension: 'odt' }),
			found: 'teksts.odt (application/vnd.oasis.opendocument.spreadsheet)',
			allowed: t('files.attachmentResave', { type: 'OpenDocument teksts', extension: 'odt' }),
		});
		expect((await attachment('teksts.odt', zipStarting('[Content_Types].xml', '<Types/>')))?.found).toBe(`teksts.odt (${t('files.odfNoMimetype')})`);
	});

	test('text with NUL bytes, in another encoding or that is markup is refused', async () => {
		expect((await attachment('dati.csv', 'a;b\n1;\0\n'))?.message).toBe(t('files.textNul'));
		expect((await attachment('dati.csv', Buffer.from('laiks;ātrums\n', 'utf16le')))?.message).toBe(t('files.textNul'));
		// “ātrums” in Windows-1257.
		expect((await attachment('dati.csv', Buffer.from([0xe2, 0x74, 0x72, 0x75, 0x6d, 0x73, 0x0a])))?.message).toBe(t('files.textEncoding'));
		expect(await attachment('zimejums.txt', SVG)).toEqual({
			message: t('files.textMarkup'),
			found: `zimejums.txt (${t('files.kindSvg')})`,
			allowed: t('files.textMarkupFix'),
		});
		expect((await attachment('lapa.csv', `${BOM}\n${HTML}`))?.found).toBe(`lapa.csv (${t('files.kindMarkup')})`);
		expect((await attachment('programma.py', '<script>alert(1)</script>'))?.message).toBe(t('files.textMarkup'));
	});

	test('a file over the size cap is refused without being read', async () => {
		for (const name of ['liels.pdf', 'liels.csv']) {
			const problem = await inspectAttachment(await sparse(name, MAX_ATTACHMENT_MB * 1024 * 1024 + 1), name);
			expect(problem).toEqual(expect.objectContaining({ message: t('issues.attachmentTooLarge', { limit: MAX_ATTACHMENT_MB }), found: `${name} (15 MB)` }));
		}
	});

	test('an extension that is not an attachment type is refused', async () => {
		expect((await attachment('lapa.html', HTML))?.message).toBe(t('schema.attachmentType'));
	});
});

describe('sniff', () => {
	test('recognises AVIF by a compatible brand too', () => {
		const ftyp = (major: string, compatible: string) => Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from(`ftyp${major}\0\0\0\0${compatible}`, 'latin1')]);
		expect(sniff(ftyp('avif', 'mif1miaf'))).toBe('avif');
		expect(sniff(ftyp('mif1', 'miafavif'))).toBe('avif');
		expect(sniff(ftyp('heic', 'mif1heic'))).toBe('unknown');
	});

	test('a head cut inside a multi-byte character is still text', () => {
		expect(sniff(Buffer.from('ā').subarray(0, 1))).toBe('text');
		expect(sniff(Buffer.from('ā').subarray(0, 1), true)).toBe('unknown');
	});
});
