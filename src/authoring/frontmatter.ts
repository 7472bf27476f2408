/**
 * Splits a material file into YAML frontmatter and body, keeping line numbers
 * so that every problem can point at the line an author has to fix.
 */
import { isAlias, isCollection, isNode, isPair, isScalar, LineCounter, parseDocument, type Document, type ErrorCode, type YAMLError } from 'yaml';
import type { StringKey } from '../i18n/index.ts';
import type { ContentIssue } from '../lib/content-issues.ts';
import { t } from '../i18n/index.ts';

export interface ParsedSource {
	data: Record<string, unknown>;
	body: string;
	/** 1-based line of the body's first line in the file. */
	bodyLine: number;
	/** Line of a frontmatter field (by path), or of the frontmatter's start. */
	lineOf(path: readonly PropertyKey[]): number;
	/** The value as written, e.g. "1.0" where YAML read the number 1. */
	sourceOf(path: readonly PropertyKey[]): string | undefined;
}

const FENCE = /^---[ \t]*\n/;

export function parseSource(source: string, file: string): ParsedSource | { issues: ContentIssue[] } {
	// Windows line ends would leave \r inside YAML values and the body.
	const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
	if (!FENCE.test(text)) {
		return { issues: [{ file, line: 1, message: t('issues.noFrontmatter') }] };
	}
	const close = /\n---[ \t]*(\n|$)/.exec(text.slice(3));
	if (!close) {
		return { issues: [{ file, line: 1, message: t('issues.unclosedFrontmatter') }] };
	}
	const yamlStart = text.indexOf('\n') + 1;
	const yamlEnd = 3 + close.index + 1;
	const yamlText = text.slice(yamlStart, yamlEnd);
	const bodyOffset = 3 + close.index + close[0].length;
	const bodyLine = text.slice(0, bodyOffset).split('\n').length;

	const parsed = parseYamlMap(yamlText, file, 2);
	if ('issues' in parsed) return parsed;
	return { ...parsed, body: text.slice(bodyOffset), bodyLine };
}

/** Deeper than any file here needs (targets.yaml has 5 levels); deeper data is a mistake or an attack on later checks. */
export const MAX_YAML_DEPTH = 16;
/** One slip can make the parser report hundreds of follow-on errors; the first few are what an author needs. */
const MAX_YAML_ISSUES = 10;

/** The yaml library's error codes, explained in Latvian. */
const YAML_MESSAGES: Record<ErrorCode, StringKey> = {
	ALIAS_PROPS: 'yaml.aliasProps',
	BAD_ALIAS: 'yaml.badAlias',
	BAD_COLLECTION_TYPE: 'yaml.collectionType',
	BAD_DIRECTIVE: 'yaml.badDirective',
	BAD_DQ_ESCAPE: 'yaml.badEscape',
	BAD_INDENT: 'yaml.badIndent',
	BAD_PROP_ORDER: 'yaml.badPropOrder',
	BAD_SCALAR_START: 'yaml.badScalarStart',
	BLOCK_AS_IMPLICIT_KEY: 'yaml.blockAsImplicitKey',
	BLOCK_IN_FLOW: 'yaml.blockInFlow',
	DUPLICATE_KEY: 'yaml.duplicateKey',
	IMPOSSIBLE: 'yaml.impossible',
	KEY_OVER_1024_CHARS: 'yaml.keyTooLong',
	MISSING_CHAR: 'yaml.missingChar',
	MULTILINE_IMPLICIT_KEY: 'yaml.multilineKey',
	MULTIPLE_ANCHORS: 'yaml.multipleAnchors',
	MULTIPLE_DOCS: 'yaml.multipleDocs',
	MULTIPLE_TAGS: 'yaml.multipleTags',
	NON_STRING_KEY: 'yaml.nonStringKey',
	RESOURCE_EXHAUSTION: 'yaml.resourceExhaustion',
	TAB_AS_INDENT: 'yaml.tabIndent',
	TAG_RESOLVE_FAILED: 'yaml.tag',
	UNEXPECTED_TOKEN: 'yaml.unexpectedToken',
};

/** A parser error or warning in Latvian; a code a newer yaml may add is named as it is. */
export function explainYamlError(error: Pick<YAMLError, 'code'>): string {
	const key = Object.hasOwn(YAML_MESSAGES, error.code) ? YAML_MESSAGES[error.code] : undefined;
	return t('issues.yaml', { detail: key ? t(key) : t('yaml.unknown', { code: error.code }) });
}

/**
 * Anchors and aliases, and nesting deeper than MAX_YAML_DEPTH, with their offsets. Authors never
 * need anchors: an alias only repeats a value, and repeating is all an alias bomb does, so both
 * are refused outright rather than counted. The walk keeps its own stack, as the depth is not yet known.
 */
