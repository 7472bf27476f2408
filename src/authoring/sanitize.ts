/**
 * A second, independent allowlist: whatever the guard and the renderer let through,
 * the HTML tree is cleaned once more with hast-util-sanitize before it is printed.
 * The schema is not written out by hand but generated from the same allowlist the
 * guard uses (components.ts): every component is rendered with sample attribute values
 * and whatever elements, properties and values it produces become the schema. Only
 * what Markdown, GFM footnotes and the renderer's finishing step make is listed here.
 */
import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';
import { sanitize, type Schema } from 'hast-util-sanitize';
import { COMPONENTS, HTML_ELEMENTS, type AttributeRule, type ComponentRule } from './components.ts';
import { walk } from './walk.ts';

/** Values a property may have: any, or one of a list (strings, numbers, booleans, patterns). */
export type Allowed = 'any' | readonly (string | number | boolean | RegExp)[];
export type Vocabulary = Map<string, Map<string, Allowed>>;

type Primitive = string | number | boolean;
type PropertyDefinition = NonNullable<Schema['attributes']>[string][number];

const ANY = 'any';

/**
 * What mdast-util-to-hast (with GFM and footnotes) and render.ts `finish()` produce.
 * Free text (ids from headings, alt, title, labels) may be anything; URLs are checked by protocol.
 * Boolean attributes are listed in both forms, as built (true) and as parsed back from HTML ('').
 */
const MARKDOWN: Record<string, Record<string, Allowed>> = {
	p: {},
	h2: { id: ANY, className: ['sr-only'] },
	h3: { id: ANY },
	h4: { id: ANY },
	h5: { id: ANY },
	h6: { id: ANY },
	blockquote: {},
	hr: {},
	br: {},
	em: {},
	strong: {},
	del: {},
	sup: {},
	ul: { className: ['contains-task-list'] },
	ol: { className: ['contains-task-list'], start: ANY },
	li: { id: ANY, className: ['task-list-item'] },
	input: { type: ['checkbox'], checked: [true, false], disabled: [true] },
	pre: {},
	code: { className: [/^language-[^\s]+$/] },
	a: {
		href: ANY,
		title: ANY,
		// Footnote references and back references.
		id: ANY,
		dataFootnoteRef: [true, ''],
		dataFootnoteBackref: [''],
		ariaDescribedBy: ['footnote-label'],
		ariaLabel: ANY,
		className: ['data-footnote-backref'],
		// finish(): attachments are downloads, external links open without an opener.
		download: ['', true],
		rel: ['noopener', 'noreferrer'],
	},
	// finish() hands local images to Astro as `__ASTRO_IMAGE_` (JSON), dropping src; HTML parsers lowercase it.
	img: { src: ANY, alt: ANY, title: ANY, __ASTRO_IMAGE_: ANY, __astro_image_: ANY },
	table: {},
	thead: {},
	tbody: {},
	tr: {},
	// finish() turns GFM's column alignment into a class: HTML's align attribute is obsolete.
	th: { className: ['align-left', 'align-center', 'align-right'] },
	td: { className: ['align-left', 'align-center', 'align-right'] },
	div: { className: ['table-scroll'], role: ['region'], tabIndex: [0], ariaLabel: ANY },
	figure: { className: ['figure'] },
	figcaption: {},
	section: { dataFootnotes: [true, ''], className: ['footnotes'] },
};

/** Sample attribute values: two sets that differ in every free value, so free properties show. */
const TEXT_SAMPLES = ['Parauga teksts', 'Cits virsraksts'] as const;
const VIDEO_SAMPLES = ['https://www.youtube.com/watch?v=dQw4w9WgXcQ', 'https://vimeo.com/123456789'] as const;

function sampleValue(rule: AttributeRule, variant: 0 | 1): string {
	switch (rule.kind) {
		case 'text':
			return TEXT_SAMPLES[variant];
		case 'enum':
			return rule.values[0] ?? '';
		case 'integer':
			return String(variant === 0 ? rule.min : rule.max);
		case 'video-url':
			return VIDEO_SAMPLES[variant];
	}
}

