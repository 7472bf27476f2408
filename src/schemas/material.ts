/**
 * The frontmatter of a material: its curriculum metadata, authorship, licence and
 * version history. Rules that tie fields together (a subject is taught in the stage,
 * grades belong to the stage, the change log matches the version) live here too, so
 * the build, the content check and the editor all enforce the same thing.
 */
import { z } from 'zod';
import {
	ATTACHMENT_TYPES,
	COURSE_IDS,
	COURSE_KINDS,
	COURSES,
	LEVELS,
	KIND_IDS,
	KINDS,
	LICENSE_IDS,
	LICENSES,
	ORIGIN_IDS,
	ORIGINS,
	SKILL_IDS,
	SKILLS,
	STAGE_IDS,
	STAGES,
	STATUS_IDS,
	STATUSES,
	SUBJECT_IDS,
	SUBJECTS,
	coursesOfSubject,
	subjectGrades,
} from './vocabulary.ts';
import { t } from '../i18n/index.ts';
import { isRealDate } from '../lib/dates.ts';
import { compareVersions } from '../lib/versions.ts';

export const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;
/** A material's id is `<subject>/<slug>`: its folder under content/materials. */
export const MAX_ALIASES = 10;
/** A topic plan's lessons: a school year of one subject has at most a few dozen in one unit. */
export const MAX_UNIT_LESSONS = 40;
export const MAX_ATTACHMENTS = 20;
export const MATERIAL_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;
const FILE_NAME = /^[a-z0-9]+(?:[-_][a-z0-9]+)*\.[a-z0-9]+$/;

const text = (min: number, max: number) => z.string().trim().min(min).max(max);

export const isoDate = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/, { abort: true })
	.refine(isRealDate, { params: { allowed: t('schema.realDate') }, message: t('schema.impossibleDate') });

export const version = z.string().regex(SEMVER);

const person = z.strictObject({
	name: text(2, 120),
	affiliation: text(2, 200).optional(),
});

const changelogEntry = z.strictObject({
	version,
	date: isoDate,
	changes: text(3, 1000),
});

const attachment = z.strictObject({
	file: z.string().regex(FILE_NAME, { abort: true }),
	title: text(3, 200),
});

const unique = <T>(items: readonly T[]) => new Set(items).size === items.length;

const fields = {
	title: text(5, 160),
	summary: text(20, 600),
	subject: z.enum(SUBJECT_IDS),
	stage: z.enum(STAGE_IDS),
	grades: z
		.array(z.int().min(1).max(12))
		.min(1)
		.refine(unique, { message: t('schema.duplicates') }),
	/** The secondary course the material serves; its level follows from the course. */
	course: z.enum(COURSE_IDS).optional(),
	topic: text(3, 160),
	outcomes: z.array(text(5, 400)).min(1).max(20),
	skills: z
		.array(z.enum(SKILL_IDS))
		.min(1)
		.refine(unique, { message: t('schema.duplicates') }),
	kind: z.enum(KIND_IDS),
	origin: z.enum(ORIGIN_IDS),
	/** The work an adapted material is based on (schema.org isBasedOn). */
	source: z
		.strictObject({
			title: text(3, 300),
			url: z.url({ protocol: /^https?$/ }).optional(),
			authors: text(2, 300).optional(),
			/** Year of publication, for a printed source without an address. */
			year: z.int().min(1500).max(2100).optional(),
		})
		.optional(),
	authors: z.array(person).min(1),
	/** Who checked the material's content before publication: a named person or editorial team. */
	reviewers: z.array(person).min(1),
	license: z.enum(LICENSE_IDS),
	version,
	published: isoDate,
	updated: isoDate,
	/** Newest entry first. */
	changelog: z.array(changelogEntry).min(1),
	status: z.enum(STATUS_IDS).default('publicets'),
	related: z
		.array(z.string().regex(MATERIAL_ID))
		.refine(unique, { message: t('schema.duplicates') })
		.default([]),
	/** A topic plan's lessons, in the order they are taught from its first lesson: `<subject>/<slug>` each. */
	lessons: z
		.array(z.string().regex(MATERIAL_ID))
		.max(MAX_UNIT_LESSONS)
		.refine(unique, { message: t('schema.duplicates') })
		.default([]),
	/** Earlier addresses (`<subject>/<slug>`) of a material that was moved or renamed; they redirect here. */
	aliases: z
		.array(z.string().regex(MATERIAL_ID))
		// Each earlier address is a page and a redirect per attachment; a handful covers every real move.
		.max(MAX_ALIASES)
		.refine(unique, { message: t('schema.duplicates') })
		.default([]),
	attachments: z
		.array(attachment)
		// Each is a download on the site's origin and a redirect per earlier address.
		.max(MAX_ATTACHMENTS)
		.default([]),
	duration: z
		.strictObject({
			minutes: z.int().min(5).max(6000),
			lessons: z.int().min(1).max(100).optional(),
		})
		.optional(),
};

