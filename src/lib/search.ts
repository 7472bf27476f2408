/**
 * Search, shared by the index builder and the search page: the facets, the document
 * each material publishes for search, the Pagefind record made from it, the address
 * of a search (query and facets in the URL) and the excerpt shown with a result.
 */
import { chunks, tokens, type Chunk } from './latvian.ts';
import { ROW_SORT, rowSortValue } from './facet-table.ts';
import { formatNumber, translator } from '../i18n/format.ts';
import { search } from '../i18n/lv.ts';
import { gradeLabel } from './materials.ts';
import {
	AREA_IDS,
	GRADES,
	KIND_IDS,
	KINDS,
	LEARNING_AREAS,
	LEVEL_IDS,
	LEVELS,
	SKILL_IDS,
	SKILLS,
	STAGE_IDS,
	STAGES,
	SUBJECT_IDS,
	SUBJECTS,
	type AreaId,
	type KindId,
	type LevelId,
	type SkillId,
	type StageId,
	type SubjectId,
} from '../schemas/vocabulary.ts';

/**
 * The content loader writes every published material's search entry here, in the cache
 * folder: one JSON object a line, in the order of ids, so the index reads one at a time.
 */
export const SEARCH_DOCUMENTS_FILE = 'search-documents.ndjson';

/** The folder of the published search documents, relative to the site's root. */
export const SEARCH_DOCUMENTS_DIR = 'meklet/dati';

/** Where a material's search document is published: `meklet/dati/<subject>/<slug>.json`. */
export const searchDocumentPath = (id: string): string => `${SEARCH_DOCUMENTS_DIR}/${id}.json`;

/** The search document's address, from the material page's address (with the base, if any). */
export const searchDocumentUrl = (materialUrl: string): string =>
	materialUrl.replace(/\/materiali\/([^/]+)\/([^/]+)\/$/, (_, subject: string, slug: string) => `/${searchDocumentPath(`${subject}/${slug}`)}`);

/** What the content loader hands the search index: each published material's id and document. */
export interface SearchEntry {
	id: string;
	document: SearchDocument;
}

/** What a material publishes for search at /meklet/dati/<subject>/<slug>.json. */
export interface SearchDocument {
	url: string;
	title: string;
	/** The topic and the learning outcomes: indexed apart from the text, to weigh more. */
	topic: string;
	outcomes: string[];
	summary: string;
	area: AreaId;
	subject: SubjectId;
	stage: StageId;
	grades: number[];
	kind: KindId;
	/** The content level of a secondary material's course. */
	level?: LevelId | undefined;
	skills: SkillId[];
	published: string;
	/** Summary, outcomes, the text and the metadata in words: what is indexed, and excerpts come from. */
	text: string;
}

export interface Facet {
	/** Filter name in the index and parameter name in the URL. */
	key: string;
	label: string;
	values: readonly string[];
	valueLabel(value: string): string;
	of(document: SearchDocument): string[];
}

// The search page builds these in the browser, which gets only the search section of the dictionary.
const searchText = /* @__PURE__ */ translator(search);

export const FACETS: readonly Facet[] = [
	{ key: 'joma', label: searchText('facetArea'), values: AREA_IDS, valueLabel: (v) => LEARNING_AREAS[v as AreaId].label, of: (d) => [d.area] },
	{ key: 'prieksmets', label: searchText('facetSubject'), values: SUBJECT_IDS, valueLabel: (v) => SUBJECTS[v as SubjectId].label, of: (d) => [d.subject] },
	{
		key: 'klase',
		label: searchText('facetGrade'),
		values: GRADES.map(String),
		valueLabel: (v) => gradeLabel(Number(v)),
		of: (d) => d.grades.map(String),
	},
	{ key: 'posms', label: searchText('facetStage'), values: STAGE_IDS, valueLabel: (v) => STAGES[v as StageId].short, of: (d) => [d.stage] },
	{ key: 'limenis', label: searchText('facetLevel'), values: LEVEL_IDS, valueLabel: (v) => LEVELS[v as LevelId].label, of: (d) => (d.level ? [d.level] : []) },
	{ key: 'veids', label: searchText('facetKind'), values: KIND_IDS, valueLabel: (v) => KINDS[v as KindId].label, of: (d) => [d.kind] },
	{ key: 'prasme', label: searchText('facetSkill'), values: SKILL_IDS, valueLabel: (v) => SKILLS[v as SkillId].label, of: (d) => [...d.skills] },
];

export interface PagefindRecord {
	url: string;
	content: string;
	language: string;
	meta: Record<string, string>;
	sort: Record<string, string>;
}