function sampleAttributes(component: ComponentRule, variant: 0 | 1): Record<string, string> {
	return Object.fromEntries(Object.entries(component.attributes).map(([name, rule]) => [name, sampleValue(rule, variant)]));
}

/** Every enum value, the other attributes as in the first sample; and the required attributes alone. */
function variants(component: ComponentRule): Record<string, string>[] {
	const base = sampleAttributes(component, 0);
	const result: Record<string, string>[] = [];
	for (const [name, rule] of Object.entries(component.attributes)) {
		if (rule.kind === 'enum') for (const value of rule.values) result.push({ ...base, [name]: value });
	}
	const required = Object.entries(component.attributes).filter(([, rule]) => rule.required);
	result.push(Object.fromEntries(required.map(([name, rule]) => [name, sampleValue(rule, 0)])));
	return result;
}

function elementsOf(tree: Element): Element[] {
	const elements: Element[] = [];
	walk<Element | ElementContent>(tree, (node) => {
		if (node.type === 'element') elements.push(node);
	});
	return elements;
}

function primitives(value: Properties[string]): Primitive[] {
	if (value === null || value === undefined) return [];
	return Array.isArray(value) ? value : [value];
}

/** Properties whose value changes with the author's input: they are free, the rest are constants. */
function freeProperties(first: Element[], second: Element[]): Set<string> {
	const free = new Set<string>();
	first.forEach((element, i) => {
		const other = second[i];
		for (const [key, value] of Object.entries(element.properties)) {
			if (JSON.stringify(value) !== JSON.stringify(other?.properties[key])) free.add(`${element.tagName} ${key}`);
		}
	});
	return free;
}

