/**
 * Decides what an image or an attachment really is from its bytes, never from its name.
 * Astro's image pipeline goes by the bytes too: an SVG named `.png` would be published
 * as an SVG, with its scripts, on the site's origin. So each file is sniffed, compared
 * with its extension, measured from its header and only then decoded, cheaply, so that
 * nothing big is ever decoded and every refusal comes with a Latvian message.
 */
import { open } from 'node:fs/promises';
import sharp from 'sharp';
import { formatNumber, t } from '../i18n/index.ts';
import { ATTACHMENT_TYPES, IMAGE_EXTENSIONS, type AttachmentType } from '../schemas/vocabulary.ts';

/** Larger image files slow the build and the author's pull request for no visible gain. */
export const MAX_IMAGE_MB = 10;
/** Attachments larger than this make pages slow on phones and are refused. */
export const MAX_ATTACHMENT_MB = 15;
/** The reading column is at most 1200 px wide, 2400 px at 2×: 8000 leaves room for zoomable figures. */
export const MAX_IMAGE_SIDE = 8000;
/** Decoding costs memory by pixels (4 bytes each and more): 40 megapixels stay well under 1 GB. */
export const MAX_IMAGE_MEGAPIXELS = 40;
const MAX_PIXELS = MAX_IMAGE_MEGAPIXELS * 1_000_000;
/** Enough bytes to recognise any format and find a markup tag after a prolog or comment. */
const HEAD_BYTES = 4096;

/** A refused file, in the fields of a ContentIssue; the caller adds the file and line. */
export interface FileProblem {
	message: string;
	found: string;
	allowed: string;
}

export type ImageFormat = 'png' | 'jpeg' | 'gif' | 'webp' | 'avif';
/** What the bytes are, as far as this module cares. */
export type Sniffed = ImageFormat | 'svg' | 'markup' | 'gzip' | 'pdf' | 'zip' | 'text' | 'empty' | 'unknown';

const FORMAT_NAMES: Record<ImageFormat, string> = { png: 'PNG', jpeg: 'JPEG', gif: 'GIF', webp: 'WebP', avif: 'AVIF' };
const EXTENSION_FORMATS: Record<(typeof IMAGE_EXTENSIONS)[number], ImageFormat> = {
	png: 'png',
	jpg: 'jpeg',
	jpeg: 'jpeg',
	webp: 'webp',
	avif: 'avif',
	gif: 'gif',
};

const startsWith = (bytes: Uint8Array, text: string, at = 0) =>
	bytes.length >= at + text.length && [...text].every((char, i) => bytes[at + i] === char.charCodeAt(0));
const ascii = (bytes: Uint8Array, from: number, to: number) => Buffer.from(bytes.subarray(from, to)).toString('latin1');

/**
 * What a browser sniffs as HTML (WHATWG MIME Sniffing, “identifying a resource with an
 * unknown MIME type”), plus XML and SVG: content that must never pass as an image or text.
 */
const MARKUP = /^<(?:\?xml|!--|(?:!doctype\s+(?:html|svg)|html|head|script|iframe|h1|div|font|table|a|style|title|b|body|br|p|(?:[\w-]+:)?svg)[\s>/])/i;
const SVG = /<(?:[\w-]+:)?svg[\s>/]|<!doctype\s+svg/i;
/** BOMs of UTF-8 and UTF-16 as Latin-1 characters; NUL bytes are dropped first, so UTF-16 and UTF-32 read as ASCII. */
const LEADING_NOISE = /^(?:\u00ef\u00bb\u00bf|\u00fe\u00ff|\u00ff\u00fe|\s)+/;

function isAvif(bytes: Uint8Array): boolean {
	if (!startsWith(bytes, 'ftyp', 4)) return false;
	// The major brand, then the compatible brands up to the end of the ftyp box.
	const boxEnd = Math.min(Buffer.from(bytes.buffer, bytes.byteOffset, 4).readUInt32BE(0), bytes.length);
	for (let at = 8; at + 4 <= boxEnd; at += at === 8 ? 8 : 4) {
		if (['avif', 'avis'].includes(ascii(bytes, at, at + 4))) return true;
	}
	return false;
}

function isUtf8(bytes: Uint8Array, complete: boolean): boolean {
	try {
		// Streaming lets a head cut inside a multi-byte character still count as text.
		new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: !complete });
		return true;
	} catch {
		return false;
	}
}

/** Recognises a file from its first bytes (pass at least the first few kilobytes). */
export function sniff(head: Uint8Array, complete = false): Sniffed {
	if (head.length === 0) return 'empty';
	if (startsWith(head, '\x89PNG\r\n\x1a\n')) return 'png';
	if (startsWith(head, '\xff\xd8\xff')) return 'jpeg';
	if (startsWith(head, 'GIF87a') || startsWith(head, 'GIF89a')) return 'gif';
	if (startsWith(head, 'RIFF') && startsWith(head, 'WEBP', 8)) return 'webp';
	if (isAvif(head)) return 'avif';
	if (startsWith(head, '%PDF-')) return 'pdf';
	if (startsWith(head, 'PK\x03\x04')) return 'zip';
	if (startsWith(head, '\x1f\x8b')) return 'gzip';
	const text = ascii(head, 0, head.length).replaceAll('\0', '').replace(LEADING_NOISE, '');
	if (MARKUP.test(text)) return SVG.test(text) ? 'svg' : 'markup';
	return !head.includes(0) && isUtf8(head, complete) ? 'text' : 'unknown';
}

