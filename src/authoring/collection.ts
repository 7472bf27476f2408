/**
 * Reads every material under content/materials, validates it and renders it.
 * Shared by the Astro loader (the build) and the content check (authors, CI), so
 * both refuse exactly the same things with exactly the same messages.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { keptLines, parseSource } from './frontmatter.ts';
import { PLACEHOLDER } from './template.ts';
import { renderJob, type Heading, type RenderedBody, type RenderJob } from './render.ts';
import { missingSections } from './sections.ts';
import { isTeachersKind, type PupilMarks } from './copies.ts';
import { KINDS } from '../schemas/vocabulary.ts';
import { inspectAttachment, inspectImage } from './files.ts';
import { MAX_BODY_KB } from './limits.ts';
import { stringsIn, unsafeCharacter } from '../lib/text.ts';
import { fieldName } from '../schemas/validate.ts';
import { availableParallelism } from 'node:os';
import { createRenderPool } from './render-pool.ts';
import { FIELD_FORMATS, materialSchema, RENAMED_FIELDS, type MaterialData } from '../schemas/material.ts';
import { validate } from '../schemas/validate.ts';
import { t } from '../i18n/index.ts';
import type { ContentIssue } from '../lib/content-issues.ts';
import { materialPath, withBase } from '../lib/urls.ts';

export const MATERIAL_FILE = 'index.mdx';
/** Below this many materials, starting worker threads costs more than it saves. */
export const WORKER_THRESHOLD = 64;

/**
 * The threshold in force: RENDER_WORKERS_FROM (a whole number ≥ 1) lowers it, so a test
 * build of a few materials runs the worker pool inside `astro build` as a large one does.
 */
export function workerThreshold(value: string | undefined = process.env.RENDER_WORKERS_FROM): number {
	if (value === undefined || value === '') return WORKER_THRESHOLD;
	const n = Number(value);
	if (!Number.isInteger(n) || n < 1) throw new Error(`RENDER_WORKERS_FROM must be a whole number of materials, at least 1; it is “${value}”.`);
	return n;
}
/** All attachments of one material together. */
export const MAX_ATTACHMENTS_TOTAL_MB = 40;
/** A material file larger than this is not read at all. */
export const MAX_FILE_KB = MAX_BODY_KB + 64;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface SourceMaterial {
	/** `<subject>/<slug>` */
	id: string;
	/** Folder of the material, absolute. */
	folder: string;
	/** index.mdx, relative to the project root. */
	filePath: string;
	source: string;
	folderFiles: Set<string>;
}

export interface LoadedMaterial extends SourceMaterial {
	data: MaterialData;
	rendered: Omit<RenderedBody, 'issues'>;
	/** Line of a frontmatter field, for messages about cross-material checks. */
	lineOf: (path: readonly PropertyKey[]) => number;
}

export interface LoadOptions {
	/** Project root, for relative file names in messages. */
	root: string;
	/** Folder that holds `<subject>/<slug>/index.mdx`. */
	materialsDir: string;
	/** The site's base path, e.g. "/" or "/portals/". */
	base: string;
	/** Reuse an earlier rendering when the source has not changed (key: digest). */
	cached?: (material: SourceMaterial) => LoadedMaterial['rendered'] | undefined;
	/** Renders a body; defaults to this thread. `loadMaterials` hands large collections to worker threads. */
	render?: (body: string, job: RenderJob) => Promise<RenderedBody>;
	/** Worker threads for rendering: a number, or false for none. Default: one per core for large collections. */
	workers?: number | false;
	/**
	 * Called with each material as soon as it has loaded with no issue of its own; the
	 * material it returns is kept instead. The Astro loader moves HTML and text into files
	 * here, so a large collection is never in memory all at once.
	 */
	settle?: (material: LoadedMaterial) => Promise<LoadedMaterial>;
}

export interface LoadResult {
	/** Published and draft materials that passed every check. */
	materials: LoadedMaterial[];
	issues: ContentIssue[];
	/** Worker threads that rendered (0: this thread did). */
	threads: number;
}

