/**
 * Turns a material's body into HTML without compiling it: the body is parsed with
 * MDX syntax, checked by the guard, and only then converted, node by node, into
 * HTML built from the allowlist. Math goes through KaTeX, local images are handed
 * to Astro's image pipeline (sharp) through its `__ASTRO_IMAGE_` placeholder.
 */
import type { Element, ElementContent, Root as HastRoot, RootContent } from 'hast';
import GithubSlugger, { slug } from 'github-slugger';
import { toString } from 'hast-util-to-string';
import type { Nodes as MdastNodes, Root as MdastRoot } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import type { State } from 'mdast-util-to-hast';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { COMPONENTS, HTML_ELEMENTS, own } from './components.ts';
import { SKIP, walk } from './walk.ts';
import { formulaCount, MATH_MESSAGE_SOURCE, rehypeMath } from './math.ts';
import { mayHaveLiteralAutolinks, remarkGfmWithoutLiteralAutolinks } from './gfm.ts';
import { guardBody, type GuardContext, type LocalImage } from './guard.ts';
import { checkBodyLimits, MAX_TREE_DEPTH, treeDepth } from './limits.ts';
import { ASTRO_IMAGE_MARKER, unsafeCharacter } from '../lib/text.ts';
import { sanitizeTree } from './sanitize.ts';
import { t } from '../i18n/index.ts';
import type { ContentIssue } from '../lib/content-issues.ts';
import { PAGE_IDS } from '../lib/page-ids.ts';
import { hasCopyMarks, pupilMarks, pupilTree, type PupilMarks } from './copies.ts';

export interface RenderOptions extends GuardContext {
	/** Public URL of an attachment of this material. */
	attachmentUrl(file: string): string;
}

/** Render options that can cross to a worker thread: plain data, no functions. */
export interface RenderJob {
	file: string;
	lineOffset: number;
	folderFiles: string[];
	attachments: string[];
	/** Public URL of the material's folder; attachments are linked below it. */
	attachmentBase: string;
}

export function renderJob(body: string, job: RenderJob): Promise<RenderedBody> {
	return renderBody(body, {
		file: job.file,
		lineOffset: job.lineOffset,
		folderFiles: new Set(job.folderFiles),
		attachments: new Set(job.attachments),
		attachmentUrl: (name) => `${job.attachmentBase}${name}`,
	});
}

export interface Heading {
	depth: number;
	slug: string;
	text: string;
}

export interface RenderedBody {
	html: string;
	/** Plain text for the search index: no formulas (their MathML copy would be noise), no "Atbilde" labels. */
	text: string;
	headings: Heading[];
	/** Local images, relative to the material's file, for Astro to optimise. */
	imagePaths: string[];
	/** The same images with the place each first appears, for messages about their files. */
	images: LocalImage[];
	hasMath: boolean;
	/** The pupil's copy (copies.ts), where it differs from `html`: only a body with marks has it. */
	pupilHtml?: string;
	pupil: PupilMarks;
	internalLinks: { url: string; line: number | undefined }[];
	issues: ContentIssue[];
}

/** Widths offered in srcset; the reading column is at most ~46rem wide. */
const IMAGE_WIDTHS = [480, 800, 1200];
const IMAGE_SIZES = '(min-width: 50rem) 46rem, 100vw';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkMath).freeze();
/** The same, for the many bodies in which no literal autolink can start (see gfm.ts). */
const lighterParser = unified().use(remarkParse).use(remarkMdx).use(remarkGfmWithoutLiteralAutolinks).use(remarkMath).freeze();

type JsxNode = MdxJsxFlowElement | MdxJsxTextElement;