/**
 * Meta fields Pagefind searches besides the text, and how much a match in each weighs
 * (Pagefind's `ranking.metaWeights`; the text weighs 1). A match in any of them is a
 * match in the material's "head": see src/lib/search-rank.ts.
 */
export const META_WEIGHTS = { title: 5, topic: 4, outcomes: 2 } as const;

/**
 * The record Pagefind indexes: the text as search tokens, word for word, so that a
 * match at word i is chunk i of the document's text; the title, topic and outcomes as
 * tokens too, in meta fields that Pagefind searches and weighs (META_WEIGHTS). Facets
 * are not Pagefind filters: the facet table (facet-table.ts) holds them, by `row`.
 */
export function searchRecord(document: SearchDocument, row: number, textChunks: readonly Chunk[] = chunks(document.text)): PagefindRecord {
	return {
		url: document.url,
		content: textChunks.flatMap((chunk) => chunk.tokens).join(' '),
		language: 'lv',
		meta: { title: tokens(document.title).join(' '), topic: tokens(document.topic).join(' '), outcomes: tokens(document.outcomes.join(' ')).join(' ') },
		sort: { [ROW_SORT]: rowSortValue(row) },
	};
}

/** A search as its address holds it: `/meklet/?q=…&prieksmets=fizika&klase=10`. */
export interface SearchState {
	query: string;
	filters: Record<string, string[]>;
}

export function stateFromParams(params: URLSearchParams): SearchState {
	const filters: Record<string, string[]> = {};
	for (const facet of FACETS) {
		const values = params.getAll(facet.key).filter((value) => facet.values.includes(value));
		if (values.length > 0) filters[facet.key] = [...new Set(values)];
	}
	return { query: (params.get('q') ?? '').trim(), filters };
}

export function paramsFromState(state: SearchState): URLSearchParams {
	const params = new URLSearchParams();
	if (state.query) params.set('q', state.query);
	for (const facet of FACETS) for (const value of state.filters[facet.key] ?? []) params.append(facet.key, value);
	return params;
}

export interface ExcerptPart {
	text: string;
	marked: boolean;
}

/**
 * How many words of a material's text its published search document keeps. Excerpts
 * come from them; a word found only further on shows the summary instead. A whole text
 * would cost ~6 KB a result on the first query, this ~1.5 KB.
 */
export const EXCERPT_WORDS = 400;

/**
 * The search document as the site publishes it: the text cut to its first EXCERPT_WORDS
 * words. `textChunks` are the text's chunks, which the index builder has already.
 */
export function publishedDocument(document: SearchDocument, textChunks: readonly Chunk[] = chunks(document.text)): SearchDocument {
	if (textChunks.length <= EXCERPT_WORDS) return document;
	return {
		...document,
		text: textChunks
			.slice(0, EXCERPT_WORDS)
			.map((chunk) => chunk.text)
			.join(''),
	};
}

/**
 * About `width` words of the document's text around its first matched word, with the
 * matched words marked. `locations` are word positions from Pagefind, which count the
 * same tokens as `tokens(text)`.
 */
export function excerpt(text: string, locations: readonly number[], width = 30): ExcerptPart[] {
	const all = chunks(text);
	const tokenChunk: number[] = [];
	all.forEach((chunk, index) => chunk.tokens.forEach(() => tokenChunk.push(index)));
	const marked = new Set(locations.map((location) => tokenChunk[location]).filter((i): i is number => i !== undefined));
	const first = Math.min(...marked, Infinity);
	const start = Number.isFinite(first) ? Math.max(0, first - Math.floor(width / 3)) : 0;
	const end = Math.min(all.length, start + width);
	const raw: ExcerptPart[] = [];
	if (start > 0) raw.push({ text: '… ', marked: false });
	for (let i = start; i < end; i++) {
		const text = (i === start ? all[i]!.text.trimStart() : all[i]!.text).replace(/\n/g, ' ');
		const space = /^\s*/.exec(text)![0];
		raw.push({ text: space, marked: false }, { text: text.slice(space.length), marked: marked.has(i) });
	}
	if (end < all.length) raw.push({ text: ' …', marked: false });
	// Neighbours with the same marking become one part; a mark never includes the space before a word.
	const parts: ExcerptPart[] = [];
	for (const part of raw) {
		if (!part.text) continue;
		const last = parts.at(-1);
		if (last && last.marked === part.marked) last.text += part.text;
		else parts.push({ ...part });
	}
	return parts;
}

export function resultCount(count: number): string {
	return searchText('results', { count, formatted: formatNumber(count) });
}
