/**
 * Reads a YAML data file of `content/` (the project's targets, the search's related
 * terms) and validates it with its schema, for the content check and the build alike:
 * every problem names the file, the line, the field and what is allowed.
 */
import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import type { z } from 'zod';
import { parseYamlMap } from './frontmatter.ts';
import { validate } from '../schemas/validate.ts';
import type { ContentIssue } from '../lib/content-issues.ts';

export async function readDataFile<S extends z.ZodType>(
	root: string,
	path: string,
	schema: S,
	options: { missing: string; formats?: Readonly<Record<string, string>> },
): Promise<{ data?: z.output<S>; issues: ContentIssue[] }> {
	const absolute = resolve(root, path);
	const file = relative(root, absolute).split('\\').join('/');
	let text: string;
	try {
		text = await readFile(absolute, 'utf8');
	} catch {
		return { issues: [{ file, message: options.missing }] };
	}
	const parsed = parseYamlMap(text.replace(/\r\n?/g, '\n'), file);
	if ('issues' in parsed) return { issues: parsed.issues };
	const result = validate(schema, parsed.data, {
		file,
		lineOf: parsed.lineOf,
		sourceOf: parsed.sourceOf,
		...(options.formats ? { formats: options.formats } : {}),
	});
	return result.ok ? { data: result.data, issues: [] } : { issues: result.issues };
}
