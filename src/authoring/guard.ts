/**
 * Checks a parsed material body against what authors may write: Markdown, GFM,
 * math and the components in the allowlist with literal attribute values.
 * MDX is a programming language, so everything else — import/export, {expressions},
 * unknown components, raw HTML, event handlers, unsafe URLs — is refused here,
 * before anything is rendered. Nothing in the body is ever compiled or run.
 */
import type { Definition, Nodes, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx-jsx';
import { walk } from './walk.ts';
import { COMPONENTS, HTML_ELEMENTS, own, videoEmbed, type AttributeRule } from './components.ts';
import { IMAGE_EXTENSIONS } from '../schemas/vocabulary.ts';
import { t } from '../i18n/index.ts';
import type { ContentIssue } from '../lib/content-issues.ts';

export interface GuardContext {
	file: string;
	/** Added to the body's line numbers to get the file's. */
	lineOffset: number;
	/** Names of the files in the material's folder. */
	folderFiles: ReadonlySet<string>;
	/** Files the frontmatter lists as attachments. */
	attachments: ReadonlySet<string>;
}

export interface GuardResult {
	issues: ContentIssue[];
	/** Site-internal links (`/materiali/…`) to check once every material is known. */
	internalLinks: { url: string; line: number | undefined }[];
	/** Local images that passed the guard; their bytes are judged after rendering (files.ts). */
	images: LocalImage[];
}

export interface LocalImage {
	file: string;
	line: number | undefined;
	column: number | undefined;
}

const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);
/** A link within the site: another material's page, optionally at a heading. */
const MATERIAL_LINK = /^\/materiali\/[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*\/?(?:#[^\s]*)?$/;
const LOCAL_FILE = /^\.\/([a-z0-9]+(?:[-_][a-z0-9]+)*\.[a-z0-9]+)$/;

/** Browsers ignore control characters and whitespace inside URLs, so attackers hide schemes with them. */
const compact = (url: string) => url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');

export function urlScheme(url: string): string | undefined {
	return /^([a-z][a-z0-9+.-]*):/i.exec(compact(url))?.[1]?.toLowerCase();
}

export function guardBody(tree: Root, context: GuardContext): GuardResult {
	const issues: ContentIssue[] = [];
	const internalLinks: GuardResult['internalLinks'] = [];
	const images: LocalImage[] = [];
	const lineOf = (node: Nodes) => (node.position ? node.position.start.line + context.lineOffset : undefined);
	const columnOf = (node: Nodes) => node.position?.start.column;
	const report = (node: Nodes, construct: string, message: string, found?: string, allowed?: string) =>
		issues.push({ file: context.file, line: lineOf(node), column: columnOf(node), construct, message, found, allowed });

	let previousDepth = 1;
	// Definitions can come after the references that use them, so collect them first (as Markdown resolves them: first one wins).
	const definitions = new Map<string, Definition>();
	const imageDefinitions = new Set<string>();
	const linkDefinitions = new Set<string>();
	walk<Nodes>(tree, (node) => {
		if (node.type === 'definition' && !definitions.has(node.identifier)) definitions.set(node.identifier, node);
		if (node.type === 'imageReference') imageDefinitions.add(node.identifier);
		if (node.type === 'linkReference') linkDefinitions.add(node.identifier);
	});

	walk<Nodes>(tree, (node, ancestors) => {
		switch (node.type) {
			case 'mdxjsEsm':
				report(node, 'import/export', t('guard.esm'), firstLine(node.value), t('guard.allowedContent'));
				return 'skip';
			case 'mdxFlowExpression':
			case 'mdxTextExpression':
				report(node, '{…}', t('guard.expression'), `{${firstLine(node.value)}}`, t('guard.braces'));
				return 'skip';
			case 'html':
				report(node, 'HTML', t('guard.html'), firstLine(node.value), t('guard.allowedContent'));
				return 'skip';
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement': {
				const name = node.name;
				const tag = name === null ? '<>' : `<${name}>`;
				if (name === null) {
					report(node, tag, t('guard.fragment'));
					return 'skip';
				}
				const component = own(COMPONENTS, name);
				const element = own(HTML_ELEMENTS, name);
				if (!component && !element) {
					report(node, tag, t('guard.unknownElement'), tag, allowedElements());
					return 'skip';
				}
				if (component) {
					if (component.placement === 'block' && node.type === 'mdxJsxTextElement') {
						report(node, tag, t('guard.blockInline'));
					}
					if (component.parent && !ancestors.some((a) => a.type === 'mdxJsxFlowElement' && a.name === component.parent)) {
						report(node, tag, t('guard.parent', { parent: component.parent }));
					}
					const outer = ancestors.find(
						(a): a is typeof node => a.type === 'mdxJsxFlowElement' && a.name !== null && (component.notInside ?? []).includes(a.name),
					);
					if (outer) report(node, tag, t('guard.notInside', { outer: outer.name ?? '' }));
					const meaningful = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
					if (component.children === 'none' && meaningful.length > 0) {
						report(node, tag, t('guard.noChildren'));
					}
					if (component.children === 'table' && (meaningful.length !== 1 || meaningful[0]?.type !== 'table')) {
						report(node, tag, t('guard.tableChild'));
					}
				}
				const rules: Record<string, AttributeRule | undefined> = component
					? component.attributes
					: Object.fromEntries((element?.attributes ?? []).map((a) => [a, { kind: 'text' } as const]));
				// Text elements hold a phrase: on lines of their own they may wrap one paragraph, never blocks.
				if (element && node.type === 'mdxJsxFlowElement') {
					if (node.children.length > 1 || node.children.some((child) => child.type !== 'paragraph'))
						report(node, tag, t('guard.inlineOnly'), tag, t('guard.inlineOnlyFix'));
				}
				checkAttributes(node, tag, node.attributes, rules, report);
				return undefined;
			}
			case 'linkReference':
				if (!hasText(node)) report(node, t('guard.linkField'), t('guard.emptyLink'), '[](…)', t('guard.linkExample'));
				return undefined;
			case 'link':
			case 'definition': {
				if (node.type === 'link' && !hasText(node)) report(node, t('guard.linkField'), t('guard.emptyLink'), `[](${node.url})`, t('guard.linkExample'));
				// A definition that only images use is checked as an image, at each image.
				if (node.type === 'definition' && imageDefinitions.has(node.identifier) && !linkDefinitions.has(node.identifier)) return undefined;
				const url = node.url;
				if (url.startsWith('#')) return undefined;
				const scheme = urlScheme(url);
				if (scheme !== undefined) {
					if (!SAFE_SCHEMES.has(scheme)) report(node, t('guard.linkField'), t('guard.unsafeUrl'), url, t('guard.safeUrls'));
				} else if (url.startsWith('/')) {
					if (url.startsWith('//')) report(node, t('guard.linkField'), t('guard.unsafeUrl'), url, t('guard.safeUrls'));
					// Only a material's address can be checked before the build; any other path could be a broken link.
					else if (!MATERIAL_LINK.test(url)) report(node, t('guard.linkField'), t('guard.internalLink'), url, t('guard.internalLinkExample'));
					else internalLinks.push({ url, line: lineOf(node) });
				} else {
					const file = LOCAL_FILE.exec(url)?.[1];
					if (!file) report(node, t('guard.linkField'), t('guard.relativeLink'), url, t('guard.safeUrls'));
					else if (!context.attachments.has(file))
						report(node, t('guard.linkField'), t('guard.linkNotAttachment'), url, [...context.attachments].join(', ') || t('guard.none'));
				}
				return undefined;
			}
			case 'image':
				checkImage(node, node.url, node.alt ?? '', context, report, images);
				return undefined;
			case 'imageReference': {
				// `![alt][ref]` with `[ref]: url` is an image too, and obeys the same rules as `![alt](url)`.
				const definition = definitions.get(node.identifier);
				if (definition) checkImage(node, definition.url, node.alt ?? '', context, report, images);
				else if (!node.alt?.trim()) report(node, t('guard.imageField'), t('guard.imageAlt'), '![](…)', t('guard.altExample'));
				return undefined;
			}
			case 'heading':
				if (!hasText(node)) report(node, '#'.repeat(node.depth), t('guard.emptyHeading'));
				if (node.depth === 1) report(node, '#', t('guard.h1'), '#', '##');
				else if (node.depth > previousDepth + 1)
					report(node, '#'.repeat(node.depth), t('guard.headingSkip'), '#'.repeat(node.depth), `≤ ${'#'.repeat(previousDepth + 1)}`);
				previousDepth = node.depth;
				return undefined;
			default:
				return undefined;
		}
	});

	return { issues, internalLinks, images };
}

function checkAttributes(
	node: Nodes,
	tag: string,
	attributes: (MdxJsxAttribute | MdxJsxExpressionAttribute)[],
	rules: Record<string, AttributeRule | undefined>,
	report: (node: Nodes, field: string, message: string, found?: string, allowed?: string) => void,
) {
	const allowedNames = Object.keys(rules).join(', ') || t('guard.none');
	const seen = new Set<string>();
	for (const attribute of attributes) {
		if (attribute.type === 'mdxJsxExpressionAttribute') {
			report(node, tag, t('guard.spread'), `{${firstLine(attribute.value)}}`, allowedNames);
			continue;
		}
		const field = `${tag} ${attribute.name}`;
		const rule = own(rules, attribute.name);
		if (!rule) {
			const message = /^on/i.test(attribute.name) ? t('guard.eventHandler') : t('guard.unknownAttribute');
			report(node, field, message, attribute.name, allowedNames);
			continue;
		}
		seen.add(attribute.name);
		if (attribute.value === null || attribute.value === undefined) {
			report(node, field, t('guard.attributeNeedsValue'), attribute.name, `${attribute.name}="…"`);
			continue;
		}
		if (typeof attribute.value !== 'string') {
			report(node, field, t('guard.attributeExpression'), `{${firstLine(attribute.value.value)}}`, `${attribute.name}="…"`);
			continue;
		}
		const problem = attributeProblem(rule, attribute.value);
		if (problem) report(node, field, problem.message, attribute.value, problem.allowed);
	}
	for (const [name, rule] of Object.entries(rules)) {
		if (rule?.required && !seen.has(name)) report(node, `${tag} ${name}`, t('guard.attributeRequired'), undefined, `${name}="…"`);
	}
}

export function attributeProblem(rule: AttributeRule, value: string): { message: string; allowed: string } | undefined {
	switch (rule.kind) {
		case 'text':
			if (value.trim() === '' || value.length > (rule.maxLength ?? 500)) {
				return { message: t('guard.attributeText'), allowed: t('guard.textLength', { max: rule.maxLength ?? 500 }) };
			}
			// "3. uzdevums", "Uzdevums 3", or a list number before a capital ("3. Grafiks"); an ordinal
			// in a phrase ("1. pasaules karš", "20. gadsimts") goes on in lower case and is kept.
			if (rule.numbered && (/^\s*(?:\d+\.\s*uzdevums|uzdevums\s+\d+)/iu.test(value) || /^\s*\d{1,2}[.)]\s*\p{Lu}/u.test(value))) {
				return { message: t('guard.taskNumbered'), allowed: t('guard.taskNumberedFix') };
			}
			return undefined;
		case 'enum':
			return rule.values.includes(value) ? undefined : { message: t('guard.attributeValue'), allowed: rule.values.join(', ') };
		case 'integer': {
			const n = Number(value);
			return /^\d+$/.test(value) && n >= rule.min && n <= rule.max ? undefined : { message: t('guard.attributeValue'), allowed: `${rule.min}–${rule.max}` };
		}
		case 'video-url':
			return videoEmbed(value) ? undefined : { message: t('guard.videoHost'), allowed: t('guard.videoHosts') };
	}
}