const KIND_KEYS = {
	svg: 'files.kindSvg',
	markup: 'files.kindMarkup',
	gzip: 'files.kindGzip',
	pdf: 'files.kindPdf',
	zip: 'files.kindZip',
	text: 'files.kindText',
	empty: 'files.kindEmpty',
	unknown: 'files.kindUnknown',
} as const;
const kindLabel = (kind: Sniffed) => (kind in FORMAT_NAMES ? FORMAT_NAMES[kind as ImageFormat] : t(KIND_KEYS[kind as keyof typeof KIND_KEYS]));

const megabytes = (size: number) => `${formatNumber(Math.round((size / 1024 / 1024) * 10) / 10)} MB`;
const extensionOf = (name: string) => (name.includes('.') ? name.slice(name.lastIndexOf('.') + 1).toLowerCase() : '');

/** Reads the whole file, or only its size when it is over the limit. */
async function readUpTo(path: string, limitBytes: number): Promise<{ size: number; bytes?: Buffer }> {
	const file = await open(path, 'r');
	try {
		const { size } = await file.stat();
		if (size > limitBytes) return { size };
		return { size, bytes: await file.readFile() };
	} finally {
		await file.close();
	}
}

async function readHead(path: string, length: number): Promise<{ size: number; head: Buffer }> {
	const file = await open(path, 'r');
	try {
		const { size } = await file.stat();
		const buffer = Buffer.alloc(Math.min(length, size));
		const { bytesRead } = await file.read(buffer, 0, buffer.length, 0);
		return { size, head: buffer.subarray(0, bytesRead) };
	} finally {
		await file.close();
	}
}

const toError = (error: unknown) => (error instanceof Error ? error : new Error(String(error)));

/** sharp's own words, only when short enough to help; never a stack trace. */
function detail(error: Error): string {
	const text = error.message.split('\n')[0]!.replace(/[\s:]+$/, '');
	return text.length > 0 && text.length <= 100 ? `: ${text}` : '';
}

const imageLimits = () => t('files.imageLimits', { side: MAX_IMAGE_SIDE, megapixels: MAX_IMAGE_MEGAPIXELS, size: MAX_IMAGE_MB });

const NOT_RASTER = { svg: 'files.imageSvg', gzip: 'files.imageGzip', markup: 'files.imageMarkup', text: 'files.imageText' } as const;

/** Whether `path` is a raster image of the kind its `name` says, small enough and whole. */
export async function inspectImage(path: string, name: string): Promise<FileProblem | undefined> {
	const { size, bytes } = await readUpTo(path, MAX_IMAGE_MB * 1024 * 1024);
	if (!bytes) return { message: t('files.imageTooLarge', { limit: MAX_IMAGE_MB }), found: `${name} (${megabytes(size)})`, allowed: imageLimits() };

	const kind = sniff(bytes.subarray(0, HEAD_BYTES), bytes.length <= HEAD_BYTES);
	if (!(kind in FORMAT_NAMES)) {
		const message = kind in NOT_RASTER ? t(NOT_RASTER[kind as keyof typeof NOT_RASTER]) : t('files.imageUnknown');
		return { message, found: `${name} (${kindLabel(kind)})`, allowed: t('files.exportRaster') };
	}
	const format = kind as ImageFormat;
	const extension = extensionOf(name);
	if (!Object.hasOwn(EXTENSION_FORMATS, extension)) return { message: t('guard.imageType'), found: name, allowed: IMAGE_EXTENSIONS.join(', ') };
	if (EXTENSION_FORMATS[extension as keyof typeof EXTENSION_FORMATS] !== format) {
		const renamed = `${name.slice(0, name.length - extension.length)}${format === 'jpeg' ? 'jpg' : format}`;
		return { message: t('files.imageMismatch', { format: FORMAT_NAMES[format], extension }), found: name, allowed: t('files.rename', { name: renamed }) };
	}

	const damaged = (error: Error): FileProblem => ({
		message: t('files.imageDamaged'),
		found: `${name} (${FORMAT_NAMES[format]}${detail(error)})`,
		allowed: t('files.imageDamagedFix'),
	});
	// The header only: no pixel is decoded, so no limit is needed here, and without one
	// sharp does not throw on huge images and the author learns their real size.
	const header = await sharp(bytes, { failOn: 'error', limitInputPixels: false })
		.metadata()
		.catch((error: unknown) => toError(error));
	if (header instanceof Error) return damaged(header);
	// For animations sharp reports the height of one frame; Astro decodes every frame.
	const { width = 0, height = 0, pages = 1 } = header;
	if (width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE || width * height * pages > MAX_PIXELS) {
		const dimensions = { width: String(width), height: String(height) };
		const message = pages > 1 ? t('files.animationDimensions', { count: pages, ...dimensions }) : t('files.imageDimensions', dimensions);
		return { message, found: `${name} (${FORMAT_NAMES[format]})`, allowed: imageLimits() };
	}
	// Decoding every row (and frame) proves the file is whole; shrinking on load keeps it cheap.
	const decoded = await sharp(bytes, { failOn: 'error', limitInputPixels: MAX_PIXELS, pages: pages > 1 ? -1 : 1 })
		.resize(32, 32, { fit: 'inside' })
		.raw()
		.toBuffer()
		.catch((error: unknown) => toError(error));
	return decoded instanceof Error ? damaged(decoded) : undefined;
}

