import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { materialSchema } from '../schemas/material.ts';
import { COURSE_IDS, GRADES, KIND_IDS, LICENSE_IDS, ORIGIN_IDS, SKILL_IDS, STAGE_IDS, STATUS_IDS, SUBJECT_IDS, SUBJECTS } from '../schemas/vocabulary.ts';
import { validInput } from '../test/fixtures.ts';
import { editorPath } from '../lib/urls.ts';
import { BODY_WIDGET, COLLECTION, editorConfig, materialFields, materialJsonSchema, type DecapField } from './config.ts';
import { frontmatterOf } from './before-save.ts';

const fields = materialFields();
const byName = (list: readonly DecapField[], name: string) => list.find((field) => field.name === name)!;
type Node = ReturnType<typeof materialJsonSchema>;

describe('the editor’s form is generated from the material schema', () => {
	const schema = materialJsonSchema();

	test('it has one field for every frontmatter field, in the schema’s order, then the body; and nothing else', () => {
		expect(fields.map((field) => field.name)).toEqual([...Object.keys(schema.properties!), 'body']);
	});

	test('nested fields follow the schema’s objects, to the last level', () => {
		const check = (field: DecapField, node: Node) => {
			const object = node.type === 'array' ? node.items! : node;
			if (object.type !== 'object') return;
			const nested = field.fields ?? [];
			expect(
				nested.map((child) => child.name),
				field.name,
			).toEqual(Object.keys(object.properties!));
			for (const child of nested) check(child, object.properties![child.name]!);
		};
		for (const [name, node] of Object.entries(schema.properties!)) check(byName(fields, name), node);
	});

	test('what the schema requires, the form requires; optional fields may be left empty', () => {
		const required = new Set(schema.required);
		for (const field of fields.filter((f) => f.name !== 'body')) expect(field.required !== false, field.name).toBe(required.has(field.name));
		// Inside a required list of objects, the item's own required fields are required too.
		expect(byName(byName(fields, 'authors').fields!, 'name').required).not.toBe(false);
		expect(byName(byName(fields, 'authors').fields!, 'affiliation').required).toBe(false);
	});

	test.each([
		['subject', SUBJECT_IDS],
		['stage', STAGE_IDS],
		['grades', GRADES],
		['course', COURSE_IDS],
		['skills', SKILL_IDS],
		['kind', KIND_IDS],
		['origin', ORIGIN_IDS],
		['license', LICENSE_IDS],
		['status', STATUS_IDS],
	] as const)('%s is a choice among exactly the vocabulary’s values, labelled in Latvian', (name, values) => {
		const field = byName(fields, name);
		expect(field.widget).toBe('select');
		expect(field.options!.map((option) => option.value)).toEqual([...values]);
		for (const option of field.options!) expect(option.label).not.toBe(String(option.value));
		const node = schema.properties![name]!;
		expect(field.multiple ?? false).toBe(node.type === 'array');
	});

	test('the subject’s choices carry the vocabulary’s names', () => {
		expect(byName(fields, 'subject').options).toContainEqual({ value: 'fizika', label: SUBJECTS.fizika.label });
	});

	test('lengths and patterns are the schema’s: the form accepts and refuses what the schema does', () => {
		const accepts = (name: string, value: string) => new RegExp(byName(fields, name).pattern![0]).test(value);
		expect(accepts('title', 'x'.repeat(5))).toBe(true);
		expect(accepts('title', 'x'.repeat(160))).toBe(true);
		expect(accepts('title', 'x'.repeat(4))).toBe(false);
		expect(accepts('title', 'x'.repeat(161))).toBe(false);
		expect(accepts('version', '1.10.0')).toBe(true);
		expect(accepts('version', '1.0')).toBe(false);
		const related = byName(fields, 'related').field!;
		expect(new RegExp(related.pattern![0]).test('fizika/briva-krisana')).toBe(true);
		expect(new RegExp(related.pattern![0]).test('Fizika/briva krisana')).toBe(false);
	});

	test('list lengths are the schema’s', () => {
		for (const [name, node] of Object.entries(schema.properties!)) {
			if (node.type !== 'array' || byName(fields, name).widget !== 'list') continue;
			expect(byName(fields, name).min, name).toBe(node.minItems);
			expect(byName(fields, name).max, name).toBe(node.maxItems);
		}
	});

	test('dates are stored as the schema wants them, and a new material starts with today', () => {
		for (const name of ['published', 'updated']) {
			expect(byName(fields, name)).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', time_format: false, default: '{{now}}' });
		}
	});

	test('every field has a Latvian label, and the top-level ones the schema’s own description as help', () => {
		const all = (list: readonly DecapField[]): DecapField[] => list.flatMap((f) => [f, ...all(f.fields ?? []), ...(f.field ? [f.field] : [])]);
		for (const field of all(fields)) expect(field.label, field.name).toMatch(/\p{L}/u);
		for (const field of fields) expect(field.hint, field.name).toBeTruthy();
		expect(byName(fields, 'title').hint).toBe(schema.properties!.title!.description);
	});

	test('the body is edited as written (its own widget, not Decap’s rich text), so formulas and components stay byte for byte', () => {
		expect(byName(fields, 'body')).toMatchObject({ widget: BODY_WIDGET });
	});

	test('a new material with the form’s defaults and what only its author knows passes the schema', () => {
		const defaults = Object.fromEntries(fields.filter((f) => f.default !== undefined).map((f) => [f.name, f.default]));
		const today = '2026-12-03';
		const form = JSON.parse(JSON.stringify({ ...defaults, published: today, updated: today }).replaceAll('{{now}}', today)) as Record<string, unknown>;
		const input = validInput();
		const filled = {
			...form,
			...Object.fromEntries(
				['title', 'summary', 'subject', 'stage', 'grades', 'course', 'topic', 'outcomes', 'skills', 'kind', 'duration', 'authors', 'reviewers'].map((k) => [
					k,
					input[k as keyof typeof input],
				]),
			),
			body: '## Mērķis\n',
		};
		const result = materialSchema.safeParse(frontmatterOf(filled));
		expect(result.error?.issues ?? []).toEqual([]);
	});

	test('every field of every material in the collection is a field of the form: opening one loses nothing', () => {
		const root = resolve(import.meta.dirname, '../../content/materials');
		const names = new Set(fields.map((f) => f.name));
		for (const subject of readdirSync(root)) {
			for (const slug of readdirSync(join(root, subject))) {
				const source = readFileSync(join(root, subject, slug, 'index.mdx'), 'utf8');
				const data = parse(source.split(/^---$/m)[1]!) as Record<string, unknown>;
				for (const key of Object.keys(data)) expect(names.has(key), `${subject}/${slug}: ${key}`).toBe(true);
			}
		}
	});
});