function createConverter(ordinals: Map<string, number>) {
	const jsx = (state: State, node: JsxNode): Element => {
		const name = node.name ?? '';
		const attributes: Record<string, string> = Object.create(null) as Record<string, string>;
		for (const attribute of node.attributes) {
			if (attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string') {
				attributes[attribute.name] = attribute.value;
			}
		}
		const children = state.all(node) as ElementContent[];
		const component = own(COMPONENTS, name);
		let element: Element;
		if (component) {
			const ordinal = (ordinals.get(name) ?? 0) + 1;
			ordinals.set(name, ordinal);
			element = component.render(attributes, children, { ordinal });
		} else {
			// The guard has already refused anything that is not in HTML_ELEMENTS.
			const rule = own(HTML_ELEMENTS, name);
			const allowed = rule?.attributes ?? [];
			const properties = Object.fromEntries(Object.entries(attributes).filter(([key]) => allowed.includes(key)));
			// On lines of its own the element wraps one paragraph (the guard allows no more): it goes inside it instead.
			const flow = node.type === 'mdxJsxFlowElement';
			const phrase = flow ? children.flatMap((child) => (child.type === 'element' && child.tagName === 'p' ? child.children : [child])) : children;
			element = { type: 'element', tagName: name, properties, children: rule?.void ? [] : phrase };
			if (flow) element = { type: 'element', tagName: 'p', properties: {}, children: [element] };
		}
		state.patch(node, element);
		return element;
	};
	return (
		unified()
			.use(remarkRehype, {
				handlers: { mdxJsxFlowElement: jsx, mdxJsxTextElement: jsx },
				footnoteLabel: t('render.footnotes'),
				footnoteBackLabel: (reference: number) => t('render.footnoteBack', { number: reference + 1 }),
			})
			.use(rehypeMath)
			// Raw nodes come only from rehypeMath (KaTeX's own output).
			.use(rehypeStringify, { allowDangerousHtml: true })
	);
}

export async function renderBody(body: string, options: RenderOptions): Promise<RenderedBody> {
	const empty = { html: '', pupil: { parts: 0, strays: [] }, text: '', headings: [], imagePaths: [], images: [], hasMath: false, internalLinks: [] };
	const fileLine = (line: number | undefined) => (line === undefined ? undefined : line + options.lineOffset);
	const tooDeep = (line: number | undefined, depth?: number): ContentIssue => ({
		file: options.file,
		line: fileLine(line),
		construct: 'MDX',
		message: t('limits.treeDepth'),
		found: depth === undefined ? undefined : String(depth),
		allowed: t('limits.treeDepthFix', { limit: MAX_TREE_DEPTH }),
	});
	// Text and size first, in linear time: nothing costly or unsafe reaches the parser.
	const textIssues = checkBodyText(body, options);
	if (textIssues.length > 0) return { ...empty, issues: textIssues };
	let tree: MdastRoot;
	try {
		tree = (mayHaveLiteralAutolinks(body) ? parser : lighterParser).parse(body);
	} catch (error) {
		if (error instanceof RangeError) {
			// A stack overflow the limits did not foresee: still the author's file, never a crash.
			return { ...empty, issues: [tooDeep(1)] };
		}
		const place = error as { line?: number; column?: number; place?: { start?: { line: number; column: number } }; reason?: string; message: string };
		// An unclosed tag's message has no place of its own, only the tag's range in its text: "(3:1-3:10)".
		const range = /\((\d+):(\d+)-\d+:\d+\)/.exec(place.reason ?? place.message);
		const start =
			place.line !== undefined
				? { line: place.line, column: place.column }
				: (place.place?.start ?? (range ? { line: Number(range[1]), column: Number(range[2]) } : undefined));
		return {
			...empty,
			issues: [
				{
					file: options.file,
					line: fileLine(start?.line ?? 1),
					column: start?.column,
					construct: 'MDX',
					message: explainSyntax(place.reason ?? place.message),
					allowed: t('guard.allowedContent'),
				},
			],
		};
	}

	const deepest = treeDepth(tree);
	if (deepest.depth > MAX_TREE_DEPTH) {
		return { ...empty, issues: [tooDeep(deepest.line, deepest.depth)] };
	}
	liftBlockComponents(tree);
	const guarded = guardBody(tree, options);
	if (guarded.issues.length > 0) return { ...empty, internalLinks: guarded.internalLinks, issues: guarded.issues };

	const file = new VFile({ value: body });
	const converter = createConverter(new Map());
	const hast = (await converter.run(tree, file)) as HastRoot;

	const issues: ContentIssue[] = file.messages
		.filter((message) => message.source === MATH_MESSAGE_SOURCE)
		.map((message) => ({
			file: options.file,
			line: message.line === undefined ? undefined : message.line + options.lineOffset,
			column: message.column,
			construct: t('render.mathField'),
			// math.ts words the reason in Latvian and places it at the fault inside the formula.
			message: t('render.math', { detail: message.reason }),
		}));

	const finished = { ...finish(hast, options), hasMath: formulaCount(file) > 0 };
	// A second allowlist, generated from components.ts and independent of the guard, over the final tree.
	const clean = sanitizeTree(hast);
	// Spaces at line ends are invisible (in code too) and fail the HTML gate (no-trailing-whitespace);
	// footnotes referred to twice and code blocks make them.
	const stringify = (tree: HastRoot) => converter.stringify(tree).replace(/[ \t]+$/gm, '');
	const html = stringify(clean);
	const marks = pupilMarks(tree);
	return {
		html,
		...(hasCopyMarks(clean) ? { pupilHtml: stringify(pupilTree(clean)) } : {}),
		pupil: { parts: marks.parts, strays: marks.strays.map((stray) => ({ ...stray, line: fileLine(stray.line) })) },
		text: plainText(clean),
		...finished,
		internalLinks: guarded.internalLinks,
		images: guarded.images,
		issues,
	};
}