const ODF_MIMETYPES: Partial<Record<AttachmentType, string>> = {
	odt: 'application/vnd.oasis.opendocument.text',
	ods: 'application/vnd.oasis.opendocument.spreadsheet',
	odp: 'application/vnd.oasis.opendocument.presentation',
};
const ATTACHMENT_KINDS: Record<AttachmentType, 'pdf' | 'zip' | 'text'> = {
	pdf: 'pdf',
	docx: 'zip',
	odt: 'zip',
	xlsx: 'zip',
	ods: 'zip',
	pptx: 'zip',
	odp: 'zip',
	ggb: 'zip',
	csv: 'text',
	txt: 'text',
	py: 'text',
};

/**
 * OpenDocument puts an uncompressed `mimetype` entry first in the ZIP, so its content
 * sits right after the first local file header (30 bytes, the name, the extra field).
 */
function odfMimetype(head: Buffer): string | undefined {
	if (head.length < 30) return undefined;
	const method = head.readUInt16LE(8);
	const stored = head.readUInt32LE(18);
	const nameLength = head.readUInt16LE(26);
	const start = 30 + nameLength + head.readUInt16LE(28);
	if (method !== 0 || ascii(head, 30, 30 + nameLength) !== 'mimetype' || start + stored > head.length) return undefined;
	// Printable ASCII only: the text ends up in terminals and CI logs.
	return ascii(head, start, start + Math.min(stored, 100)).replace(/[^\x20-\x7e]/g, '?');
}

function inspectText(bytes: Buffer, name: string): FileProblem | undefined {
	if (bytes.includes(0)) return { message: t('files.textNul'), found: name, allowed: t('files.textEncodingFix') };
	if (!isUtf8(bytes, true)) return { message: t('files.textEncoding'), found: name, allowed: t('files.textEncodingFix') };
	const kind = sniff(bytes.subarray(0, HEAD_BYTES));
	return kind === 'svg' || kind === 'markup'
		? { message: t('files.textMarkup'), found: `${name} (${kindLabel(kind)})`, allowed: t('files.textMarkupFix') }
		: undefined;
}

/** Whether `path` really is the kind of document its `name` says (see ATTACHMENT_TYPES). */
export async function inspectAttachment(path: string, name: string): Promise<FileProblem | undefined> {
	const extension = extensionOf(name);
	if (!Object.hasOwn(ATTACHMENT_TYPES, extension))
		return { message: t('schema.attachmentType'), found: name, allowed: Object.keys(ATTACHMENT_TYPES).join(', ') };
	const type = extension as AttachmentType;
	const expected = ATTACHMENT_KINDS[type];
	const limit = MAX_ATTACHMENT_MB * 1024 * 1024;
	const tooLarge = (size: number): FileProblem => ({
		message: t('issues.attachmentTooLarge', { limit: MAX_ATTACHMENT_MB }),
		found: `${name} (${megabytes(size)})`,
		allowed: t('files.attachmentTooLargeFix', { limit: MAX_ATTACHMENT_MB }),
	});

	if (expected === 'text') {
		const { size, bytes } = await readUpTo(path, limit);
		return bytes ? inspectText(bytes, name) : tooLarge(size);
	}
	const { size, head } = await readHead(path, HEAD_BYTES);
	if (size > limit) return tooLarge(size);
	const resave = t('files.attachmentResave', { type: ATTACHMENT_TYPES[type], extension: type });
	const kind = sniff(head, size <= HEAD_BYTES);
	if (kind !== expected) {
		return {
			message: t('files.attachmentMismatch', { extension: type, type: ATTACHMENT_TYPES[type] }),
			found: `${name} (${kindLabel(kind)})`,
			allowed: resave,
		};
	}
	const mimetype = ODF_MIMETYPES[type];
	if (mimetype !== undefined) {
		const actual = odfMimetype(head);
		if (actual !== mimetype)
			return { message: t('files.odfMimetype', { extension: type }), found: `${name} (${actual ?? t('files.odfNoMimetype')})`, allowed: resave };
	}
	return undefined;
}
