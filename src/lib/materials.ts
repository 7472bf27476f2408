/**
 * Plain functions over the material collection: labels, sorting, filtering and the
 * combinations of grade and kind the browse pages offer. They take `{ id, data }`
 * so they work the same on Astro's collection entries and in unit tests.
 */
import { t } from '../i18n/index.ts';
import { formatList, translator } from '../i18n/format.ts';
import { grades as gradeStrings } from '../i18n/lv.ts';
import {
	KINDS,
	KIND_IDS,
	LEARNING_AREAS,
	RETIRED_SUBJECTS,
	SUBJECT_IDS,
	subjectGrades as gradesTaught,
	SUBJECTS,
	type AreaId,
	type KindId,
	type SubjectId,
} from '../schemas/vocabulary.ts';
import type { MaterialData } from '../schemas/material.ts';
import { gradePath, subjectPath } from './urls.ts';

export interface MaterialEntry {
	id: string;
	data: MaterialData;
}

const collator = new Intl.Collator('lv');
// Grade labels are also written in the browser (search page), which gets only their section of the dictionary.
const gradeText = /* @__PURE__ */ translator(gradeStrings);

export const areaOf = (m: MaterialEntry): AreaId => SUBJECTS[m.data.subject].area;
export const subjectLabel = (subject: SubjectId): string => SUBJECTS[subject].label;
export const areaLabel = (area: AreaId): string => LEARNING_AREAS[area].label;
export const kindLabel = (kind: KindId): string => KINDS[kind].label;

/** "7. klase", "7.–9. klase", "5., 7. un 9. klase" */
export function gradesLabel(grades: readonly number[]): string {
	const sorted = [...new Set(grades)].sort((a, b) => a - b);
	if (sorted.length === 0) return '';
	if (sorted.length === 1) return gradeText('one', { grade: sorted[0]! });
	const consecutive = sorted.every((grade, i) => i === 0 || grade === sorted[i - 1]! + 1);
	if (consecutive) return gradeText('range', { from: sorted[0]!, to: sorted.at(-1)! });
	return gradeText('list', { grades: formatList(sorted.map(String)).replace(/(\d)(?=,| un)/g, '$1.') });
}

export function gradeLabel(grade: number): string {
	return gradeText('one', { grade });
}

/** "2 mācību stundas (80 min)" or "40 min" */
export function durationLabel(duration: MaterialData['duration']): string | undefined {
	if (!duration) return undefined;
	const minutes = t('material.minutes', { count: duration.minutes });
	if (!duration.lessons) return minutes;
	return `${t('material.lessons', { count: duration.lessons })} (${minutes})`;
}

/** ISO 8601 duration for schema.org `timeRequired`. */
export function isoDuration(minutes: number): string {
	const hours = Math.floor(minutes / 60);
	const rest = minutes % 60;
	return `PT${hours > 0 ? `${hours}H` : ''}${rest > 0 || hours === 0 ? `${rest}M` : ''}`;
}

/** Browse order: lowest grade first, then title in Latvian alphabetical order. */
export function byGradeThenTitle(a: MaterialEntry, b: MaterialEntry): number {
	const grade = Math.min(...a.data.grades) - Math.min(...b.data.grades);
	return grade !== 0 ? grade : collator.compare(a.data.title, b.data.title);
}

export const newestFirst = (a: MaterialEntry, b: MaterialEntry): number =>
	b.data.published.localeCompare(a.data.published) || collator.compare(a.data.title, b.data.title);

export const recentlyUpdatedFirst = (a: MaterialEntry, b: MaterialEntry): number =>
	b.data.updated.localeCompare(a.data.updated) || collator.compare(a.data.title, b.data.title);

/** Materials revised after publication, most recent revision first. */
export function recentlyUpdated(materials: readonly MaterialEntry[]): MaterialEntry[] {
	return materials.filter((m) => m.data.updated > m.data.published).sort(recentlyUpdatedFirst);
}

export interface BrowseFilter {
	grade?: number | undefined;
	kind?: KindId | undefined;
	subject?: SubjectId | undefined;
}

export function matchesFilter(m: MaterialEntry, filter: BrowseFilter): boolean {
	return (
		(filter.grade === undefined || m.data.grades.includes(filter.grade)) &&
		(filter.kind === undefined || m.data.kind === filter.kind) &&
		(filter.subject === undefined || m.data.subject === filter.subject)
	);
}

/** One choice in a filter group: a link to the page of that narrowing, with how many it shows. */
export interface FilterOption {
	label: string;
	path: string;
	count: number;
	selected: boolean;
}

export interface FilterGroup {
	id: string;
	title: string;
	options: FilterOption[];
}

type OptionOf = (label: string, filter: BrowseFilter, selected: boolean) => FilterOption;

/** A list's choices as links: `pathOf` the page of a narrowing, counted over `materials`. */
function optionsOf(materials: readonly MaterialEntry[], pathOf: (filter: BrowseFilter) => string): OptionOf {
	return (label, filter, selected) => ({ label, path: pathOf(filter), count: materials.filter((m) => matchesFilter(m, filter)).length, selected });
}

