/**
 * A copy of a material as an editable Word document (DOCX), built from the material's HTML
 * tree (hast): the tree the page is rendered from, read back from the page itself in the
 * browser (hast-util-from-dom) or from the stored HTML in Node (hast-util-from-html).
 * Headings, paragraphs, lists, tables, images, tasks, notes, the pupil's writing space and
 * footnotes carry over; formulas become Word equations from KaTeX's MathML.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import {
	AlignmentType,
	BorderStyle,
	Document,
	ExternalHyperlink,
	Footer,
	HeadingLevel,
	HeightRule,
	ImageRun,
	LevelFormat,
	Math as OfficeMath,
	MathFraction,
	MathRadical,
	MathRun,
	MathSubScript,
	MathSubSuperScript,
	MathSuperScript,
	PageNumber,
	Paragraph,
	ShadingType,
	Table,
	TableCell,
	TableRow,
	TextRun,
	WidthType,
	type IParagraphOptions,
	type IRunOptions,
	type MathComponent,
	type ParagraphChild,
} from 'docx';

export interface DocxMeta {
	title: string;
	/** "Matemātika · 7. klase · Stundas plāns" */
	facts: string;
	/** "Skolēna eksemplārs" or "Skolotāja eksemplārs" */
	copy: string;
	/** Title · version · date · licence, as printed pages carry it. */
	footer: string;
	/** The copy's page address. */
	url: string;
	/** The pupil's copy opens with lines for name, class and date. */
	nameLine?: readonly string[] | undefined;
	/** Printed after the text: the licence sentence. */
	license: string;
}

export interface DocxImage {
	data: Uint8Array;
	type: 'png' | 'jpg' | 'gif';
	/** Pixels at 96 per inch, as docx measures them. */
	width: number;
	height: number;
}

/** Fetches an image by its `src` as PNG, JPEG or GIF; undefined when it cannot be had (its alt text is used). */
export type ImageLoader = (src: string) => Promise<DocxImage | undefined>;

/** Width of the text column on A4 with the margins below, in pixels at 96 per inch. */
const COLUMN_PX = 680;
const NUMBERED = 'numbered';
const GREY = '8A94A3';

type Block = Paragraph | Table;
/** Where a block sits: how far it is indented (quotes, list items) and whether it is inside a box. */
interface Context {
	indent: number;
	frame?: 'box' | 'teacher' | undefined;
}
const TOP: Context = { indent: 0 };
interface Inline {
	bold?: boolean;
	italics?: boolean;
	code?: boolean;
	superScript?: boolean;
	subScript?: boolean;
	strike?: boolean;
	highlight?: boolean;
}

const classes = (node: Element): string[] => (Array.isArray(node.properties.className) ? node.properties.className.map(String) : []);
const has = (node: Element, name: string) => classes(node).includes(name);
const isElement = (node: RootContent | ElementContent | Root): node is Element => node.type === 'element';
const textOf = (node: Element | ElementContent): string =>
	node.type === 'text' ? node.value : node.type === 'element' ? node.children.map(textOf).join('') : '';
/** Screen-reader-only text and KaTeX's visual copy of a formula: both have another form in the document. */
const hidden = (node: Element) => has(node, 'sr-only') || has(node, 'katex-html') || String(node.properties.ariaHidden) === 'true';

/** Builds the document for a copy's HTML tree; images are fetched first, all at once. */
export async function buildDocx(tree: Root | Element, meta: DocxMeta, loadImage: ImageLoader): Promise<Document> {
	const sources = new Set<string>();
	const visit = (node: Root | RootContent | ElementContent) => {
		if (node.type === 'element' && node.tagName === 'img' && typeof node.properties.src === 'string') sources.add(node.properties.src);
		if ('children' in node) (node.children as ElementContent[]).forEach(visit);
	};
	visit(tree);
	const images = new Map<string, DocxImage | undefined>();
	await Promise.all([...sources].map(async (src) => images.set(src, await loadImage(src).catch(() => undefined))));
	return new DocxBuilder(images, meta).document(tree);
}