function refusedNodes(doc: Document): { offset: number; message: string }[] {
	const found: { offset: number; message: string }[] = [];
	const stack: { node: unknown; depth: number }[] = [{ node: doc.contents, depth: 1 }];
	let tooDeep = false;
	for (let next = stack.pop(); next; next = stack.pop()) {
		const { node, depth } = next;
		if (isAlias(node)) found.push({ offset: node.range?.[0] ?? 0, message: t('yaml.alias') });
		if (!isNode(node)) continue;
		if (node.anchor) found.push({ offset: node.range?.[0] ?? 0, message: t('yaml.anchor') });
		if (!isCollection(node)) continue;
		if (depth > MAX_YAML_DEPTH) {
			if (!tooDeep) found.push({ offset: node.range?.[0] ?? 0, message: t('yaml.tooDeep', { limit: MAX_YAML_DEPTH }) });
			tooDeep = true;
			continue;
		}
		for (const item of node.items) {
			if (isPair(item)) stack.push({ node: item.value, depth: depth + 1 }, { node: item.key, depth: depth + 1 });
			else stack.push({ node: item, depth: depth + 1 });
		}
	}
	return found.sort((a, b) => a.offset - b.offset);
}

/**
 * `lineOf` that no longer holds the parsed YAML document: the lines of every field and
 * of its items or keys, taken now. Checks across materials run after all are loaded,
 * and 10,000 documents kept only for their line numbers took gigabytes.
 */
export function keptLines(parsed: Pick<ParsedYaml, 'data' | 'lineOf'>): (path: readonly PropertyKey[]) => number {
	const lines = new Map<string, number>();
	const key = (path: readonly PropertyKey[]) => path.map(String).join('\u0000');
	for (const [field, value] of Object.entries(parsed.data)) {
		lines.set(key([field]), parsed.lineOf([field]));
		const inner = Array.isArray(value) ? value.map((_, i) => i) : value && typeof value === 'object' ? Object.keys(value) : [];
		for (const part of inner) lines.set(key([field, part]), parsed.lineOf([field, part]));
	}
	const opening = parsed.lineOf([]);
	return (path) => {
		for (let depth = path.length; depth > 0; depth--) {
			const line = lines.get(key(path.slice(0, depth)));
			if (line !== undefined) return line;
		}
		return opening;
	};
}

export interface ParsedYaml {
	data: Record<string, unknown>;
	/** Line of a field (by path), or of the document's start. */
	lineOf(path: readonly PropertyKey[]): number;
	/** The value as written, e.g. "1.0" where YAML read the number 1. */
	sourceOf(path: readonly PropertyKey[]): string | undefined;
}

/** Parses a YAML mapping with line numbers; `firstLine` is the file line of its first line. */
export function parseYamlMap(yamlText: string, file: string, firstLine = 1): ParsedYaml | { issues: ContentIssue[] } {
	const lineCounter = new LineCounter();
	// An error at the very end (an unclosed quote) belongs to the last line, not to the fence after it.
	const yamlLine = (offset: number) => lineCounter.linePos(Math.min(offset, yamlText.length - 1)).line + firstLine - 1;
	const issueAt = (offset: number, message: string): ContentIssue => ({ file, line: yamlLine(offset), message });
	let doc: Document;
	try {
		// The core schema keeps dates as strings: YAML 1.1 timestamps would turn 2025-02-30 into 2 March.
		doc = parseDocument(yamlText, { schema: 'core', uniqueKeys: true, lineCounter, prettyErrors: false });
	} catch {
		// yaml reports what it can as errors; a throw is a bug of its own, still the author's file to name.
		return { issues: [{ file, line: firstLine, message: t('yaml.unreadable') }] };
	}
	// Warnings too: an unknown tag such as !!js/function is not an error to the YAML parser, but has no place here.
	const problems = [...doc.errors, ...doc.warnings];
	if (problems.length > 0) {
		return { issues: problems.slice(0, MAX_YAML_ISSUES).map((error) => issueAt(error.pos[0], explainYamlError(error))) };
	}
	const refused = refusedNodes(doc);
	if (refused.length > 0) {
		// Each kind once, at its first place: a bomb has hundreds of aliases, the author needs one line.
		const first = new Map<string, number>();
		for (const { offset, message } of refused) if (!first.has(message)) first.set(message, offset);
		return { issues: [...first].map(([message, offset]) => issueAt(offset, message)) };
	}
	let data: unknown;
	try {
		data = doc.toJS();
	} catch {
		return { issues: [{ file, line: firstLine, message: t('yaml.unreadable') }] };
	}
	if (data === null || typeof data !== 'object' || Array.isArray(data)) {
		return { issues: [{ file, line: firstLine, message: t('issues.frontmatterNotMap') }] };
	}
	return {
		data: data as Record<string, unknown>,
		lineOf(path) {
			// Walk up to the nearest node that exists, so a missing field points at its parent.
			for (let depth = path.length; depth > 0; depth--) {
				const node = doc.getIn(path.slice(0, depth) as unknown[], true);
				if (isNode(node) && node.range) return yamlLine(node.range[0]);
			}
			// The opening line: a frontmatter's fence, or a YAML file's first line.
			return Math.max(1, firstLine - 1);
		},
		sourceOf(path) {
			const node = doc.getIn(path as unknown[], true);
			return isScalar(node) && typeof node.source === 'string' ? node.source : undefined;
		},
	};
}
