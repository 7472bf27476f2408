/**
 * "Vai meklējāt: fotosintēze?" The index's own words, kept as small shards by the first
 * letter of their token, and the nearest of them to a word that found nothing. Words are
 * compared as search tokens (folded and stemmed, so a wrong case ending or a missing
 * diacritic costs nothing) by optimal string alignment distance: a swapped pair, a
 * missing, doubled or wrong letter each cost one.
 */
import { chunks, fold, token, TOKEN_END, type Chunk } from './latvian.ts';

/** A word for suggestions: its token, in how many materials it is, and its spellings (most used first). */
export type VocabularyEntry = [token: string, materials: number, ...forms: string[]];

/** The folder of the published vocabulary shards, relative to the site's root. */
export const VOCABULARY_DIR = 'meklet/vardi';

/** Words of one shard at most: the most telling ones stay when a collection grows. */
export const MAX_SHARD_WORDS = 3000;

const FORMS_PER_WORD = 3;

/** Which shard a token is in: its first letter, or "0" for one that starts with a digit. */
export const shardOf = (tokenText: string): string => (/^[a-z]/.test(tokenText) ? tokenText[0]! : '0');

interface Tally {
	materials: number;
	/** Found in a title, topic or outcome, not only in the body. */
	head: boolean;
	forms: Map<string, number>;
}

/** Collects the index's words, material by material. */
export class VocabularyBuilder {
	readonly #words = new Map<string, Tally>();

	/**
	 * Adds one material: `head` is its title, topic and outcomes, `body` the chunks of its
	 * indexed text (the same ones its search record is made of, so nothing is split twice).
	 */
	add(head: string, body: readonly Chunk[]): void {
		// Each distinct spelling once per material: a text repeats its words many times.
		const spellings = new Map<string, { token: string; count: number; head: boolean }>();
		for (const [parts, isHead] of [
			[chunks(head), true],
			[body, false],
		] as const) {
			for (const chunk of parts) {
				chunk.words.forEach((word, i) => {
					const known = spellings.get(word);
					if (known) {
						known.count += 1;
						known.head ||= isHead;
					} else spellings.set(word, { token: chunk.tokens[i]!, count: 1, head: isHead });
				});
			}
		}
		const seen = new Set<string>();
		for (const [word, { token: wordToken, count, head: inHead }] of spellings) {
			// Short words and numbers make poor suggestions.
			if (wordToken.length - TOKEN_END.length < 3 || !/^\p{L}+$/u.test(word)) continue;
			let tally = this.#words.get(wordToken);
			if (!tally) this.#words.set(wordToken, (tally = { materials: 0, head: false, forms: new Map() }));
			if (!seen.has(wordToken)) {
				seen.add(wordToken);
				tally.materials += 1;
			}
			if (inHead) tally.head = true;
			const form = word.toLowerCase();
			tally.forms.set(form, (tally.forms.get(form) ?? 0) + count);
		}
	}

	/**
	 * The shards: words of titles, topics, outcomes and metadata, and body words found in
	 * two materials or more (a word in one body only is more often a name or a slip than
	 * what a teacher means), the most widespread first, at most MAX_SHARD_WORDS each.
	 */
	shards(): Map<string, VocabularyEntry[]> {
		const shards = new Map<string, [Tally, VocabularyEntry][]>();
		for (const [wordToken, tally] of this.#words) {
			if (!tally.head && tally.materials < 2) continue;
			const forms = [...tally.forms]
				.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
				.slice(0, FORMS_PER_WORD)
				.map(([form]) => form);
			const key = shardOf(wordToken);
			if (!shards.has(key)) shards.set(key, []);
			shards.get(key)!.push([tally, [wordToken, tally.materials, ...forms]]);
		}
		const result = new Map<string, VocabularyEntry[]>();
		for (const key of [...shards.keys()].sort()) {
			const entries = shards.get(key)!.sort(([a, x], [b, y]) => Number(b.head) - Number(a.head) || b.materials - a.materials || (x[0] < y[0] ? -1 : 1));
			result.set(
				key,
				entries.slice(0, MAX_SHARD_WORDS).map(([, entry]) => entry),
			);
		}
		return result;
	}
}

/**
 * Optimal string alignment distance between a and b, or `max + 1` as soon as it is
 * certain to exceed `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	let before = new Array<number>(b.length + 1).fill(0);
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	let current = new Array<number>(b.length + 1).fill(0);
	for (let i = 1; i <= a.length; i++) {
		current[0] = i;
		let rowMin = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
			current[j] = value;
			if (value < rowMin) rowMin = value;
		}
		if (rowMin > max) return max + 1;
		[before, previous, current] = [previous, current, before];
	}
	return previous[b.length]!;
}

/** How many edits a word of this many letters may need: none for short words, where any guess is wild. */
export function allowedEdits(letters: number): number {
	if (letters < 4) return 0;
	if (letters < 6) return 1;
	return 2;
}

/**
 * From how many letters a word that finds nothing is searched as suggested without
 * asking: a shorter one is often a real word the collection lacks ("ābele" is not a
 * slip of "ābols"), so it is only offered.
 */
export const AUTOMATIC_FROM_LETTERS = 7;

export interface Suggestion {
	token: string;
	/** Whether the suggestion may be searched in place of the word without asking. */
	automatic: boolean;
	/** The spelling to show and to search: the index's own, nearest to what was typed. */
	form: string;
	edits: number;
	materials: number;
}

/** The shards a word's suggestions are looked for in: its own letter's, then its second letter's (a swap at the start). */
export function shardsFor(word: string): string[] {
	const folded = fold(word).replace(/[^a-z0-9]/g, '');
	const keys = [shardOf(folded), ...(folded.length > 1 ? [shardOf(folded.slice(1))] : [])];
	return [...new Set(keys)];
}

/** The nearest word of the given shards to `word`, or undefined if none is near enough. */
export function suggest(word: string, shards: readonly (readonly VocabularyEntry[])[]): Suggestion | undefined {
	const typedToken = token(word);
	const folded = fold(word).replace(/[^a-z0-9]/g, '');
	if (!typedToken || !/^[a-z]+$/.test(folded)) return undefined;
	const typedStem = typedToken.slice(0, -TOKEN_END.length);
	const max = allowedEdits(folded.length);
	if (max === 0) return undefined;
	let best: (Suggestion & { formEdits: number }) | undefined;
	for (const shard of shards) {
		for (const [entryToken, materials, ...forms] of shard) {
			if (entryToken === typedToken) continue;
			const stem = entryToken.slice(0, -TOKEN_END.length);
			// The stem says how far the words are; the spelling, how far the form shown is.
			let form = forms[0]!;
			let formEdits = max + 1;
			for (const candidate of forms) {
				const distance = editDistance(folded, fold(candidate), max);
				if (distance < formEdits) [formEdits, form] = [distance, candidate];
			}
			const edits = Math.min(editDistance(typedStem, stem, max), formEdits);
			if (edits > max) continue;
			// Nearest word first; between equals, the one whose spelling is nearer, then the more widespread.
			if (
				!best ||
				edits < best.edits ||
				(edits === best.edits && (formEdits < best.formEdits || (formEdits === best.formEdits && materials > best.materials)))
			) {
				best = { token: entryToken, automatic: folded.length >= AUTOMATIC_FROM_LETTERS, form, edits, formEdits, materials };
			}
		}
	}
	if (!best) return undefined;
	const { formEdits: _, ...suggestion } = best;
	return suggestion;
}