/** Finds material folders; anything else in the tree is reported, not silently skipped. */
export async function findMaterials(root: string, materialsDir: string): Promise<{ sources: SourceMaterial[]; issues: ContentIssue[] }> {
	const sources: SourceMaterial[] = [];
	const issues: ContentIssue[] = [];
	const rel = (path: string) => relative(root, path).split('\\').join('/');
	const subjects = await readdir(materialsDir, { withFileTypes: true }).catch(() => []);
	// A link could publish any file on the build machine, or loop; it is refused wherever it is.
	const symlink = (path: string) => issues.push({ file: rel(path), message: t('text.symlink'), allowed: t('text.symlinkFix') });
	for (const subject of subjects) {
		if (subject.name.startsWith('.')) continue;
		const subjectDir = join(materialsDir, subject.name);
		if (subject.isSymbolicLink()) {
			symlink(subjectDir);
			continue;
		}
		if (!subject.isDirectory()) {
			issues.push({ file: rel(subjectDir), message: t('issues.strayFile') });
			continue;
		}
		for (const entry of await readdir(subjectDir, { withFileTypes: true })) {
			if (entry.name.startsWith('.')) continue;
			const folder = join(subjectDir, entry.name);
			if (entry.isSymbolicLink()) {
				symlink(folder);
				continue;
			}
			if (!entry.isDirectory()) {
				issues.push({ file: rel(folder), message: t('issues.strayFile') });
				continue;
			}
			const files = await readdir(folder, { withFileTypes: true });
			for (const link of files.filter((f) => f.isSymbolicLink())) symlink(join(folder, link.name));
			if (files.some((f) => f.isSymbolicLink())) continue;
			const folderFiles = new Set(files.filter((f) => f.isFile()).map((f) => f.name));
			const filePath = rel(join(folder, MATERIAL_FILE));
			if (!SLUG.test(subject.name) || !SLUG.test(entry.name)) {
				issues.push({ file: filePath, message: t('issues.folderName'), found: `${subject.name}/${entry.name}` });
				continue;
			}
			if (!folderFiles.has(MATERIAL_FILE)) {
				issues.push({ file: rel(folder), message: t('issues.indexName'), found: [...folderFiles].join(', ') || t('guard.none') });
				continue;
			}
			// Never read a file far larger than any material could be: the body's limit plus ample metadata.
			const { size } = await stat(join(folder, MATERIAL_FILE));
			if (size > MAX_FILE_KB * 1024) {
				issues.push({
					file: filePath,
					line: 1,
					message: t('limits.bodySize'),
					found: String(Math.ceil(size / 1024)),
					allowed: t('limits.bodySizeFix', { limit: MAX_BODY_KB }),
				});
				continue;
			}
			const source = await readFile(join(folder, MATERIAL_FILE), 'utf8');
			sources.push({ id: `${subject.name}/${entry.name}`, folder, filePath, source, folderFiles });
		}
	}
	sources.sort((a, b) => a.id.localeCompare(b.id));
	return { sources, issues };
}

/**
 * Validates and renders one material; cross-material checks happen in `loadMaterials`.
 * Whatever goes wrong while reading it is reported against its file, never as a crash
 * that names no file: the checks before parsing are meant to leave nothing for this.
 */
export async function loadMaterial(material: SourceMaterial, options: LoadOptions): Promise<{ loaded?: LoadedMaterial; issues: ContentIssue[] }> {
	try {
		return await readMaterial(material, options);
	} catch (error) {
		const detail = error instanceof Error ? `${error.name}: ${error.message.split('\n')[0]?.slice(0, 160)}` : String(error).slice(0, 160);
		return { issues: [{ file: material.filePath, line: 1, message: t('text.crash', { detail }) }] };
	}
}