const choices = (vocabulary: Record<string, { label: string }>) =>
	Object.entries(vocabulary)
		.map(([id, { label }]) => `${id} (${label})`)
		.join(', ');

/** Shown by editors on hover and in completion, in the authors' language. */
const FIELD_DOCS: Record<keyof typeof fields, string> = {
	title: t('fieldDocs.title'),
	summary: t('fieldDocs.summary'),
	subject: `${t('fieldDocs.subject')}: ${choices(SUBJECTS)}`,
	stage: `${t('fieldDocs.stage')}: ${choices(STAGES)}`,
	grades: t('fieldDocs.grades'),
	course: `${t('fieldDocs.course')}: ${Object.entries(COURSES)
		.map(([id, c]) => `${id} (${c.label}, ${COURSE_KINDS[c.kind].label.toLowerCase()}, ${LEVELS[c.level].label.toLowerCase()})`)
		.join(', ')}`,
	topic: t('fieldDocs.topic'),
	outcomes: t('fieldDocs.outcomes'),
	skills: `${t('fieldDocs.skills')}: ${choices(SKILLS)}`,
	kind: `${t('fieldDocs.kind')}: ${choices(KINDS)}`,
	origin: `${t('fieldDocs.origin')}: ${choices(ORIGINS)}`,
	source: t('fieldDocs.source'),
	authors: t('fieldDocs.authors'),
	reviewers: t('fieldDocs.reviewers'),
	license: `${t('fieldDocs.license')}: ${choices(LICENSES)}`,
	version: t('fieldDocs.version'),
	published: t('fieldDocs.published'),
	updated: t('fieldDocs.updated'),
	changelog: t('fieldDocs.changelog'),
	status: `${t('fieldDocs.status')}: ${choices(STATUSES)}`,
	related: t('fieldDocs.related'),
	lessons: t('fieldDocs.lessons'),
	aliases: t('fieldDocs.aliases'),
	attachments: t('fieldDocs.attachments'),
	duration: t('fieldDocs.duration'),
};

const described = Object.fromEntries(
	Object.entries(fields).map(([key, schema]) => [key, schema.describe(FIELD_DOCS[key as keyof typeof fields])]),
) as typeof fields;

