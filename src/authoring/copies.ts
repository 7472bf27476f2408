/**
 * The pupil's copy of a material, derived from the same HTML tree as the teacher's:
 * what components marked as the teacher's (answers, teacher notes) goes; where a plan
 * marks the pupil's parts, only those stay. Authors cannot set classes, so the marks
 * (components.ts TEACHER_ONLY, PUPIL_PART) can only come from the allowlisted components.
 */
import type { Element, Root, RootContent } from 'hast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { Nodes as MdastNodes, Root as MdastRoot } from 'mdast';
import { PUPIL_PART, TEACHER_ONLY } from './components.ts';
import { walk } from './walk.ts';
import { t } from '../i18n/index.ts';
import type { KindId } from '../schemas/vocabulary.ts';
import { KINDS } from '../schemas/vocabulary.ts';

/** Components that are the pupil's by nature: where a plan has pupil parts, they must be in one. */
export const PUPIL_COMPONENTS = ['Uzdevums', 'Rakstam'] as const;

export interface PupilMarks {
	/** How many `<Skolenam>` parts the material has. */
	parts: number;
	/** Tasks and writing spaces outside every `<Skolenam>` part, with their lines in the body. */
	strays: { tag: string; line: number | undefined }[];
}

const classesOf = (node: Element): string[] => {
	const value = node.properties.className;
	return Array.isArray(value) ? value.map(String) : [];
};
const hasClass = (node: RootContent | Root, name: string): node is Element => node.type === 'element' && classesOf(node).includes(name);

/** Where the pupil's parts are and which tasks lie outside them, read from the parsed body. */
export function pupilMarks(tree: MdastRoot): PupilMarks {
	let parts = 0;
	const strays: PupilMarks['strays'] = [];
	walk<MdastNodes>(tree, (node, ancestors) => {
		if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return undefined;
		if (node.name === 'Skolenam') parts += 1;
		const inPart = ancestors.some((a) => (a as MdxJsxFlowElement).name === 'Skolenam');
		if (!inPart && (PUPIL_COMPONENTS as readonly string[]).includes(node.name ?? '')) strays.push({ tag: `<${node.name}>`, line: node.position?.start.line });
		return undefined;
	});
	return { parts, strays };
}

/** Whether the tree has anything that differs between the two copies. */
export function hasCopyMarks(tree: Root): boolean {
	let found = false;
	walk<Root | RootContent>(tree, (node) => {
		if (hasClass(node, TEACHER_ONLY) || hasClass(node, PUPIL_PART)) found = true;
	});
	return found;
}

/**
 * The pupil's copy: a new tree, the given one untouched. Footnotes the pupil's text no
 * longer cites go, and links into removed text become plain words.
 */
export function pupilTree(tree: Root): Root {
	const copy = structuredClone(tree);
	const parts: RootContent[] = [];
	walk<Root | RootContent>(copy, (node) => {
		if (hasClass(node, PUPIL_PART)) {
			parts.push(node);
			return 'skip';
		}
		return undefined;
	});
	const footnotes = copy.children.filter((node) => node.type === 'element' && node.tagName === 'section' && node.properties.dataFootnotes !== undefined);
	const root: Root = parts.length > 0 ? { type: 'root', children: [...parts, ...footnotes] } : copy;
	removeWhere(root, (node) => hasClass(node, TEACHER_ONLY));
	pruneLinks(root);
	return root;
}

function removeWhere(tree: Root | Element, drop: (node: RootContent) => boolean): void {
	tree.children = (tree.children as RootContent[]).filter((child) => !drop(child)) as typeof tree.children;
	for (const child of tree.children) if (child.type === 'element') removeWhere(child, drop);
}

/** Footnotes no longer cited, back links to citations that went, links to headings that went. */
function pruneLinks(root: Root): void {
	const ids = () => {
		const found = new Set<string>();
		walk<Root | RootContent>(root, (node) => {
			if (node.type === 'element' && typeof node.properties.id === 'string') found.add(node.properties.id);
		});
		return found;
	};
	const cited = new Set<string>();
	walk<Root | RootContent>(root, (node) => {
		if (node.type === 'element' && node.tagName === 'a' && node.properties.dataFootnoteRef !== undefined && typeof node.properties.href === 'string')
			cited.add(node.properties.href.slice(1));
	});
	removeWhere(
		root,
		(node) =>
			node.type === 'element' &&
			node.tagName === 'li' &&
			typeof node.properties.id === 'string' &&
			node.properties.id.includes('-fn-') &&
			!cited.has(node.properties.id),
	);
	removeWhere(root, (node) => node.type === 'element' && node.tagName === 'section' && node.properties.dataFootnotes !== undefined && !hasElement(node, 'li'));
	renumberFootnotes(root);
	const present = ids();
	const unwrap = (parent: Root | Element) => {
		parent.children = (parent.children as RootContent[]).flatMap((child): RootContent[] => {
			if (child.type !== 'element') return [child];
			unwrap(child);
			const href = child.properties.href;
			if (child.tagName !== 'a' || typeof href !== 'string' || !href.startsWith('#') || present.has(decodeURIComponent(href.slice(1)))) return [child];
			// A back link to a citation that went is only an arrow: it goes; any other link keeps its words.
			return child.properties.dataFootnoteBackref !== undefined ? [] : (child.children as RootContent[]);
		}) as typeof parent.children;
	};
	unwrap(root);
}

/** Footnotes are numbered by their place in the list; with some gone, the rest move up. */
function renumberFootnotes(root: Root): void {
	const numbers = new Map<string, number>();
	walk<Root | RootContent>(root, (node) => {
		if (node.type === 'element' && node.tagName === 'li' && typeof node.properties.id === 'string' && node.properties.id.includes('-fn-'))
			numbers.set(node.properties.id, numbers.size + 1);
	});
	walk<Root | RootContent>(root, (node) => {
		if (node.type !== 'element' || node.tagName !== 'a' || typeof node.properties.href !== 'string') return;
		if (node.properties.dataFootnoteRef !== undefined) {
			const number = numbers.get(node.properties.href.slice(1));
			if (number !== undefined) node.children = [{ type: 'text', value: String(number) }];
		}
		if (node.properties.dataFootnoteBackref !== undefined) {
			const number = numbers.get(
				node.properties.href
					.slice(1)
					.replace(/-fnref-/, '-fn-')
					.replace(/-\d+$/, ''),
			);
			if (number !== undefined) node.properties.ariaLabel = t('render.footnoteBack', { number });
		}
	});
}

function hasElement(node: Element, tagName: string): boolean {
	let found = false;
	walk<Element | RootContent>(node, (child) => {
		if (child.type === 'element' && child.tagName === tagName) found = true;
	});
	return found;
}

/** Whether a kind of material is mainly the teacher's (its pupil copy is its `<Skolenam>` parts) or the pupil's. */
export function isTeachersKind(kind: KindId): boolean {
	return KINDS[kind].audience === 'skolotajs';
}

/**
 * Whether a material has a pupil's copy: a pupil's kind always does; a teacher's kind
 * (a plan, guidance) only where it marks pupil parts.
 */
export function hasPupilCopy(kind: KindId, marks: Pick<PupilMarks, 'parts'>): boolean {
	return !isTeachersKind(kind) || marks.parts > 0;
}