/** What must hold of the body's text before it is parsed: size and nesting bounds, no unsafe characters. */
export function checkBodyText(body: string, options: Pick<RenderOptions, 'file' | 'lineOffset'>): ContentIssue[] {
	const lineAt = (index: number) => body.slice(0, index).split('\n').length + options.lineOffset;
	const issues: ContentIssue[] = checkBodyLimits(body).map((problem) => ({
		file: options.file,
		line: problem.line + options.lineOffset,
		construct: 'MDX',
		message: t(`limits.${problem.kind}`),
		found: String(problem.found),
		allowed: t(`limits.${problem.kind}Fix`, { limit: problem.limit }),
	}));
	const unsafe = unsafeCharacter(body);
	if (unsafe)
		issues.push({
			file: options.file,
			line: lineAt(unsafe.index),
			construct: t('text.character'),
			message: t('text.unsafe'),
			found: unsafe.codePoint,
			allowed: t('text.unsafeFix'),
		});
	const marker = body.indexOf(ASTRO_IMAGE_MARKER);
	if (marker >= 0)
		issues.push({
			file: options.file,
			line: lineAt(marker),
			construct: ASTRO_IMAGE_MARKER,
			message: t('text.reserved'),
			found: ASTRO_IMAGE_MARKER,
			allowed: t('text.reservedFix'),
		});
	return issues;
}