async function readMaterial(material: SourceMaterial, options: LoadOptions): Promise<{ loaded?: LoadedMaterial; issues: ContentIssue[] }> {
	const file = material.filePath;
	const parsed = parseSource(material.source, file);
	if ('issues' in parsed) return { issues: parsed.issues };

	// Every string in the metadata, whatever its field: titles reach the feed, logs and search.
	const textIssues: ContentIssue[] = [];
	for (const [path, text] of stringsIn(parsed.data)) {
		const unsafe = unsafeCharacter(text);
		if (unsafe)
			textIssues.push({
				file,
				line: parsed.lineOf(path),
				field: fieldName(path),
				message: t('text.unsafe'),
				found: unsafe.codePoint,
				allowed: t('text.unsafeFix'),
			});
	}
	const result = validate(materialSchema, parsed.data, {
		file,
		lineOf: parsed.lineOf,
		sourceOf: parsed.sourceOf,
		formats: FIELD_FORMATS,
		renamed: RENAMED_FIELDS,
	});
	if (textIssues.length > 0) return { issues: result.ok ? textIssues : [...textIssues, ...result.issues] };
	const render = options.render ?? renderJob;
	const bodyOptions = (attachments: readonly string[]): RenderJob => ({
		file,
		lineOffset: parsed.bodyLine - 1,
		folderFiles: [...material.folderFiles],
		attachments: [...attachments],
		attachmentBase: withBase(materialPath(material.id), options.base),
	});
	if (!result.ok) {
		// Report the body's problems too, so an author fixes everything in one round.
		const listed = Array.isArray(parsed.data.attachments) ? parsed.data.attachments : [];
		const names = listed.map((a: unknown) => (a && typeof a === 'object' && 'file' in a ? String(a.file) : ''));
		const body = await render(parsed.body, bodyOptions(names));
		return { issues: [...result.issues, ...body.issues] };
	}
	const data = result.data;
	const issues: ContentIssue[] = [];

	const folderSubject = material.id.split('/')[0];
	if (data.subject !== folderSubject) {
		issues.push({
			file,
			line: parsed.lineOf(['subject']),
			field: 'subject',
			message: t('issues.folderSubject', { folder: folderSubject ?? '' }),
			found: data.subject,
			allowed: folderSubject,
		});
	}
	let attachmentBytes = 0;
	for (const [i, attachment] of data.attachments.entries()) {
		const line = parsed.lineOf(['attachments', i, 'file']);
		if (!material.folderFiles.has(attachment.file)) {
			issues.push({
				file,
				line,
				field: `attachments[${i}].file`,
				message: t('issues.missingAttachment'),
				found: attachment.file,
				allowed: [...material.folderFiles].filter((f) => f !== MATERIAL_FILE).join(', ') || t('guard.none'),
			});
			continue;
		}
		// Judged by its bytes, not its name: an HTML page called .pdf would be published on the site's origin.
		const problem = await inspectAttachment(join(material.folder, attachment.file), attachment.file);
		if (problem) issues.push({ file, line, field: `attachments[${i}].file`, ...problem });
		attachmentBytes += (await stat(join(material.folder, attachment.file))).size;
		// One material's downloads together: each file may be large, but not all of them.
		if (!problem && attachmentBytes > MAX_ATTACHMENTS_TOTAL_MB * 1024 * 1024) {
			issues.push({
				file,
				line,
				field: `attachments[${i}].file`,
				message: t('issues.attachmentsTotal', { limit: MAX_ATTACHMENTS_TOTAL_MB }),
				found: `${Math.ceil(attachmentBytes / 1024 / 1024)} MB`,
			});
			break;
		}
	}
	if (data.status === 'publicets') {
		const at = material.source.indexOf(PLACEHOLDER);
		if (at >= 0) {
			const line = material.source.slice(0, at).split('\n').length;
			const text = material.source.slice(at, material.source.indexOf(']', at) + 1 || undefined);
			issues.push({ file, line, construct: PLACEHOLDER, message: t('issues.placeholder'), found: text, allowed: t('issues.placeholderFix') });
		}
	}
	if (data.related.includes(material.id)) {
		issues.push({ file, line: parsed.lineOf(['related']), field: 'related', message: t('issues.selfRelated'), found: material.id });
	}

	const lineOf = keptLines(parsed);
	const sections = (headings: readonly Heading[]): ContentIssue[] =>
		missingSections(data.kind, headings).map(({ title, hint }) => ({
			file,
			line: parsed.bodyLine,
			construct: `## ${title}`,
			message: t('issues.missingSection', { section: title, kind: KINDS[data.kind].label }),
			allowed: t('issues.missingSectionFix', { section: title, hint: t(hint) }),
		}));
	// Where pupils get only the marked parts, a task outside them would never reach them.
	const strays = (pupil: PupilMarks): ContentIssue[] => {
		const first = pupil.strays[0];
		if (!first || !(isTeachersKind(data.kind) || pupil.parts > 0)) return [];
		// One issue, every place named: a plan with twelve tasks outside is one fix, not twelve.
		const places = pupil.strays.map((stray) => `${stray.tag} ${t('issues.line', { line: stray.line ?? '?' })}`);
		return [
			{
				file,
				line: first.line,
				construct: first.tag,
				message: t(pupil.parts > 0 ? 'issues.pupilStray' : 'issues.pupilUnmarked', { kind: KINDS[data.kind].label }),
				found: places.join(', '),
				allowed: t('issues.pupilStrayFix'),
			},
		];
	};
	const cached = options.cached?.(material);
	// Images are inspected even when the rendering is reused: the digest covers file names, not bytes.
	if (cached)
		return {
			loaded: { ...material, data, rendered: cached, lineOf },
			issues: [...issues, ...sections(cached.headings), ...strays(cached.pupil), ...(await inspectImages(material, cached.images ?? []))],
		};

	const rendered = await render(parsed.body, bodyOptions(data.attachments.map((a) => a.file)));
	const { issues: bodyIssues, ...body } = rendered;
	issues.push(
		...bodyIssues,
		...(bodyIssues.length === 0 ? [...sections(body.headings), ...strays(body.pupil)] : []),
		...(await inspectImages(material, body.images)),
	);
	return { loaded: { ...material, data, rendered: body, lineOf }, issues };
}

