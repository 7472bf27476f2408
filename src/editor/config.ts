/**
 * The web editor's configuration (Decap CMS, /redaktors/), generated from the material
 * schema and the vocabularies: every frontmatter field of `materialSchema` becomes a form
 * field, every enum a choice with the vocabulary's Latvian label, every length, pattern
 * and count limit the same limit in the form. `config.test.ts` fails if they drift.
 */
import { z } from 'zod';
import { t } from '../i18n/index.ts';
import { editor as strings } from '../i18n/lv.ts';
import { EDITOR_COLLECTION } from '../lib/urls.ts';
import { materialSchema } from '../schemas/material.ts';
import { COURSES, GRADES, KINDS, LICENSES, ORIGINS, SKILLS, STAGES, STATUSES, SUBJECTS } from '../schemas/vocabulary.ts';

/** The few shapes of Decap's configuration this site uses (decapcms.org/docs/configuration-options). */
export interface DecapField {
	name: string;
	label: string;
	widget: 'string' | 'text' | 'number' | 'select' | 'list' | 'object' | 'datetime' | 'hidden' | 'file' | typeof BODY_WIDGET;
	hint?: string;
	required?: boolean;
	default?: unknown;
	options?: { label: string; value: string | number }[];
	multiple?: boolean;
	min?: number;
	max?: number;
	pattern?: [string, string];
	value_type?: 'int';
	field?: DecapField;
	fields?: DecapField[];
	summary?: string;
	collapsed?: boolean;
	add_to_top?: boolean;
	format?: string;
	date_format?: string;
	time_format?: boolean;
	picker_utc?: boolean;
	choose_url?: boolean;
	media_library?: { allow_multiple: boolean };
}

export interface EditorSettings {
	/** `owner/name` of the GitHub repository the editor opens pull requests on. */
	repo: string;
	branch: string;
	/** The site's origin: it serves the sign-in functions (functions/api/). */
	siteOrigin: string;
	/** Where Decap's local proxy (decap-server) answers when the editor runs on this computer. */
	localBackend: string;
}

/** What the editor's page hands its script: the settings, and where the site's catalogue is (for published versions). */
export interface EditorPageSettings extends EditorSettings {
	catalogue: string;
}

/** Where materials live, and the path of each below it: `<subject>/<slug>/index.mdx`. */
export const MATERIALS_FOLDER = 'content/materials';
export const COLLECTION = EDITOR_COLLECTION;
export const ENTRY_PATH = '{{subject}}/{{slug}}/index';
/** The body's own widget (body-widget.ts): the MDX as written, with the allowlist's components to insert. */
export const BODY_WIDGET = 'mdx';

type JsonSchema = {
	type?: string;
	enum?: (string | number)[];
	items?: JsonSchema;
	properties?: Record<string, JsonSchema>;
	required?: string[];
	minLength?: number;
	maxLength?: number;
	minItems?: number;
	maxItems?: number;
	minimum?: number;
	maximum?: number;
	pattern?: string;
	format?: string;
	default?: unknown;
	description?: string;
};

const options = (vocabulary: Record<string, { label: string }>) => Object.entries(vocabulary).map(([value, { label }]) => ({ label, value }));

/** The Latvian label of every value an enum field may take, from the vocabularies. */
const CHOICES: Record<string, { label: string; value: string | number }[]> = {
	subject: options(SUBJECTS),
	stage: options(STAGES),
	grades: GRADES.map((grade) => ({ label: t('grades.one', { grade }), value: grade })),
	course: options(COURSES),
	skills: options(SKILLS),
	kind: options(KINDS),
	origin: options(ORIGINS),
	license: options(LICENSES),
	status: options(STATUSES),
};

const DATE = /^\^\\d\{4\}-\\d\{2\}-\\d\{2\}\$$/;

/** Fields a new material starts with, so an author fills in what only they know. */
const DEFAULTS: Record<string, unknown> = {
	license: 'CC-BY-4.0',
	origin: 'izstradats',
	version: '1.0.0',
	// Its date, like `published` and `updated`, starts as today (Decap's date fields do).
	changelog: [{ version: '1.0.0', date: '{{now}}', changes: t('editor.firstVersion') }],
};

const labelOf = (path: string): string => {
	const label = (strings.fields as Record<string, string>)[path];
	if (!label) throw new Error(`src/i18n/lv.ts editor.fields has no label for the material field "${path}"`);
	return label;
};

/** A pattern for Decap: a regular expression source and the message shown when it does not match. */
function lengthPattern(node: JsonSchema): [string, string] | undefined {
	if (node.minLength === undefined && node.maxLength === undefined) return undefined;
	const min = node.minLength ?? 0;
	const max = node.maxLength;
	return [`^[\\s\\S]{${min},${max ?? ''}}$`, t('editor.length', { min, max: max ?? '∞' })];
}