/** MDX's parser speaks of characters and names, in English; say in Latvian what an author most likely wrote. */
const SYNTAX_RULES: readonly [RegExp, (match: RegExpExecArray) => string][] = [
	[/^Unexpected character `!` \(U\+0021\) before name/, () => t('render.htmlComment')],
	[/^Unexpected (?:character .*|end of file) (?:before|in) name/, () => t('render.lessThan')],
	[/^Unexpected .* (?:before|in|after) (?:local|member) (?:attribute )?name/, () => t('render.tagName')],
	[/^Unexpected .* (?:before|in|after) attribute name|^Unexpected .* after name/, () => t('render.attributeSyntax')],
	[/^Unexpected .* before attribute value/, () => t('render.attributeQuotes')],
	[/^Unexpected end of file in attribute value/, () => t('render.attributeUnclosed')],
	[/^Unexpected .* after self-closing slash/, () => t('render.selfClosing')],
	[/^Unexpected (?:attribute|self-closing slash `\/`) in closing tag/, () => t('render.closingTagSyntax')],
	[/^Unexpected closing slash `\/` in tag/, () => t('render.strayClosing')],
	[/^Unexpected closing tag `([^`]*)`, expected corresponding closing tag for `([^`]*)`/, (m) => t('render.mismatchedClosing', { found: m[1]!, open: m[2]! })],
	[/^Expected a closing tag for `([^`]*)`/, (m) => t('render.unclosed', { tag: m[1]! })],
	[/^Expected the closing tag `([^`]*)`/, (m) => t('render.closeInSameBlock', { tag: m[1]! })],
	[/^Unexpected lazy line/, () => t('render.lazyLine')],
	[/expression|closing brace/i, () => t('guard.expression')],
	[/import\/exports?/, () => t('guard.esm')],
	[/^Unexpected end of file/, () => t('render.unexpectedEnd')],
];

export function explainSyntax(reason: string): string {
	for (const [pattern, explain] of SYNTAX_RULES) {
		const match = pattern.exec(reason);
		if (match) return explain(match);
	}
	return t('render.syntax');
}

/**
 * `<Piezime>Īss teksts.</Piezime>` on one line parses as a paragraph holding an
 * inline element; authors mean the block component, so treat it as one.
 */
export function liftBlockComponents(tree: MdastRoot): void {
	walk<MdastNodes>(tree, (node, ancestors, index) => {
		const parent = ancestors.at(-1);
		if (node.type !== 'paragraph' || !parent || !('children' in parent) || index === undefined) return undefined;
		const meaningful = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
		const only = meaningful[0];
		if (meaningful.length !== 1 || only?.type !== 'mdxJsxTextElement' || !only.name) return undefined;
		if (own(COMPONENTS, only.name)?.placement !== 'block') return undefined;
		const lifted: MdxJsxFlowElement = {
			type: 'mdxJsxFlowElement',
			name: only.name,
			attributes: only.attributes,
			children: only.children.length > 0 ? [{ type: 'paragraph', children: only.children }] : [],
			position: only.position,
		};
		parent.children.splice(index, 1, lifted);
		return undefined;
	});
}