const ORIGIN = /^https?:\/\/[^/?#]+/;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** A free URL may lead only to the origins the component produced (an embedded player's host, say). */
function freeValues(values: Primitive[]): Allowed {
	const origins = values.map((value) => ORIGIN.exec(String(value))?.[0]);
	if (origins.some((origin) => origin === undefined)) return ANY;
	return [...new Set(origins)].map((origin) => new RegExp(`^${escapeRegExp(origin!)}(?:[/?#]|$)`));
}

/** Renders every component with sample attributes and records what it produces. */
export function componentVocabulary(components: Record<string, ComponentRule> = COMPONENTS): Vocabulary {
	const vocabulary: Vocabulary = new Map();
	for (const component of Object.values(components)) {
		const render = (attributes: Record<string, string>) => elementsOf(component.render(attributes, [], { ordinal: 1 }));
		const [first, second] = [render(sampleAttributes(component, 0)), render(sampleAttributes(component, 1))];
		const free = freeProperties(first, second);
		const seen = new Map<string, Primitive[]>();
		for (const element of [first, second, ...variants(component).map(render)].flat()) {
			const tag = vocabulary.get(element.tagName) ?? new Map<string, Allowed>();
			vocabulary.set(element.tagName, tag);
			for (const [key, value] of Object.entries(element.properties)) {
				const id = `${element.tagName} ${key}`;
				seen.set(id, [...(seen.get(id) ?? []), ...primitives(value)]);
			}
		}
		for (const [id, values] of seen) {
			const [tagName, key] = id.split(' ') as [string, string];
			const tag = vocabulary.get(tagName)!;
			merge(tag, key, free.has(id) ? freeValues(values) : [...new Set(values)]);
		}
	}
	return vocabulary;
}

function merge(tag: Map<string, Allowed>, key: string, allowed: Allowed): void {
	const current = tag.get(key);
	if (current === ANY || allowed === ANY) tag.set(key, ANY);
	else tag.set(key, [...new Set([...(current ?? []), ...allowed])]);
}

/** Adds one vocabulary to another; a property either allows stays allowed. */
export function mergeVocabulary(target: Vocabulary, source: Vocabulary): Vocabulary {
	for (const [tagName, properties] of source) {
		const tag = target.get(tagName) ?? new Map<string, Allowed>();
		target.set(tagName, tag);
		for (const [key, allowed] of properties) merge(tag, key, allowed);
	}
	return target;
}

function tableVocabulary(table: Record<string, Record<string, Allowed>>): Vocabulary {
	return new Map(Object.entries(table).map(([tagName, properties]) => [tagName, new Map(Object.entries(properties))]));
}

function htmlElementVocabulary(): Vocabulary {
	return new Map(Object.entries(HTML_ELEMENTS).map(([tagName, { attributes }]) => [tagName, new Map(attributes.map((name) => [name, ANY]))]));
}

/** Everything the renderer may produce outside formulas. */
export function contentVocabulary(): Vocabulary {
	return mergeVocabulary(mergeVocabulary(componentVocabulary(), htmlElementVocabulary()), tableVocabulary(MARKDOWN));
}

/** Links may use these schemes (or none: relative links, #fragments); embedded sources only the web's. */
export const PROTOCOLS = { href: ['http', 'https', 'mailto', 'tel'], src: ['http', 'https'] };

export function schemaOf(vocabulary: Vocabulary): Schema {
	const attributes: Record<string, PropertyDefinition[]> = {};
	for (const [tagName, properties] of vocabulary) {
		attributes[tagName] = [...properties].map(([key, allowed]): PropertyDefinition => (allowed === ANY ? key : [key, ...allowed]));
	}
	return {
		tagNames: [...vocabulary.keys()],
		attributes,
		protocols: PROTOCOLS,
		// Table parts outside a table could break out of their context.
		ancestors: { thead: ['table'], tbody: ['table'], tr: ['table'], th: ['table'], td: ['table'] },
		// Ids stay as the renderer made them (footnotes already have their prefix).
		clobber: [],
		clobberPrefix: '',
		required: {},
		strip: ['script', 'style', 'template'],
		allowComments: false,
		allowDoctypes: false,
	};
}

export const SCHEMA: Schema = schemaOf(contentVocabulary());

/**
 * KaTeX's output is a raw node (math.ts), which hast-util-sanitize would drop: each one
 * waits out the check as a placeholder element whose name no parser can produce (NUL).
 */
const PLACEHOLDER = '\u0000katex-';

type Raw = { type: 'raw'; value: string };
const isRaw = (node: Root | RootContent): boolean => (node as { type: string }).type === 'raw';

function swap(tree: Root, replace: (node: Root | RootContent) => RootContent | undefined): void {
	walk<Root | RootContent>(tree, (node, ancestors, index) => {
		const replacement = replace(node);
		const parent = ancestors.at(-1);
		if (replacement && parent && 'children' in parent && index !== undefined) (parent.children as RootContent[])[index] = replacement;
	});
}

function restore(tree: Root, raws: readonly Raw[]): void {
	swap(tree, (node) =>
		node.type === 'element' && node.tagName.startsWith(PLACEHOLDER)
			? (raws[Number(node.tagName.slice(PLACEHOLDER.length))] as unknown as RootContent)
			: undefined,
	);
}

/** Returns a cleaned copy of the tree; KaTeX's raw nodes pass untouched, the input stays as it was. */
export function sanitizeTree(tree: Root): Root {
	const raws: Raw[] = [];
	swap(tree, (node) => {
		if (!isRaw(node)) return undefined;
		raws.push(node as unknown as Raw);
		return { type: 'element', tagName: `${PLACEHOLDER}${raws.length - 1}`, properties: {}, children: [] };
	});
	const placeholders = raws.map((_, i) => `${PLACEHOLDER}${i}`);
	const clean = sanitize(tree, { ...SCHEMA, tagNames: [...SCHEMA.tagNames!, ...placeholders] }) as Root;
	restore(tree, raws);
	restore(clean, raws);
	return clean;
}
