/**
 * What a typed query means before anything is searched: its words, the facet values it
 * names ("fizika", "7. klase", "darba lapa" act as filters) and, for the rest, the
 * concepts to look for, each with its alternatives from the related-terms file. Runs
 * in the browser on every query and in the content check on the related terms.
 */
import { fold, STOPWORDS, token } from './latvian.ts';
import { GRADES, KINDS, LEVELS, STAGES, SUBJECTS, type KindId } from '../schemas/vocabulary.ts';

/** A word of the query as typed, with where it stands, so a chip can take it out again. */
export interface QueryWord {
	/** The word without apostrophes: "fotosint'eze" (a slip of the Latvian dead key) is one word. */
	text: string;
	start: number;
	end: number;
	token: string | undefined;
}

/** Words of a query: letters and digits, an apostrophe inside a word joining it. */
export function queryWords(query: string): QueryWord[] {
	return [...query.matchAll(/[\p{L}\p{N}]+(?:['’`´][\p{L}\p{N}]+)*/gu)].map((match) => {
		const text = match[0].replace(/['’`´]/g, '');
		return { text, start: match.index, end: match.index + match[0].length, token: token(text) };
	});
}

/** A facet value the query names, with the span of the query that names it. */
export interface NamedFacet {
	key: string;
	value: string;
	start: number;
	end: number;
}

interface FacetPhrase {
	key: string;
	value: string;
	tokens: string[];
}

/**
 * Kinds by the words teachers use for them. "Mācību materiāls" is left out: every
 * material is one in everyday speech, so the words must stay words. "Kontroldarbs" and
 * "pārbaudes darbs" are the school words for a summative test.
 */
const KIND_WORDS: Partial<Record<KindId, readonly string[]>> = {
	'stundas-plans': ['stundas konspekts'],
	'diagnosticejosa-vertesana': ['diagnosticējošais darbs'],
	'formativa-vertesana': ['formatīvais darbs'],
	'summativa-vertesana': ['summatīvais darbs', 'kontroldarbs', 'pārbaudes darbs'],
	'stundas-verosanas-lapa': ['vērošanas lapa'],
};

const phraseTokens = (phrase: string) => queryWords(phrase).map((word) => word.token ?? '');

function facetPhrases(): FacetPhrase[] {
	const phrases: FacetPhrase[] = [];
	const add = (key: string, value: string, phrase: string) => phrases.push({ key, value, tokens: phraseTokens(phrase) });
	for (const [id, subject] of Object.entries(SUBJECTS)) add('prieksmets', id, subject.label);
	for (const [id, stage] of Object.entries(STAGES)) for (const phrase of [stage.label, stage.short]) add('posms', id, phrase);
	for (const [id, level] of Object.entries(LEVELS)) add('limenis', id, level.label);
	for (const [id, kind] of Object.entries(KINDS)) {
		if (id === 'macibu-materials') continue;
		for (const phrase of [kind.label, kind.plural, ...(KIND_WORDS[id as KindId] ?? [])]) add('veids', id, phrase);
	}
	// Longest first, so "Sociālās zinības un vēsture" wins over "Sociālās zinības".
	return phrases.sort((a, b) => b.tokens.length - a.tokens.length);
}

let phrasesCache: FacetPhrase[] | undefined;

/** "7. klase", "7 klase", "7.klasei", "10.–12. klasei", "8. kl." */
const GRADE_WORDS =
	/(?<![\p{L}\p{N}])(\d{1,2})\.?\s*(?:[-–—]\s*(\d{1,2})\.?\s*)?(?:klasēm|klasem|klasēs|klases|klasei|klasē|klase|klasi|klašu|klasu|kl)(?![\p{L}\p{N}])\.?/giu;

/** The facet values a query names, left to right, without overlaps. */
export function namedFacets(query: string): NamedFacet[] {
	const named: NamedFacet[] = [];
	const taken: [number, number][] = [];
	for (const match of query.matchAll(GRADE_WORDS)) {
		const from = Number(match[1]);
		const to = match[2] === undefined ? from : Number(match[2]);
		if (!GRADES.includes(from as never) || !GRADES.includes(to as never) || to < from) continue;
		for (let grade = from; grade <= to; grade++) named.push({ key: 'klase', value: String(grade), start: match.index, end: match.index + match[0].length });
		taken.push([match.index, match.index + match[0].length]);
	}
	const words = queryWords(query).filter((word) => !taken.some(([start, end]) => word.start >= start && word.end <= end));
	phrasesCache ??= facetPhrases();
	const used = new Set<number>();
	for (const phrase of phrasesCache) {
		for (let i = 0; i + phrase.tokens.length <= words.length; i++) {
			const span = words.slice(i, i + phrase.tokens.length);
			if (span.some((_, j) => used.has(i + j)) || span.some((word, j) => word.token !== phrase.tokens[j])) continue;
			span.forEach((_, j) => used.add(i + j));
			named.push({ key: phrase.key, value: phrase.value, start: span[0]!.start, end: span.at(-1)!.end });
		}
	}
	return named.sort((a, b) => a.start - b.start);
}

/** The query without the spans that named facets, spaces tidied. */
export function withoutSpans(query: string, spans: readonly { start: number; end: number }[]): string {
	let result = query;
	for (const span of [...spans].sort((a, b) => b.start - a.start)) result = `${result.slice(0, span.start)} ${result.slice(span.end)}`;
	return result
		.replace(/\s+/g, ' ')
		.replace(/^[\s,.;:–—-]+|[\s,;:–—-]+$/g, '')
		.trim();
}

/** A search as the page reads it: the query's facet words are filters too. */
export interface Reading {
	named: NamedFacet[];
	/** The query without its facet words: what is searched as text. */
	rest: string;
	/** The address's filters, with the values the query names in place of the same facet's. */
	filters: Record<string, string[]>;
}

/**
 * What the query and the filters of an address mean together. A facet the query names
 * replaces that facet's filters from the address (a teacher who types "10. klase" means
 * grade 10, whatever grade the address carried); the other filters stay.
 */
export function readSearch(query: string, addressFilters: Record<string, string[]>): Reading {
	const named = namedFacets(query);
	const filters: Record<string, string[]> = { ...addressFilters };
	for (const key of new Set(named.map((facet) => facet.key)))
		filters[key] = [...new Set(named.filter((facet) => facet.key === key).map((facet) => facet.value))];
	return { named, rest: withoutSpans(query, named), filters };
}

/** A term of the related-terms file: as written, and as the tokens a query is compared by. */
export interface Term {
	label: string;
	tokens: string[];
}

/** The related-terms file as the browser gets it, in the file's order. */
export interface RelatedTerms {
	entries: { terms: Term[]; related: Term[] }[];
}

/** One way to meet a concept: all its tokens in one material. Related terms count less. */
export interface Alternative {
	tokens: string[];
	/** 1 for the word itself or an equal term, less for a related one. */
	weight: number;
	/** The term as written in the related-terms file, to say why a material was found. */
	label?: string;
}

/** A word of the query that a material should meet, itself or through a related term. */
export interface Concept {
	/** The word as typed. */
	text: string;
	/** The query word's own token; the others come from related terms. */
	token: string;
	alternatives: Alternative[];
}

/** Words of a query searched at most: each is a search of its own, and a pasted paragraph must not become hundreds. */
export const MAX_QUERY_WORDS = 12;

/** How much a related (one-way) term counts against the query's own word. */
export const RELATED_WEIGHT = 0.6;

/** Query words that are not stopwords, or all of them when nothing else is left. */
export function meaningfulWords(words: readonly QueryWord[]): QueryWord[] {
	const withToken = words.filter((word) => word.token !== undefined);
	const meaningful = withToken.filter((word) => !STOPWORDS.has(fold(word.text)));
	return meaningful.length > 0 ? meaningful : withToken;
}

/**
 * The concepts of the query's free words. A word alone is one concept; a phrase of the
 * related-terms file adds its terms to each of the phrase's words, so a material with
 * "dinamika" meets both words of "Ņūtona likumi".
 */
export function concepts(query: string, related: RelatedTerms): Concept[] {
	const all = queryWords(query);
	const result: Concept[] = [];
	for (const word of meaningfulWords(all)) {
		if (result.length === MAX_QUERY_WORDS) break;
		if (result.some((concept) => concept.token === word.token)) continue;
		result.push({ text: word.text, token: word.token!, alternatives: [{ tokens: [word.token!], weight: 1 }] });
	}
	const sequence = all.map((word) => word.token ?? '');
	for (const entry of related.entries) {
		for (const term of entry.terms) {
			if (term.tokens.length === 0 || !containsRun(sequence, term.tokens)) continue;
			const add: Alternative[] = [
				...entry.terms.filter((other) => other !== term).map((other) => ({ tokens: searchTokens(other.tokens), weight: 1, label: other.label })),
				...entry.related.map((other) => ({ tokens: searchTokens(other.tokens), weight: RELATED_WEIGHT, label: other.label })),
			];
			for (const concept of result) {
				if (!term.tokens.includes(concept.token)) continue;
				for (const alternative of add) {
					if (!concept.alternatives.some((known) => sameTokens(known.tokens, alternative.tokens))) concept.alternatives.push(alternative);
				}
			}
		}
	}
	return result;
}

let stopTokens: Set<string> | undefined;
/** A term's tokens to search for: its stopwords would only cost searches. */
function searchTokens(tokens: readonly string[]): string[] {
	stopTokens ??= new Set([...STOPWORDS].map((word) => token(word)!));
	const kept = tokens.filter((t) => !stopTokens!.has(t));
	return kept.length > 0 ? kept : [...tokens];
}

const sameTokens = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((token, i) => token === b[i]);

function containsRun(sequence: readonly string[], run: readonly string[]): boolean {
	for (let i = 0; i + run.length <= sequence.length; i++) if (run.every((token, j) => sequence[i + j] === token)) return true;
	return false;
}

/** Tokens of a term of the related-terms file, stopwords kept, as the query's words are compared. */
export const termTokens = phraseTokens;