class DocxBuilder {
	private lists = 0;

	private readonly images: ReadonlyMap<string, DocxImage | undefined>;
	private readonly meta: DocxMeta;

	constructor(images: ReadonlyMap<string, DocxImage | undefined>, meta: DocxMeta) {
		this.images = images;
		this.meta = meta;
	}

	document(tree: Root | Element): Document {
		const resolved = this.blocks(tree.children as RootContent[], TOP);
		const header = [
			new Paragraph({ children: [new TextRun({ text: `${this.meta.facts} · ${this.meta.copy}`, color: '4A5563', size: 20 })] }),
			new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(this.meta.title)] }),
			...(this.meta.nameLine
				? [
						new Paragraph({
							spacing: { before: 120, after: 240 },
							children: this.meta.nameLine.map((label, i) => new TextRun({ text: `${i > 0 ? '    ' : ''}${label}: ____________________` })),
						}),
					]
				: []),
		];
		return new Document({
			title: this.meta.title,
			description: `${this.meta.copy} · ${this.meta.footer}`,
			creator: this.meta.url,
			styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
			numbering: {
				config: [
					{
						reference: NUMBERED,
						levels: [0, 1, 2, 3].map((level) => ({
							level,
							format: [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN, LevelFormat.DECIMAL][level]!,
							text: `%${level + 1}.`,
							alignment: AlignmentType.START,
							style: { paragraph: { indent: { left: 360 * (level + 1), hanging: 360 } } },
						})),
					},
				],
			},
			sections: [
				{
					properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 794, bottom: 907, left: 794, right: 794, footer: 340 } } },
					footers: {
						default: new Footer({
							children: [
								new Paragraph({
									children: [
										new TextRun({ text: `${this.meta.footer} · ${this.meta.url} · `, size: 16, color: '333333' }),
										new TextRun({ children: [PageNumber.CURRENT, '/', PageNumber.TOTAL_PAGES], size: 16, color: '333333' }),
									],
								}),
							],
						}),
					},
					children: [
						...header,
						...resolved,
						new Paragraph({ spacing: { before: 240 }, children: [new TextRun({ text: this.meta.license, size: 18, color: '4A5563' })] }),
					],
				},
			],
		});
	}

	/** A paragraph where it sits: indented in quotes and lists, with a rule down its left inside a box. */
	private paragraph(ctx: Context, options: IParagraphOptions): Paragraph {
		const left = ctx.indent * 360 + Number(options.indent?.left ?? 0);
		const rule = ctx.frame && { style: ctx.frame === 'teacher' ? BorderStyle.DASHED : BorderStyle.SINGLE, size: 12, color: GREY, space: 8 };
		return new Paragraph({
			...options,
			...(left > 0 ? { indent: { ...options.indent, left } } : {}),
			...(rule ? { border: { ...options.border, left: rule } } : {}),
		});
	}

	private blocks(nodes: readonly (RootContent | ElementContent)[], ctx: Context): Block[] {
		const out: Block[] = [];
		let inline: (RootContent | ElementContent)[] = [];
		const flush = () => {
			if (inline.some((n) => n.type !== 'text' || n.value.trim() !== '')) out.push(this.paragraph(ctx, { children: this.inlines(inline, {}) }));
			inline = [];
		};
		for (const node of nodes) {
			if (node.type === 'text' || (isElement(node) && !BLOCK_TAGS.has(node.tagName) && !has(node, 'katex-display'))) {
				inline.push(node);
				continue;
			}
			flush();
			if (isElement(node) && !hidden(node)) out.push(...this.block(node, ctx));
		}
		flush();
		return out;
	}

	private block(node: Element, ctx: Context): Block[] {
		const tag = node.tagName;
		if (/^h[1-6]$/.test(tag)) {
			const level = [
				HeadingLevel.HEADING_1,
				HeadingLevel.HEADING_1,
				HeadingLevel.HEADING_2,
				HeadingLevel.HEADING_3,
				HeadingLevel.HEADING_4,
				HeadingLevel.HEADING_5,
			][Number(tag[1]) - 1];
			return [this.paragraph(ctx, { heading: level, keepNext: true, children: this.inlines(node.children, {}) })];
		}
		if (tag === 'p') {
			const title = has(node, 'task__title') || has(node, 'callout__title') || has(node, 'teacher-note__title') || has(node, 'pupil-part__label');
			return [
				this.paragraph(
					ctx,
					title
						? { keepNext: true, spacing: { before: 160 }, children: this.inlines(node.children, { bold: true }) }
						: { spacing: { after: 120 }, children: this.inlines(node.children, {}) },
				),
			];
		}
		if (tag === 'ul' || tag === 'ol') return this.list(node, 0, ctx);
		if (tag === 'pre') {
			return textOf(node)
				.replace(/\n$/, '')
				.split('\n')
				.map((line) =>
					this.paragraph(ctx, {
						spacing: { after: 0 },
						shading: { type: ShadingType.CLEAR, fill: 'F4F6F9', color: 'auto' },
						children: [new TextRun({ text: line || ' ', font: 'Consolas', size: 19 })],
					}),
				);
		}
		if (tag === 'blockquote') return this.blocks(node.children, { ...ctx, indent: ctx.indent + 1 });
		if (tag === 'table') return [this.table(node)];
		if (tag === 'hr') return [this.paragraph(ctx, { border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: GREY, space: 1 } }, children: [] })];
		if (has(node, 'writing-space')) {
			const lines = node.children.filter((c) => isElement(c) && has(c, 'writing-space__line')).length;
			const line = { style: BorderStyle.SINGLE, size: 4, color: GREY, space: 1 };
			// Paragraphs with the same borders form one group in Word: `between` draws the inner lines.
			return Array.from(
				{ length: lines },
				() => new Paragraph({ spacing: { before: 280, after: 0 }, indent: { left: ctx.indent * 360 }, border: { between: line, bottom: line }, children: [] }),
			);
		}
		if (has(node, 'katex-display'))
			return [this.paragraph(ctx, { alignment: AlignmentType.CENTER, spacing: { after: 120 }, children: this.inlines(node.children, {}) })];
		if (has(node, 'video')) {
			const caption = node.children.find((c): c is Element => isElement(c) && c.tagName === 'figcaption');
			return [this.paragraph(ctx, { children: this.inlines(caption?.children ?? [], {}) })];
		}
		if (tag === 'summary') return [this.paragraph(ctx, { keepNext: true, spacing: { before: 120 }, children: this.inlines(node.children, { bold: true }) })];
		if (tag === 'figcaption') return [this.paragraph(ctx, { keepNext: true, children: this.inlines(node.children, { italics: true }) })];
		if (tag === 'section' && node.properties.dataFootnotes !== undefined) {
			return [
				this.paragraph(ctx, { border: { top: { style: BorderStyle.SINGLE, size: 4, color: GREY, space: 4 } }, children: [] }),
				...this.blocks(node.children, ctx),
			];
		}
		// A task, a note, a part, a wrapper: its content, with a rule down its left where it is a box of its own.
		const frame = has(node, 'teacher-note') ? 'teacher' : has(node, 'task') || has(node, 'callout') ? 'box' : ctx.frame;
		return this.blocks(node.children, { ...ctx, frame });
	}

	private list(node: Element, level: number, ctx: Context): Block[] {
		const ordered = node.tagName === 'ol';
		const instance = ++this.lists;
		const out: Block[] = [];
		for (const item of node.children) {
			if (!isElement(item) || item.tagName !== 'li') continue;
			let first = true;
			const own: (RootContent | ElementContent)[] = [];
			const emit = () => {
				if (own.length === 0) return;
				const children = this.inlines(
					own.flatMap((c) => (isElement(c) && c.tagName === 'p' ? [...c.children, { type: 'text' as const, value: ' ' }] : [c])),
					{},
				);
				const marker = ordered ? { numbering: { reference: NUMBERED, level, instance } } : { bullet: { level } };
				out.push(
					first ? this.paragraph({ ...ctx, indent: 0 }, { children, ...marker }) : this.paragraph(ctx, { children, indent: { left: 360 * (level + 1) } }),
				);
				first = false;
				own.length = 0;
			};
			for (const child of item.children) {
				if (isElement(child) && (child.tagName === 'ul' || child.tagName === 'ol')) {
					emit();
					out.push(...this.list(child, Math.min(level + 1, 3), ctx));
				} else if (isElement(child) && BLOCK_TAGS.has(child.tagName) && child.tagName !== 'p') {
					emit();
					out.push(...this.blocks([child], { ...ctx, indent: ctx.indent + level + 1 }));
				} else own.push(child);
			}
			emit();
		}
		return out;
	}

	private table(node: Element): Table {
		const rows: Element[] = [];
		const collect = (parent: Element) => {
			for (const child of parent.children) {
				if (!isElement(child)) continue;
				if (child.tagName === 'tr') rows.push(child);
				else if (['thead', 'tbody', 'tfoot'].includes(child.tagName)) collect(child);
			}
		};
		collect(node);
		const columns = Math.max(1, ...rows.map((row) => row.children.filter(isElement).length));
		const border = { style: BorderStyle.SINGLE, size: 4, color: GREY };
		return new Table({
			width: { size: 100, type: WidthType.PERCENTAGE },
			borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
			rows: rows.map((row, i) => {
				const cells = row.children.filter(isElement);
				// A row with an empty cell is a row to fill in: room to write, as on the printed page.
				const toFill = cells.some((cell) => textOf(cell).trim() === '' && !cell.children.some(isElement));
				return new TableRow({
					tableHeader: i === 0 && cells.every((c) => c.tagName === 'th'),
					cantSplit: true,
					...(toFill ? { height: { value: 567, rule: HeightRule.ATLEAST } } : {}),
					children: cells.map((cell) => {
						const blocks = cell.children.some((c) => isElement(c) && BLOCK_TAGS.has(c.tagName))
							? this.blocks(cell.children, TOP)
							: [new Paragraph({ children: this.inlines(cell.children, { bold: cell.tagName === 'th' }) })];
						return new TableCell({
							width: { size: Math.floor(100 / columns), type: WidthType.PERCENTAGE },
							...(cell.tagName === 'th' ? { shading: { type: ShadingType.CLEAR, fill: 'F4F6F9', color: 'auto' } } : {}),
							children: blocks.length > 0 ? blocks : [new Paragraph({ children: [] })],
						});
					}),
				});
			}),
		});
	}

	private inlines(nodes: readonly (RootContent | ElementContent)[], style: Inline): ParagraphChild[] {
		const out: ParagraphChild[] = [];
		for (const node of nodes) {
			if (node.type === 'text') {
				if (node.value !== '') out.push(run(node.value.replace(/\s+/g, ' '), style));
				continue;
			}
			if (!isElement(node) || hidden(node)) continue;
			const tag = node.tagName;
			if (has(node, 'katex')) {
				const math = find(node, 'math');
				if (math) out.push(new OfficeMath({ children: mathChildren(math.children) }));
				continue;
			}
			if (tag === 'br') out.push(new TextRun({ break: 1 }));
			else if (tag === 'strong' || tag === 'b') out.push(...this.inlines(node.children, { ...style, bold: true }));
			else if (tag === 'em' || tag === 'i') out.push(...this.inlines(node.children, { ...style, italics: true }));
			else if (tag === 'code' || tag === 'kbd') out.push(...this.inlines(node.children, { ...style, code: true }));
			else if (tag === 'sup') out.push(...this.inlines(node.children, { ...style, superScript: true }));
			else if (tag === 'sub') out.push(...this.inlines(node.children, { ...style, subScript: true }));
			else if (tag === 'del' || tag === 's') out.push(...this.inlines(node.children, { ...style, strike: true }));
			else if (tag === 'mark') out.push(...this.inlines(node.children, { ...style, highlight: true }));
			else if (tag === 'img') out.push(this.image(node));
			else if (tag === 'a' && typeof node.properties.href === 'string' && /^(?:https?:|mailto:)/.test(node.properties.href)) {
				out.push(new ExternalHyperlink({ link: node.properties.href, children: this.inlines(node.children, style) }));
			} else out.push(...this.inlines(node.children, style));
		}
		return out;
	}

	/** A picture at its size, no wider than the text column; its alt text where it could not be had. */
	private image(node: Element): ParagraphChild {
		const alt = String(node.properties.alt ?? '');
		const image = this.images.get(String(node.properties.src ?? ''));
		if (!image) return new TextRun({ text: alt ? `[${alt}]` : '' });
		const scale = Math.min(1, COLUMN_PX / image.width);
		return new ImageRun({
			type: image.type,
			data: image.data,
			transformation: { width: Math.round(image.width * scale), height: Math.round(image.height * scale) },
			altText: { name: alt || 'attēls', description: alt, title: alt },
		});
	}
}