/** Materials being read and rendered at once: enough to keep every render thread busy, few enough that their files and trees stay small. */
const IN_FLIGHT_PER_THREAD = 8;

export async function loadMaterials(options: LoadOptions): Promise<LoadResult> {
	const found = await findMaterials(options.root, options.materialsDir);
	const issues = [...found.issues];
	const threads = options.workers ?? (found.sources.length >= workerThreshold() ? availableParallelism() : false);
	const pool = options.render || threads === false ? undefined : createRenderPool(threads);
	const ids = new Set(found.sources.map((s) => s.id));
	// Each source is let go once taken, so what is read and not yet settled is all that is held.
	const pending: (SourceMaterial | undefined)[] = found.sources;
	// Results keep the folders' order, whatever order they finish in.
	const results: { loaded?: LoadedMaterial; issues: ContentIssue[] }[] = new Array(pending.length);
	let next = 0;
	const lane = async () => {
		while (next < pending.length) {
			const i = next++;
			const source = pending[i]!;
			pending[i] = undefined;
			const result = await loadMaterial(source, { ...options, render: options.render ?? pool?.render });
			if (result.loaded && result.issues.length === 0 && options.settle) result.loaded = await options.settle(result.loaded);
			results[i] = result;
		}
	};
	try {
		const lanes = Math.max(1, typeof threads === 'number' ? threads : 1) * IN_FLIGHT_PER_THREAD;
		await Promise.all(Array.from({ length: Math.min(lanes, pending.length) }, lane));
	} finally {
		await pool?.close();
	}
	const materials: LoadedMaterial[] = [];
	for (const result of results) {
		issues.push(...result.issues);
		if (result.loaded && result.issues.length === 0) materials.push(result.loaded);
	}
	issues.push(...checkReferences(materials, ids));
	issues.push(...checkUnits(materials));
	issues.push(...checkAddresses(materials));
	return { materials, issues, threads: pool && threads !== false ? Math.max(1, threads) : 0 };
}

/**
 * Every address must lead to one material: folder names (slugs) are unique across
 * subjects, so a material can move to another subject without a clash, and an earlier
 * address (alias) may not belong to another material.
 */
export function checkAddresses(materials: readonly LoadedMaterial[]): ContentIssue[] {
	const issues: ContentIssue[] = [];
	const bySlug = new Map<string, LoadedMaterial>();
	const owners = new Map<string, string>(materials.map((m) => [m.id, m.id]));
	for (const material of materials) {
		const slug = material.id.split('/')[1]!;
		const other = bySlug.get(slug);
		if (other)
			issues.push({
				file: material.filePath,
				message: t('issues.duplicateSlug'),
				found: slug,
				allowed: t('issues.duplicateSlugFix', { other: other.filePath }),
			});
		else bySlug.set(slug, material);
	}
	for (const material of materials) {
		material.data.aliases.forEach((alias, i) => {
			const owner = owners.get(alias);
			// Slugs are unique across subjects, so an earlier address may not take another material's slug either.
			const slugOwner = bySlug.get(alias.split('/')[1]!);
			const line = material.lineOf(['aliases', i]);
			if (owner !== undefined) {
				issues.push({ file: material.filePath, line, field: `aliases[${i}]`, message: t('issues.aliasTaken', { owner }), found: alias });
			} else if (slugOwner && slugOwner !== material) {
				issues.push({ file: material.filePath, line, field: `aliases[${i}]`, message: t('issues.aliasSlugTaken', { owner: slugOwner.id }), found: alias });
			} else {
				owners.set(alias, material.id);
			}
		});
	}
	return issues;
}