/** Final touches to the HTML tree: scrollable tables, optimised images, attachment links, headings. */
function finish(tree: HastRoot, options: RenderOptions) {
	const headings: Heading[] = [];
	const imagePaths = new Set<string>();
	let tables = 0;
	const imageIndex = new Map<string, number>();

	// Ids the page itself uses, and those already in the body (footnotes), are taken: `## Saturs` becomes #saturs-1.
	const slugger = new GithubSlugger();
	for (const id of PAGE_IDS) slugger.slug(id);
	walk<HastRoot | RootContent>(tree, (node) => {
		if (node.type === 'element' && typeof node.properties.id === 'string') slugger.slug(node.properties.id);
	});
	walk<HastRoot | RootContent>(tree, (node, ancestors, index) => {
		if (node.type !== 'element') return undefined;
		const parent = ancestors.at(-1) as HastRoot | Element | undefined;
		// Headings get ids from their text, as on GitHub ("Darba gaita" → #darba-gaita).
		// A heading of emoji or punctuation alone has an empty slug; it gets a word instead.
		if (/^h[1-6]$/.test(node.tagName) && !node.properties.id) {
			const text = toString(node);
			node.properties.id = slugger.slug(slug(text) === '' ? t('render.section') : text);
		}
		// The footnotes' heading is for screen readers only, not for the table of contents.
		if ((node.tagName === 'h2' || node.tagName === 'h3') && typeof node.properties.id === 'string' && node.properties.id !== 'footnote-label') {
			headings.push({ depth: Number(node.tagName[1]), slug: node.properties.id, text: toString(node).trim() });
		}

		// GFM writes column alignment as align="…", which HTML no longer has; the stylesheet aligns by class.
		if ((node.tagName === 'th' || node.tagName === 'td') && typeof node.properties.align === 'string') {
			node.properties.className = [`align-${node.properties.align}`];
			delete node.properties.align;
		}

		if (node.tagName === 'a' && typeof node.properties.href === 'string') {
			const local = /^\.\/(.+)$/.exec(node.properties.href);
			if (local?.[1]) {
				node.properties.href = options.attachmentUrl(local[1]);
				node.properties.download = '';
			} else if (/^https?:/i.test(node.properties.href)) {
				node.properties.rel = ['noopener', 'noreferrer'];
			} else if (/^tel:/i.test(node.properties.href)) {
				// A phone number must not break across lines: its spaces and hyphens become non-breaking ones.
				walk<ElementContent>(node, (child) => {
					if (child.type === 'text') child.value = child.value.replaceAll(' ', '\u00a0').replaceAll('-', '\u2011');
				});
			}
		}

		if (node.tagName === 'img' && typeof node.properties.src === 'string' && node.properties.src.startsWith('./')) {
			const src = node.properties.src;
			imagePaths.add(src);
			const occurrence = imageIndex.get(src) ?? 0;
			imageIndex.set(src, occurrence + 1);
			const title = typeof node.properties.title === 'string' ? node.properties.title : undefined;
			node.properties = {
				__ASTRO_IMAGE_: JSON.stringify({
					src,
					alt: String(node.properties.alt ?? ''),
					index: occurrence,
					widths: IMAGE_WIDTHS,
					sizes: IMAGE_SIZES,
					loading: 'lazy',
					decoding: 'async',
				}),
			};
			// An image with a title is a figure: the title becomes its visible caption.
			if (title && parent?.type === 'element' && parent.tagName === 'p' && parent.children.length === 1) {
				parent.tagName = 'figure';
				parent.properties = { className: ['figure'] };
				parent.children.push({ type: 'element', tagName: 'figcaption', properties: {}, children: [{ type: 'text', value: title }] });
			}
		}

		if (node.tagName === 'table' && parent && index !== undefined) {
			tables += 1;
			const caption = parent.type === 'element' && parent.tagName === 'figure' ? findCaption(parent) : undefined;
			const wrapper: Element = {
				type: 'element',
				tagName: 'div',
				// A region that can scroll sideways must be reachable by keyboard (WCAG 2.1.1).
				properties: { className: ['table-scroll'], role: 'region', tabIndex: 0, ariaLabel: caption ?? `${t('components.table')} ${tables}` },
				children: [node],
			};
			(parent.children as RootContent[])[index] = wrapper;
			return SKIP;
		}
		return undefined;
	});
	return { headings, imagePaths: [...imagePaths] };
}

const BLOCKS = new Set([
	'p',
	'li',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'td',
	'th',
	'tr',
	'div',
	'figure',
	'figcaption',
	'pre',
	'blockquote',
	'details',
	'section',
	'br',
]);

export function plainText(tree: HastRoot): string {
	const parts: string[] = [];
	const walk = (node: HastRoot | RootContent) => {
		if (node.type === 'text') parts.push(node.value);
		if (node.type === 'element') {
			// Formulas are raw KaTeX nodes and stay out; so do the "Atbilde" labels.
			if (node.tagName === 'summary') return;
			node.children.forEach(walk);
			if (BLOCKS.has(node.tagName)) parts.push('\n');
		}
		if (node.type === 'root') node.children.forEach(walk);
	};
	walk(tree);
	return parts
		.join('')
		.replace(/[ \t]+/g, ' ')
		.replace(/\s*\n\s*/g, '\n')
		.trim();
}

function findCaption(figure: Element): string | undefined {
	const caption = figure.children.find((child): child is Element => child.type === 'element' && child.tagName === 'figcaption');
	return caption ? toString(caption).trim() : undefined;
}