const BLOCK_TAGS = new Set([
	'p',
	'div',
	'ul',
	'ol',
	'li',
	'table',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'pre',
	'blockquote',
	'figure',
	'figcaption',
	'details',
	'summary',
	'section',
	'hr',
	'dl',
	'header',
]);

function run(text: string, style: Inline): TextRun {
	const options: IRunOptions = {
		text,
		...(style.bold ? { bold: true } : {}),
		...(style.italics ? { italics: true } : {}),
		...(style.code ? { font: 'Consolas' } : {}),
		...(style.superScript ? { superScript: true } : {}),
		...(style.subScript ? { subScript: true } : {}),
		...(style.strike ? { strike: true } : {}),
		...(style.highlight ? { highlight: 'yellow' } : {}),
	};
	return new TextRun(options);
}

function find(node: Element, tagName: string): Element | undefined {
	for (const child of node.children) {
		if (!isElement(child)) continue;
		if (child.tagName === tagName) return child;
		const found = find(child, tagName);
		if (found) return found;
	}
	return undefined;
}

/** MathML (as KaTeX writes it) to Word's equation objects. */
export function mathChildren(nodes: readonly ElementContent[]): MathComponent[] {
	const out: MathComponent[] = [];
	for (const node of nodes) {
		if (node.type === 'text') {
			if (node.value.trim() !== '') out.push(new MathRun(node.value));
			continue;
		}
		if (node.type !== 'element') continue;
		const kids = node.children.filter(isElement);
		const arg = (i: number) => (kids[i] ? mathChildren([kids[i]]) : []);
		switch (node.tagName) {
			case 'annotation':
			case 'annotation-xml':
			case 'mphantom':
				break;
			case 'semantics':
				out.push(...arg(0));
				break;
			case 'mi':
			case 'mn':
			case 'mo':
			case 'mtext':
			case 'ms': {
				const text = textOf(node);
				if (text !== '') out.push(new MathRun(text));
				break;
			}
			case 'mspace':
				out.push(new MathRun(' '));
				break;
			case 'mfrac':
				out.push(new MathFraction({ numerator: arg(0), denominator: arg(1) }));
				break;
			case 'msup':
			case 'mover':
				out.push(new MathSuperScript({ children: arg(0), superScript: arg(1) }));
				break;
			case 'msub':
			case 'munder':
				out.push(new MathSubScript({ children: arg(0), subScript: arg(1) }));
				break;
			case 'msubsup':
			case 'munderover':
				out.push(new MathSubSuperScript({ children: arg(0), subScript: arg(1), superScript: arg(2) }));
				break;
			case 'msqrt':
				out.push(new MathRadical({ children: mathChildren(node.children) }));
				break;
			case 'mroot':
				out.push(new MathRadical({ children: arg(0), degree: arg(1) }));
				break;
			case 'mtable':
				// Rows of an aligned block, one after another; Word's matrices are beyond what is needed here.
				kids.forEach((row, i) => {
					if (i > 0) out.push(new MathRun(';  '));
					out.push(...mathChildren(row.children));
				});
				break;
			default:
				out.push(...mathChildren(node.children));
		}
	}
	return out;
}
