/**
 * Runs a zod schema over an author's frontmatter and turns every zod issue into a
 * ContentIssue in Latvian: the field, the line, what was found and what is allowed.
 */
import type { z } from 'zod';
import { t } from '../i18n/index.ts';
import { closestMatch, describeValue, type ContentIssue } from '../lib/content-issues.ts';

interface IssueContext {
	file: string;
	lineOf: (path: readonly PropertyKey[]) => number;
	/** The value as the author wrote it, when the parsed value would mislead (1.0 → 1). */
	sourceOf?: (path: readonly PropertyKey[]) => string | undefined;
	/** What a field must look like, by field name, for type errors on formatted strings. */
	formats?: Readonly<Record<string, string>>;
	/** Fields that were replaced, with what to write instead: an old material names its fix. */
	renamed?: Readonly<Record<string, string>>;
}

export type Validation<T> = { ok: true; data: T } | { ok: false; issues: ContentIssue[] };

export function validate<S extends z.ZodType>(schema: S, input: unknown, context: IssueContext): Validation<z.output<S>> {
	const result = schema.safeParse(input, { reportInput: true });
	if (result.success) return { ok: true, data: result.data };
	return { ok: false, issues: result.error.issues.flatMap((issue) => toContentIssue(schema, issue, input, context)) };
}

/** Dotted path as authors see it in YAML: `changelog[0].date`. */
export function fieldName(path: readonly PropertyKey[]): string {
	return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i > 0 ? '.' : ''}${String(part)}`)).join('');
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
	let node = input;
	for (const part of path) {
		if (node === null || typeof node !== 'object') return undefined;
		node = (node as Record<PropertyKey, unknown>)[part];
	}
	return node;
}

type AnyDef = {
	type: string;
	shape?: Record<string, { _zod: { def: AnyDef } }>;
	element?: { _zod: { def: AnyDef } };
	innerType?: { _zod: { def: AnyDef } };
	in?: { _zod: { def: AnyDef } };
};

/** The keys an object in the schema accepts at `path`, for "unknown field" messages. */
export function keysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
	let def = (schema as unknown as { _zod: { def: AnyDef } })._zod.def;
	const unwrap = () => {
		while (def.innerType || def.in) def = (def.innerType ?? def.in)!._zod.def;
	};
	unwrap();
	for (const part of path) {
		if (def.type === 'array' && def.element) def = def.element._zod.def;
		else if (def.type === 'object' && def.shape && typeof part === 'string' && def.shape[part]) def = def.shape[part]._zod.def;
		else return [];
		unwrap();
	}
	return def.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

const TYPE_NAMES: Record<string, string> = {
	string: 'schema.typeString',
	number: 'schema.typeNumber',
	int: 'schema.typeInt',
	boolean: 'schema.typeBoolean',
	array: 'schema.typeArray',
	object: 'schema.typeObject',
};

function typeName(type: string): string {
	const key = TYPE_NAMES[type];
	return key ? t(key as Parameters<typeof t>[0]) : type;
}

function toContentIssue(
	schema: z.ZodType,
	issue: z.core.$ZodIssue,
	input: unknown,
	{ file, lineOf, sourceOf, formats, renamed }: IssueContext,
): ContentIssue | ContentIssue[] {
	const path = issue.path;
	const base = { file, line: lineOf(path), field: fieldName(path) || undefined };
	const found = 'input' in issue ? issue.input : valueAt(input, path);
	const written = typeof found === 'number' || typeof found === 'boolean' ? sourceOf?.(path) : undefined;
	// `related[0]` is described by `related`, `changelog[0].date` by `date`.
	const fieldKey = [...path].reverse().find((part) => typeof part === 'string');
	const format = fieldKey === undefined ? undefined : formats?.[fieldKey];
	const params = (issue as { params?: { allowed?: string } }).params;

	switch (issue.code) {
		case 'invalid_type':
			if (found === undefined) {
				return { ...base, message: t('schema.required'), allowed: format ?? typeName(issue.expected) };
			}
			return { ...base, message: t('schema.wrongType'), found: written ?? describeValue(found), allowed: format ?? typeName(issue.expected) };
		case 'invalid_value': {
			const allowed = issue.values.map(String);
			const hint = typeof found === 'string' ? closestMatch(found, allowed) : undefined;
			return {
				...base,
				message: hint ? t('schema.notAllowedHint', { hint }) : t('schema.notAllowed'),
				found: describeValue(found),
				allowed: allowed.join(', '),
			};
		}
		case 'unrecognized_keys': {
			const allowedKeys = keysAt(schema, path);
			return issue.keys.map((key) => {
				const hint = closestMatch(key, allowedKeys);
				const instead = path.length === 0 && renamed && Object.hasOwn(renamed, key) ? renamed[key] : undefined;
				return {
					...base,
					line: lineOf([...path, key]),
					field: fieldName([...path, key]),
					message: instead ? t('schema.renamedField', { instead }) : hint ? t('schema.unknownFieldHint', { hint }) : t('schema.unknownField'),
					found: key,
					allowed: allowedKeys.join(', '),
				};
			});
		}
		case 'too_small':
		case 'too_big': {
			const limit = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
			const key = issue.origin === 'string' ? 'Chars' : issue.origin === 'array' || issue.origin === 'set' ? 'Items' : 'Value';
			const message = t(`schema.${issue.code === 'too_small' ? 'tooSmall' : 'tooBig'}${key}` as Parameters<typeof t>[0], { limit, count: limit });
			const shown = issue.origin === 'string' && typeof found === 'string' ? t('schema.charCount', { count: found.length }) : describeValue(found);
			return { ...base, message, found: shown, allowed: `${issue.code === 'too_small' ? '≥' : '≤'} ${limit}` };
		}
		case 'invalid_format':
			return {
				...base,
				message: t('schema.badFormat'),
				found: describeValue(found),
				allowed: params?.allowed ?? format ?? (issue.format === 'url' ? t('schema.url') : issue.format),
			};
		case 'custom':
			return {
				...base,
				message: issue.message,
				found: found === undefined ? undefined : describeValue(found),
				allowed: params?.allowed,
			};
		default:
			return { ...base, message: issue.message, found: found === undefined ? undefined : describeValue(found) };
	}
}