export const materialSchema = z.strictObject(described).superRefine((m, ctx) => {
	const issue = (path: PropertyKey[], message: string, found: unknown, allowed: string) =>
		ctx.addIssue({ code: 'custom', path, message, input: found, params: { allowed } });

	const subject = SUBJECTS[m.subject];
	if (!(subject.stages as readonly string[]).includes(m.stage)) {
		issue(['stage'], t('schema.stageOfSubject', { subject: subject.label }), m.stage, subject.stages.join(', '));
	}
	const stageGrades = STAGES[m.stage].grades as readonly number[];
	const taught = subjectGrades(m.subject, m.stage);
	m.grades.forEach((grade, i) => {
		// Grades outside 1–12 already have their own issue.
		if (grade < 1 || grade > 12) return;
		if (!stageGrades.includes(grade)) {
			issue(['grades', i], t('schema.gradeOfStage', { stage: STAGES[m.stage].label }), grade, `${stageGrades[0]}–${stageGrades.at(-1)}`);
		} else if (!taught.includes(grade)) {
			issue(['grades', i], t('schema.gradeOfSubject', { subject: subject.label }), grade, taught.join(', '));
		}
	});
	if (m.course) {
		const course = COURSES[m.course];
		if (m.stage !== 'vidusskola') {
			issue(['course'], t('schema.courseSecondary'), m.course, t('schema.omitField'));
		} else if (!(course.subjects as readonly string[]).includes(m.subject)) {
			issue(
				['course'],
				t('schema.courseOfSubject', { course: course.label, subject: subject.label }),
				m.course,
				coursesOfSubject(m.subject).join(', ') || t('schema.omitField'),
			);
		}
	}
	const authorNames = new Set(m.authors.map((a) => a.name.toLocaleLowerCase('lv')));
	m.reviewers.forEach((reviewer, i) => {
		if (authorNames.has(reviewer.name.toLocaleLowerCase('lv')))
			issue(['reviewers', i, 'name'], t('schema.reviewerIsAuthor'), reviewer.name, t('schema.reviewerOther'));
	});
	if (m.origin === 'adaptets' && !m.source) {
		issue(['source'], t('schema.sourceRequired'), undefined, t('schema.sourceShape'));
	}
	// A reader must be able to find the work: by its address, or by its authors and year.
	if (m.origin === 'adaptets' && m.source && !m.source.url && !(m.source.authors && m.source.year)) {
		issue(['source'], t('schema.sourceCheckable'), m.source.title, t('schema.sourceShape'));
	}
	if (m.origin === 'izstradats' && m.source) {
		issue(['source'], t('schema.sourceOnlyAdapted'), m.source.title, t('schema.omitField'));
	}
	const dates = [m.published, m.updated, ...m.changelog.map((entry) => entry.date)];
	const versions = [m.version, ...m.changelog.map((entry) => entry.version)];
	// Orderings are only compared between well-formed values; the malformed ones have their own issue.
	const comparable = dates.every(isRealDate) && versions.every((v) => SEMVER.test(v));

	if (comparable && m.updated < m.published) {
		issue(['updated'], t('schema.updatedBeforePublished', { published: m.published }), m.updated, `≥ ${m.published}`);
	}
	if ((m.kind === 'stundas-plans' || m.kind === 'temata-plans') && !m.duration) {
		issue(['duration'], t('schema.durationRequired'), undefined, t('schema.durationShape'));
	}
	if (m.kind !== 'temata-plans' && m.lessons.length > 0) {
		issue(['lessons'], t('schema.lessonsOnlyUnit', { kind: KINDS[m.kind].label }), m.lessons[0], t('schema.omitField'));
	}
	if (m.kind === 'temata-plans' && m.duration && (m.duration.lessons ?? 1) < 2) {
		issue(['duration', 'lessons'], t('schema.topicPlanLessons'), m.duration.lessons, '≥ 2');
	}

	const newest = m.changelog[0];
	if (!comparable) return;
	if (newest && newest.version !== m.version) {
		issue(['changelog', 0, 'version'], t('schema.changelogVersion', { version: m.version }), newest.version, m.version);
	}
	if (newest && newest.date !== m.updated) {
		issue(['changelog', 0, 'date'], t('schema.changelogUpdated'), newest.date, m.updated);
	}
	const oldest = m.changelog.at(-1);
	if (oldest && oldest.date !== m.published) {
		issue(['changelog', m.changelog.length - 1, 'date'], t('schema.changelogPublished'), oldest.date, m.published);
	}
	m.changelog.forEach((entry, i) => {
		const previous = m.changelog[i - 1];
		if (!previous) return;
		if (compareVersions(entry.version, previous.version) >= 0) {
			issue(['changelog', i, 'version'], t('schema.changelogOrder'), entry.version, `< ${previous.version}`);
		}
		if (entry.date > previous.date) {
			issue(['changelog', i, 'date'], t('schema.changelogDateOrder'), entry.date, `≤ ${previous.date}`);
		}
	});

	const files = m.attachments.map((a) => a.file);
	m.attachments.forEach((a, i) => {
		const extension = a.file.split('.').at(-1) ?? '';
		if (!Object.hasOwn(ATTACHMENT_TYPES, extension)) {
			issue(['attachments', i, 'file'], t('schema.attachmentType'), a.file, Object.keys(ATTACHMENT_TYPES).join(', '));
		}
		if (files.indexOf(a.file) !== i) {
			issue(['attachments', i, 'file'], t('schema.duplicates'), a.file, t('schema.uniqueFiles'));
		}
	});
});

/** Fields of earlier versions of the schema, and what replaced them (December 2026: courses, issue 12). */
export const RENAMED_FIELDS: Readonly<Record<string, string>> = {
	courseLevel: t('schema.courseLevelRenamed'),
};

/** How formatted fields are written, for messages when an author wrote something else. */
export const FIELD_FORMATS: Readonly<Record<string, string>> = {
	version: t('schema.semver'),
	published: t('schema.dateFormat'),
	updated: t('schema.dateFormat'),
	date: t('schema.dateFormat'),
	file: t('schema.fileName'),
	related: t('schema.materialId'),
	lessons: t('schema.materialId'),
	aliases: t('schema.materialId'),
};

export type MaterialInput = z.input<typeof materialSchema>;
export type MaterialData = z.output<typeof materialSchema>;
