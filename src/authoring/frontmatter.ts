/**
 * Splits a material file into YAML frontmatter and body, keeping line numbers
 * so that every problem can point at the line an author has to fix.
 */
import { isNode, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
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
	// The core schema keeps dates as strings: YAML 1.1 timestamps would turn 2025-02-30 into 2 March.
	const doc: Document = parseDocument(yamlText, { schema: 'core', uniqueKeys: true, lineCounter, prettyErrors: false });
	const yamlLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
	// Warnings too: an unknown tag such as !!js/function is not an error to the YAML parser, but has no place here.
	const problems = [...doc.errors, ...doc.warnings];
	if (problems.length > 0) {
		return {
			issues: problems.map((error) => ({
				file,
				line: yamlLine(error.pos[0]),
				message: t('issues.yaml', { detail: error.message.split('\n')[0] ?? error.code }),
			})),
		};
	}
	const data = doc.toJS({ maxAliasCount: 50 }) as unknown;
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