/** The kinds among `materials`, each choice keeping the page's other choice. */
function kindGroup(materials: readonly MaterialEntry[], current: BrowseFilter, option: OptionOf): FilterGroup {
	const kinds = KIND_IDS.filter((kind) => materials.some((m) => m.data.kind === kind));
	return {
		id: 'filtrs-veids',
		title: t('browse.filterKind'),
		options: [undefined, ...kinds].map((kind) => option(kind ? KINDS[kind].label : t('browse.allKinds'), { ...current, kind }, kind === current.kind)),
	};
}

/** The grade and kind choices of a subject's page; each keeps the other choice. */
export function subjectFilterGroups(subject: SubjectId, materials: readonly MaterialEntry[], current: BrowseFilter): FilterGroup[] {
	const option = optionsOf(materials, (filter) => subjectPath(subject, filter));
	// Only grades that have materials: twelve empty grades would bury the useful ones on a phone.
	const grades = subjectGrades(subject).filter((grade) => grade === current.grade || materials.some((m) => m.data.grades.includes(grade)));
	return [
		{
			id: 'filtrs-klase',
			title: t('browse.filterGrade'),
			options: [undefined, ...grades].map((grade) =>
				option(grade === undefined ? t('browse.all') : gradeLabel(grade), { ...current, grade }, grade === current.grade),
			),
		},
		kindGroup(materials, current, option),
	];
}

/** The subject and kind choices of a grade's page; each keeps the other choice. */
export function gradeFilterGroups(grade: number, materials: readonly MaterialEntry[], current: BrowseFilter): FilterGroup[] {
	const ofGrade = materials.filter((m) => m.data.grades.includes(grade));
	const option = optionsOf(ofGrade, (filter) => gradePath(grade, filter));
	const subjects = SUBJECT_IDS.filter((subject) => ofGrade.some((m) => m.data.subject === subject));
	return [
		{
			id: 'filtrs-prieksmets',
			title: t('browse.filterSubject'),
			options: [undefined, ...subjects].map((subject) =>
				option(subject ? SUBJECTS[subject].label : t('browse.allSubjects'), { ...current, subject }, subject === current.subject),
			),
		},
		kindGroup(ofGrade, current, option),
	];
}

/** People as the material page lists them: "Vārds Uzvārds (Skola); …". */
export const peopleLabel = (people: readonly { name: string; affiliation?: string | undefined }[]): string =>
	people.map((p) => (p.affiliation ? `${p.name} (${p.affiliation})` : p.name)).join('; ');

/**
 * Every subject × kind narrowing of a grade that has a material, plus the grade's whole list
 * (which exists even when empty: the home page links every grade).
 */
export function gradeFilters(grade: number, materials: readonly MaterialEntry[]): BrowseFilter[] {
	const ofGrade = materials.filter((m) => m.data.grades.includes(grade));
	const filters: BrowseFilter[] = [{}];
	const seen = new Set<string>();
	for (const m of ofGrade) {
		for (const filter of [{ subject: m.data.subject }, { kind: m.data.kind }, { subject: m.data.subject, kind: m.data.kind }]) {
			const key = gradePath(grade, filter);
			if (!seen.has(key)) filters.push(filter);
			seen.add(key);
		}
	}
	return filters;
}

export function countBy<T extends string | number>(materials: readonly MaterialEntry[], key: (m: MaterialEntry) => T | readonly T[]): Map<T, number> {
	const counts = new Map<T, number>();
	for (const m of materials) {
		const keys = key(m);
		for (const k of (Array.isArray(keys) ? keys : [keys]) as T[]) counts.set(k, (counts.get(k) ?? 0) + 1);
	}
	return counts;
}

/** Grades a subject is taught in, from its stages. */
export function subjectGrades(subject: SubjectId): number[] {
	return SUBJECTS[subject].stages.flatMap((stage) => [...gradesTaught(subject, stage)]);
}

/**
 * Every grade × kind narrowing of a subject that has at least one material, plus
 * the unfiltered list: these are the browse pages that exist, so no filter link leads
 * to an empty page.
 */
export function subjectFilters(materials: readonly MaterialEntry[]): BrowseFilter[] {
	const grades = [undefined, ...[...new Set(materials.flatMap((m) => m.data.grades))].sort((a, b) => a - b)];
	const kinds = [undefined, ...KIND_IDS.filter((kind) => materials.some((m) => m.data.kind === kind))];
	const filters: BrowseFilter[] = [];
	for (const grade of grades) {
		for (const kind of kinds) {
			const filter = { grade, kind };
			if ((grade === undefined && kind === undefined) || materials.some((m) => matchesFilter(m, filter))) filters.push(filter);
		}
	}
	return filters;
}

/**
 * The pages a retired subject had: its list, and each filter its materials (those with an
 * earlier address under it) made. They stay as pages pointing to the subject's successors.
 */
export function retiredSubjectPages(materials: readonly MaterialEntry[]): { subject: string; path: string }[] {
	return Object.keys(RETIRED_SUBJECTS).flatMap((subject) => {
		const former = materials.filter((m) => m.data.aliases.some((alias) => alias.startsWith(`${subject}/`)));
		return subjectFilters(former).map((filter) => ({ subject, path: subjectPath(subject, filter) }));
	});
}
