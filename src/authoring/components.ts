/**
 * The allowlist: the only components (and the few HTML elements) an author may use
 * in a material. Each entry says which attributes it takes, what values they may
 * have, and how it becomes HTML. The guard checks content against this list and the
 * renderer builds HTML from it, so nothing outside it can reach a page.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { t } from '../i18n/index.ts';

export type AttributeRule =
	| { kind: 'text'; required?: boolean; maxLength?: number; numbered?: boolean }
	| { kind: 'enum'; required?: boolean; values: readonly string[] }
	| { kind: 'integer'; required?: boolean; min: number; max: number }
	| { kind: 'video-url'; required?: boolean };

export interface ComponentRule {
	/** What it is for, shown to authors in errors and in CONTRIBUTING.md. */
	description: string;
	/** `block` components stand on their own lines; `inline` ones sit inside a sentence. */
	placement: 'block' | 'inline';
	attributes: Record<string, AttributeRule>;
	children: 'markdown' | 'none' | 'table';
	/** The component may only appear inside this one. */
	parent?: string;
	/** The component may not appear inside any of these. */
	notInside?: readonly string[];
	render(attributes: Record<string, string>, children: ElementContent[], context: RenderContext): Element;
}

export interface RenderContext {
	/** 1-based position of this component among its kind in the document. */
	ordinal: number;
}

const NOTE_KINDS = ['piezime', 'padoms', 'uzmanibu'] as const;
const noteTitle: Record<(typeof NOTE_KINDS)[number], string> = {
	piezime: t('components.note'),
	padoms: t('components.tip'),
	uzmanibu: t('components.caution'),
};

/** Hosts whose videos may be embedded, and how to build their privacy-friendly player URL. */
const VIDEO_HOSTS: { pattern: RegExp; embed: (id: string) => string; host: string }[] = [
	{
		pattern: /^https:\/\/(?:www\.)?youtube\.com\/watch\?v=([\w-]{11})(?:&.*)?$/,
		embed: (id) => `https://www.youtube-nocookie.com/embed/${id}`,
		host: 'YouTube',
	},
	{
		pattern: /^https:\/\/youtu\.be\/([\w-]{11})(?:\?.*)?$/,
		embed: (id) => `https://www.youtube-nocookie.com/embed/${id}`,
		host: 'YouTube',
	},
	{
		pattern: /^https:\/\/(?:www\.)?vimeo\.com\/(\d{6,12})$/,
		embed: (id) => `https://player.vimeo.com/video/${id}?dnt=1`,
		host: 'Vimeo',
	},
];

export const VIDEO_EMBED_ORIGINS = ['https://www.youtube-nocookie.com', 'https://player.vimeo.com'] as const;

export function videoEmbed(url: string): { embed: string; host: string } | undefined {
	for (const { pattern, embed, host } of VIDEO_HOSTS) {
		const match = pattern.exec(url);
		if (match?.[1]) return { embed: embed(match[1]), host };
	}
	return undefined;
}

/**
 * A record's own entry, never one inherited from Object.prototype: an author's
 * `<constructor />` or `toString="…"` must read as unknown, not as a built-in function.
 */
/**
 * Marks what stays out of the pupil's copy (answers, teacher notes). Authors cannot set
 * classes, so only components put it on an element; src/authoring/copies.ts strips by it.
 */
export const TEACHER_ONLY = 'teacher-only';
/** Marks a pupil's part of a plan; where a material has any, the pupil's copy holds only these. */
export const PUPIL_PART = 'pupil-part';
/** Most lines a writing space may have: a page holds about 35. */
export const MAX_WRITING_LINES = 20;

export const own = <T>(record: Readonly<Record<string, T>>, key: string): T | undefined => (Object.hasOwn(record, key) ? record[key] : undefined);