function fieldFor(path: string, name: string, node: JsonSchema, required: boolean): DecapField {
	const base = { name, label: labelOf(path), ...(required ? {} : { required: false }) };
	const hint = (strings.hints as Record<string, string>)[path] ?? docOf(path);
	const withHint = hint ? { ...base, hint } : base;
	const choices = CHOICES[path];
	if (choices) {
		const multiple = node.type === 'array';
		const values = (multiple ? node.items?.enum : node.enum) ?? (multiple && node.items?.type === 'integer' ? GRADES : undefined);
		if (!values) throw new Error(`editor: the material field "${path}" has choices but the schema gives no values`);
		return {
			...withHint,
			widget: 'select',
			options: choices,
			...(multiple ? { multiple: true, ...(node.minItems ? { min: node.minItems } : {}) } : {}),
			// The form's own default, else the schema's (status: publicets).
			...(path in DEFAULTS ? { default: DEFAULTS[path] } : node.default !== undefined ? { default: node.default } : {}),
		};
	}
	if (node.type === 'array' && node.items) {
		const item = node.items;
		const list: DecapField = {
			...withHint,
			...(path in DEFAULTS ? { default: DEFAULTS[path] } : {}),
			widget: 'list',
			...(node.minItems ? { min: node.minItems } : {}),
			...(node.maxItems ? { max: node.maxItems } : {}),
			collapsed: false,
			// The change log is newest first, so a new entry goes on top.
			...(path === 'changelog' ? { add_to_top: true } : {}),
		};
		if (item.type === 'object') {
			const fields = objectFields(path, item);
			return { ...list, fields, summary: `{{fields.${fields[0]!.name}}}` };
		}
		return { ...list, field: fieldFor(`${path}[]`, 'item', item, true) };
	}
	if (node.type === 'object') {
		// Decap would demand an optional object's required parts even when it is left empty; the
		// schema, run before each save (before-save.ts), asks for them only once it is filled in.
		const fields = objectFields(path, node).map((field) => (required ? field : { ...field, required: false }));
		return { ...withHint, widget: 'object', fields, collapsed: !required };
	}
	if (node.type === 'integer') {
		return {
			...withHint,
			widget: 'number',
			value_type: 'int',
			...(node.minimum !== undefined ? { min: node.minimum } : {}),
			...(node.maximum !== undefined ? { max: node.maximum } : {}),
		};
	}
	if (node.pattern && DATE.test(node.pattern)) {
		// Stored as the schema wants it (2026-12-03); shown and picked the Latvian way.
		// A new material's dates start as today ('{{now}}', which Decap's date field resolves when it opens).
		return { ...withHint, widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'DD.MM.YYYY', time_format: false, picker_utc: true, default: '{{now}}' };
	}
	if (path === 'attachments.file') {
		// Uploaded into the material's folder and written as its file name, which the schema then checks.
		return { ...withHint, widget: 'file', choose_url: false, media_library: { allow_multiple: false } };
	}
	if (node.pattern) {
		return {
			...withHint,
			widget: 'string',
			pattern: [node.pattern, t('editor.pattern', { example: (strings.examples as Record<string, string>)[path] ?? '' })],
			...(path in DEFAULTS ? { default: DEFAULTS[path] } : {}),
		};
	}
	const pattern = lengthPattern(node);
	return { ...withHint, widget: (node.maxLength ?? 0) > 200 ? 'text' : 'string', ...(pattern ? { pattern } : {}) };
}

function objectFields(path: string, node: JsonSchema): DecapField[] {
	return Object.entries(node.properties ?? {}).map(([name, child]) => fieldFor(`${path}.${name}`, name, child, (node.required ?? []).includes(name)));
}

const docOf = (path: string): string | undefined => (path.includes('.') || path.includes('[') ? undefined : t(`fieldDocs.${path}` as Parameters<typeof t>[0]));

/** The material schema as the form sees it: what an author writes, before defaults are applied. */
export const materialJsonSchema = (): JsonSchema => z.toJSONSchema(materialSchema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;

/** The form's fields: the schema's, in its order, then the body. */
export function materialFields(): DecapField[] {
	const schema = materialJsonSchema();
	const required = new Set(schema.required ?? []);
	return [
		...Object.entries(schema.properties ?? {}).map(([name, node]) => fieldFor(name, name, node, required.has(name))),
		{ name: 'body', label: labelOf('body'), hint: strings.hints.body, widget: BODY_WIDGET },
	];
}

/** Decap's whole configuration (`CMS.init({ config })`). */
export function editorConfig(settings: EditorSettings) {
	return {
		load_config_file: false,
		locale: 'lv',
		backend: {
			name: 'github',
			repo: settings.repo,
			branch: settings.branch,
			base_url: settings.siteOrigin,
			auth_endpoint: 'api/auth',
			// Authors without write access work in their own fork; every material still arrives as a pull request.
			open_authoring: true,
			commit_messages: {
				create: strings.commits.create,
				update: strings.commits.update,
				delete: strings.commits.delete,
				uploadMedia: strings.commits.uploadMedia,
				deleteMedia: strings.commits.deleteMedia,
				openAuthoring: '{{message}}',
			},
		},
		// Used only where the editor is served from this computer (allowed_hosts), e.g. by the browser test.
		local_backend: { url: settings.localBackend, allowed_hosts: ['localhost', '127.0.0.1'] },
		publish_mode: 'editorial_workflow',
		// Addresses as the site writes them: lower case, no diacritics ("Daļskaitļi" → "dalskaitli").
		slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
		// Required globally; each material's files go into its own folder (the collection's
		// media_folder). A file put into the site-wide media library would land here, where
		// the content check refuses it ("only materials' folders"), never in public/.
		media_folder: MATERIALS_FOLDER,
		show_preview_links: false,
		collections: [
			{
				name: COLLECTION,
				label: strings.collection,
				label_singular: strings.collectionSingular,
				description: strings.collectionDescription,
				folder: MATERIALS_FOLDER,
				path: ENTRY_PATH,
				extension: 'mdx',
				format: 'frontmatter',
				create: true,
				slug: '{{slug}}',
				identifier_field: 'title',
				summary: '{{title}} ({{subject}})',
				sortable_fields: ['title', 'subject', 'updated'],
				// Images and attachments next to index.mdx, referred to by their file name.
				media_folder: '',
				public_folder: '',
				preview: false,
				editor: { preview: false },
				fields: materialFields(),
			},
		],
	};
}