describe('the editor’s configuration', () => {
	const config = editorConfig({
		repo: 'skola/materiali',
		branch: 'main',
		siteOrigin: 'https://materiali.example',
		localBackend: 'http://127.0.0.1:8081/api/v1',
	});

	test('each material is a pull request (editorial workflow), signed in through the site’s own functions', () => {
		expect(config.publish_mode).toBe('editorial_workflow');
		expect(config.backend).toMatchObject({
			name: 'github',
			repo: 'skola/materiali',
			branch: 'main',
			base_url: 'https://materiali.example',
			auth_endpoint: 'api/auth',
			open_authoring: true,
		});
		expect(config.locale).toBe('lv');
	});

	test('materials are written where the site reads them, with their files beside them', () => {
		const [collection] = config.collections;
		expect(collection).toMatchObject({
			name: COLLECTION,
			folder: 'content/materials',
			path: '{{subject}}/{{slug}}/index',
			extension: 'mdx',
			media_folder: '',
			public_folder: '',
		});
		expect(editorPath('fizika/briva-krisana')).toBe('/redaktors/#/collections/materiali/entries/fizika/briva-krisana/index');
	});

	test('the site-wide media library uploads where the content check refuses loose files, never into public/', () => {
		expect(config.media_folder).toBe('content/materials');
	});

	test('the local backend is used only on this computer', () => {
		expect(config.local_backend.allowed_hosts).toEqual(['localhost', '127.0.0.1']);
	});
});
