/**
 * schema.org LearningResource (with LRMI alignment) for a material page, so search
 * engines and other catalogues can read its subject, grades, version and licence.
 */
import { COURSES, KINDS, LEVELS, LICENSES, SKILLS, STAGES, SUBJECTS } from '../schemas/vocabulary.ts';
import { gradeLabel, isoDuration, type MaterialEntry } from './materials.ts';

const ASSESSMENT_KINDS = new Set(['diagnosticejosa-vertesana', 'formativa-vertesana', 'summativa-vertesana']);

export interface JsonLdContext {
	/** Absolute URL of the material's page. */
	url: string;
	siteName: string;
	siteUrl: string;
}

export function licenseUrl(license: keyof typeof LICENSES): string {
	// The canonical licence URL, not the Latvian deed page shown to readers.
	return LICENSES[license].url.replace(/deed\.lv$/, '');
}

export function materialJsonLd({ data }: MaterialEntry, context: JsonLdContext): Record<string, unknown> {
	const subject = SUBJECTS[data.subject].label;
	const course = data.course ? COURSES[data.course] : undefined;
	const alignments = [
		{ '@type': 'AlignmentObject', alignmentType: 'educationalSubject', targetName: subject },
		...[...data.grades]
			.sort((a, b) => a - b)
			.map((grade) => ({ '@type': 'AlignmentObject', alignmentType: 'educationalLevel', targetName: gradeLabel(grade) })),
		...(course ? [{ '@type': 'AlignmentObject', alignmentType: 'educationalLevel', targetName: LEVELS[course.level].label }] : []),
	];
	return {
		'@context': 'https://schema.org',
		'@type': 'LearningResource',
		'@id': context.url,
		url: context.url,
		name: data.title,
		description: data.summary,
		inLanguage: 'lv',
		version: data.version,
		datePublished: data.published,
		dateModified: data.updated,
		license: licenseUrl(data.license),
		learningResourceType: KINDS[data.kind].label,
		educationalLevel: STAGES[data.stage].label,
		educationalAlignment: alignments,
		about: data.topic,
		...(course ? { isPartOf: { '@type': 'Course', name: course.label, educationalLevel: LEVELS[course.level].label } } : {}),
		[ASSESSMENT_KINDS.has(data.kind) ? 'assesses' : 'teaches']: data.outcomes,
		keywords: data.skills.map((skill) => SKILLS[skill].label).join(', '),
		...(data.duration ? { timeRequired: isoDuration(data.duration.minutes) } : {}),
		author: data.authors.map((author) => ({
			'@type': 'Person',
			name: author.name,
			...(author.affiliation ? { affiliation: { '@type': 'Organization', name: author.affiliation } } : {}),
		})),
		publisher: { '@type': 'Organization', name: context.siteName, url: context.siteUrl },
		isAccessibleForFree: true,
		...(data.origin === 'adaptets' && data.source
			? {
					isBasedOn: {
						'@type': 'CreativeWork',
						name: data.source.title,
						...(data.source.url ? { url: data.source.url } : {}),
						...(data.source.year ? { datePublished: String(data.source.year) } : {}),
						...(data.source.authors ? { author: { '@type': 'Organization', name: data.source.authors } } : {}),
					},
				}
			: {}),
		audience: { '@type': 'EducationalAudience', educationalRole: 'teacher' },
	};
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so text can never close the tag. */
export function serializeJsonLd(value: unknown): string {
	return JSON.stringify(value).replace(/</g, '\\u003c');
}