function checkImage(
	node: Nodes,
	url: string,
	alt: string,
	context: GuardContext,
	report: (node: Nodes, field: string, message: string, found?: string, allowed?: string) => void,
	images: LocalImage[],
) {
	const field = t('guard.imageField');
	if (!alt.trim()) report(node, field, t('guard.imageAlt'), `![](${url})`, t('guard.altExample'));
	const file = LOCAL_FILE.exec(url)?.[1];
	if (!file) {
		report(node, field, t('guard.imageLocal'), url, t('guard.imageExample'));
		return;
	}
	const extension = file.split('.').at(-1) ?? '';
	if (!(IMAGE_EXTENSIONS as readonly string[]).includes(extension)) {
		report(node, field, t('guard.imageType'), file, IMAGE_EXTENSIONS.join(', '));
	} else if (!context.folderFiles.has(file)) {
		report(node, field, t('guard.imageMissing'), file, [...context.folderFiles].filter((f) => f !== 'index.mdx').join(', ') || t('guard.none'));
	} else if (!images.some((image) => image.file === file)) {
		images.push({ file, line: node.position ? node.position.start.line + context.lineOffset : undefined, column: node.position?.start.column });
	}
}

/** Whether a heading or a link says something: text, code, a formula or an image's description. */
function hasText(node: Nodes): boolean {
	let found = false;
	walk<Nodes>(node, (child) => {
		if (found) return 'skip';
		if ((child.type === 'text' || child.type === 'inlineCode' || child.type === 'inlineMath') && child.value.trim() !== '') found = true;
		if ((child.type === 'image' || child.type === 'imageReference') && child.alt?.trim()) found = true;
		return undefined;
	});
	return found;
}

function allowedElements(): string {
	return [...Object.keys(COMPONENTS), ...Object.keys(HTML_ELEMENTS)].map((name) => `<${name}>`).join(', ');
}

function firstLine(value: string): string {
	const line = value.trim().split('\n')[0] ?? '';
	return line.length > 60 ? `${line.slice(0, 57)}…` : line;
}