/**
 * Related materials and links to other materials must lead to a published page.
 * `knownIds` includes materials that failed their own checks: those are reported
 * once, in their own file, not again at every reference.
 */
export function checkReferences(materials: readonly LoadedMaterial[], knownIds: ReadonlySet<string>): ContentIssue[] {
	const issues: ContentIssue[] = [];
	const byId = new Map(materials.map((m) => [m.id, m]));
	const problem = (id: string) => {
		const target = byId.get(id);
		if (!target) return knownIds.has(id) ? undefined : t('issues.missingRelated');
		return target.data.status === 'melnraksts' ? t('issues.draftRelated') : undefined;
	};
	for (const material of materials) {
		if (material.data.status !== 'publicets') continue;
		const file = material.filePath;
		for (const field of ['related', 'lessons'] as const) {
			material.data[field].forEach((id, i) => {
				const message = problem(id);
				if (message) issues.push({ file, line: material.lineOf([field, i]), field: `${field}[${i}]`, message, found: id, allowed: closestIds(id, byId) });
			});
		}
		for (const link of material.rendered.internalLinks) {
			const id = /^\/materiali\/([^/]+\/[^/#?]+)\/?(?:[#?].*)?$/.exec(link.url)?.[1];
			const message = id ? problem(id) : undefined;
			if (message) issues.push({ file, line: link.line, construct: t('guard.linkField'), message, found: link.url });
		}
	}
	return issues;
}

/**
 * A topic plan's lessons (src/lib/units.ts): other materials of its subject and grades,
 * no unit inside a unit, each lesson in one unit only, and no more lessons than the unit has.
 * Missing and draft lessons are reported by `checkReferences`.
 */
export function checkUnits(materials: readonly LoadedMaterial[]): ContentIssue[] {
	const issues: ContentIssue[] = [];
	const byId = new Map(materials.map((m) => [m.id, m]));
	const unitOfLesson = new Map<string, string>();
	for (const plan of materials) {
		const { data } = plan;
		if (data.lessons.length === 0) continue;
		let sum = 0;
		data.lessons.forEach((id, i) => {
			const at = { file: plan.filePath, line: plan.lineOf(['lessons', i]), field: `lessons[${i}]`, found: id };
			const lesson = byId.get(id);
			if (id === plan.id) return issues.push({ ...at, message: t('issues.selfLesson') });
			if (!lesson) return undefined;
			sum += lesson.data.duration?.lessons ?? 1;
			if (lesson.data.kind === 'temata-plans') issues.push({ ...at, message: t('issues.lessonIsUnit') });
			else if (lesson.data.subject !== data.subject) issues.push({ ...at, message: t('issues.lessonSubject', { subject: data.subject }) });
			else if (!lesson.data.grades.some((g) => data.grades.includes(g)))
				issues.push({ ...at, message: t('issues.lessonGrades', { grades: data.grades.join(', ') }) });
			const other = unitOfLesson.get(id);
			if (other !== undefined) issues.push({ ...at, message: t('issues.lessonInTwoUnits', { unit: other }) });
			else unitOfLesson.set(id, plan.id);
			return undefined;
		});
		const total = data.duration?.lessons;
		if (total !== undefined && sum > total) {
			issues.push({
				file: plan.filePath,
				line: plan.lineOf(['lessons']),
				field: 'lessons',
				message: t('issues.lessonsTooMany', { sum, total }),
				found: String(sum),
				allowed: `≤ ${total}`,
			});
		}
	}
	return issues;
}

/** Each local image the body shows, judged by its bytes: a raster image of bounded size that decodes. */
async function inspectImages(material: SourceMaterial, images: RenderedBody['images']): Promise<ContentIssue[]> {
	const issues: ContentIssue[] = [];
	for (const image of images) {
		const problem = await inspectImage(join(material.folder, image.file), image.file);
		if (problem) issues.push({ file: material.filePath, line: image.line, column: image.column, construct: t('guard.imageField'), ...problem });
	}
	return issues;
}

function closestIds(id: string, byId: Map<string, LoadedMaterial>): string {
	const subject = id.split('/')[0];
	const sameSubject = [...byId.keys()].filter((other) => other.startsWith(`${subject}/`));
	return sameSubject.slice(0, 8).join(', ') || t('guard.none');
}
