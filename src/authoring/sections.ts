/**
 * Sections a kind of material must have. A lesson or topic plan is taken into class only
 * with success criteria pupils can check themselves against and differentiation for those
 * who need support or a challenge (issue 12); `npm run new` writes both headings.
 */
import type { StringKey } from '../i18n/index.ts';
import type { KindId } from '../schemas/vocabulary.ts';
import type { Heading } from './render.ts';

export interface Section {
	/** What its heading starts with. */
	title: string;
	/** What belongs under it, for the message. */
	hint: StringKey;
}

const CRITERIA: Section = { title: 'Snieguma kritēriji', hint: 'issues.sectionCriteria' };
const DIFFERENTIATION: Section = { title: 'Diferenciācija', hint: 'issues.sectionDifferentiation' };

export const REQUIRED_SECTIONS: Partial<Record<KindId, readonly Section[]>> = {
	'stundas-plans': [CRITERIA, DIFFERENTIATION],
	'temata-plans': [CRITERIA, DIFFERENTIATION],
};

/** The required sections no heading of the body starts with (any level, any case). */
export function missingSections(kind: KindId, headings: readonly Pick<Heading, 'text'>[]): Section[] {
	const texts = headings.map((h) => h.text.trim().toLocaleLowerCase('lv'));
	return (REQUIRED_SECTIONS[kind] ?? []).filter((section) => !texts.some((text) => text.startsWith(section.title.toLocaleLowerCase('lv'))));
}