export const COMPONENTS: Record<string, ComponentRule> = {
	Piezime: {
		description: 'Izcelts piezīmes, padoma vai brīdinājuma lodziņš.',
		placement: 'block',
		attributes: {
			veids: { kind: 'enum', values: NOTE_KINDS },
			virsraksts: { kind: 'text', maxLength: 120 },
		},
		children: 'markdown',
		render(attributes, children) {
			const kind = (attributes.veids ?? 'piezime') as (typeof NOTE_KINDS)[number];
			return h('div', { className: ['callout', `callout--${kind}`], role: 'note' }, [
				h('p', { className: ['callout__title'] }, attributes.virsraksts ?? noteTitle[kind]),
				...children,
			]);
		},
	},
	Uzdevums: {
		description: 'Numurēts uzdevums skolēniem; tajā var ielikt atbildi komponentā <Atbilde>.',
		placement: 'block',
		attributes: {
			// The portal numbers tasks itself ("Uzdevums 3."); a title with its own number would show two.
			virsraksts: { kind: 'text', maxLength: 160, numbered: true },
			punkti: { kind: 'integer', min: 0, max: 100 },
		},
		children: 'markdown',
		render(attributes, children, { ordinal }) {
			const points = attributes.punkti === undefined ? [] : [h('span', { className: ['task__points'] }, ` (${attributes.punkti} p.)`)];
			const title = attributes.virsraksts ? `${t('components.task')} ${ordinal}. ${attributes.virsraksts}` : `${t('components.task')} ${ordinal}`;
			return h('div', { className: ['task'] }, [h('p', { className: ['task__title'] }, [h('strong', title), ...points]), ...children]);
		},
	},
	Atbilde: {
		description: 'Atbilde vai risinājums, kas paslēpts, līdz to atver; skolēna eksemplārā tās nav. Lieto tikai komponentā <Uzdevums>.',
		placement: 'block',
		attributes: {},
		children: 'markdown',
		parent: 'Uzdevums',
		render(_attributes, children) {
			return h('details', { className: ['answer', TEACHER_ONLY] }, [h('summary', t('components.answer')), h('div', { className: ['answer__body'] }, children)]);
		},
	},
	Skolotajam: {
		description: 'Tikai skolotājam: norādījumi, laiki, atbilžu paraugi, vērtēšanas norādes. Skolēna eksemplārā tā nav.',
		placement: 'block',
		attributes: { virsraksts: { kind: 'text', maxLength: 120 } },
		children: 'markdown',
		notInside: ['Atbilde', 'Skolotajam'],
		render(attributes, children) {
			return h('div', { className: ['teacher-note', TEACHER_ONLY], role: 'note' }, [
				h('p', { className: ['teacher-note__title'] }, attributes.virsraksts ?? t('components.forTeacher')),
				...children,
			]);
		},
	},
	Skolenam: {
		description:
			'Skolēna daļa materiālā, kas pārsvarā ir skolotājam (stundas vai temata plānā): uzdevumi, tabulas aizpildīšanai, snieguma kritēriji, teksti lasīšanai. Ja materiālā ir kaut viena šāda daļa, skolēna eksemplārā ir tikai šīs daļas, un visiem uzdevumiem jābūt tajās.',
		placement: 'block',
		attributes: {},
		children: 'markdown',
		notInside: ['Skolenam', 'Skolotajam', 'Uzdevums', 'Atbilde', 'Piezime', 'Rubrika'],
		render(_attributes, children) {
			// The label tells the teacher what the pupils get; the pupil's copy drops it with the rest of the teacher's text.
			return h('div', { className: [PUPIL_PART] }, [h('p', { className: ['pupil-part__label', TEACHER_ONLY] }, t('components.pupilPart')), ...children]);
		},
	},
	Rakstam: {
		description: `Vieta, kur skolēns raksta atbildi uz papīra: tukšas rindas (atribūts rindas, 1–${MAX_WRITING_LINES}; bez tā — 3).`,
		placement: 'block',
		attributes: { rindas: { kind: 'integer', min: 1, max: MAX_WRITING_LINES } },
		children: 'none',
		notInside: ['Atbilde', 'Skolotajam'],
		render(attributes) {
			const lines = Number(attributes.rindas ?? 3);
			return h('div', { className: ['writing-space'] }, [
				h('p', { className: ['sr-only'] }, t('components.writingSpace', { count: lines })),
				...Array.from({ length: lines }, () => h('div', { className: ['writing-space__line'], ariaHidden: 'true' })),
			]);
		},
	},
	Rubrika: {
		description: 'Vērtēšanas kritēriju tabula (rubrika) ar virsrakstu; iekšā raksta parastu Markdown tabulu.',
		placement: 'block',
		attributes: { virsraksts: { kind: 'text', required: true, maxLength: 160 } },
		children: 'table',
		render(attributes, children) {
			return h('figure', { className: ['rubric'] }, [h('figcaption', attributes.virsraksts ?? t('components.rubric')), ...children]);
		},
	},
	Video: {
		description: 'Video no YouTube vai Vimeo ar aprakstošu virsrakstu.',
		placement: 'block',
		attributes: {
			src: { kind: 'video-url', required: true },
			virsraksts: { kind: 'text', required: true, maxLength: 160 },
		},
		children: 'none',
		render(attributes) {
			const src = attributes.src ?? '';
			const video = videoEmbed(src);
			const title = attributes.virsraksts ?? t('components.video');
			return h('figure', { className: ['video'] }, [
				h('div', { className: ['video__frame'] }, [
					h('iframe', {
						src: video?.embed ?? 'about:blank',
						title,
						loading: 'lazy',
						allow: 'fullscreen; picture-in-picture',
						allowFullScreen: true,
						referrerPolicy: 'strict-origin-when-cross-origin',
						sandbox: 'allow-scripts allow-same-origin allow-presentation allow-popups',
					}),
				]),
				h('figcaption', [title, ' — ', h('a', { href: src }, t('components.watchVideo', { host: video?.host ?? '' }))]),
			]);
		},
	},
};

/**
 * Plain HTML elements an author may write inside text, e.g. H<sub>2</sub>O.
 * Only the listed attributes are kept, and only as literal text.
 */
export const HTML_ELEMENTS: Record<string, { attributes: readonly string[]; void?: boolean }> = {
	sub: { attributes: [] },
	sup: { attributes: [] },
	kbd: { attributes: [] },
	mark: { attributes: [] },
	abbr: { attributes: ['title'] },
	br: { attributes: [], void: true },
};
