/**
 * Latvian word forms for search. The same functions run when the index is built and
 * in the browser on the query, so "vienādojumu", "vienadojumiem" and "vienādojums"
 * all become the token `vienadojumq`.
 *
 * The stemmer follows the light algorithm of Kārlis Krēsliņš ("A stemming algorithm for
 * Latvian"), as Lucene keeps it: remove the longest case ending from a fixed list when
 * enough vowels remain, then undo the consonant changes of declensions II, V and VI.
 * It works on text without diacritics (teachers often type that way), which also
 * undoes most palatalisation by itself (č→c, ļ→l, ņ→n, š→s, ž→z); the remaining
 * alternations (labial + j, t/š, d/ž, st/kš) are made regular by canonical stem endings.
 */

const FOLD: Record<string, string> = { ā: 'a', č: 'c', ē: 'e', ģ: 'g', ī: 'i', ķ: 'k', ļ: 'l', ņ: 'n', š: 's', ū: 'u', ž: 'z', ō: 'o', ŗ: 'r' };

/** Lowercase without diacritics: "Vienādojums" → "vienadojums". */
export function fold(word: string): string {
	// Latvian has no special casing rules, so the fast locale-free lowercase is exact.
	const folded = word.toLowerCase().replace(/[āčēģīķļņšūžōŗ]/g, (letter) => FOLD[letter] ?? letter);
	// Most words are plain ASCII by now; only the rest need Unicode decomposition.
	return /[^\x00-\x7f]/.test(folded) ? folded.normalize('NFD').replace(/\p{M}/gu, '') : folded;
}

/** Case endings (already without diacritics), longest first, with the vowels a stem must keep. */
const ENDINGS: readonly [ending: string, vowels: number][] = [
	['ajiem', 3],
	['ajai', 3],
	['ajam', 2],
	['ajos', 2],
	['ajas', 2],
	['iem', 2],
	['aja', 2],
	['ais', 2],
	['ai', 2],
	['ei', 2],
	['am', 1],
	['em', 1],
	['im', 1],
	['um', 1],
	['us', 1],
	['as', 1],
	['es', 1],
	['os', 1],
	['ij', 1],
	['is', 1],
	['ie', 1],
	['u', 1],
	['a', 1],
	['i', 1],
	['e', 1],
	['o', 1],
	['s', 0],
];

const VOWEL = /[aeiou]/g;

/** Stem of a folded word: "vienadojumiem" → "vienadojum", "laci" → "lac". */
export function stem(folded: string): string {
	if (!/^[a-z]+$/.test(folded)) return folded;
	const vowels = folded.match(VOWEL)?.length ?? 0;
	let base = folded;
	for (const [ending, keep] of ENDINGS) {
		if (vowels > keep && folded.length >= ending.length + 2 && folded.endsWith(ending)) {
			base = folded.slice(0, -ending.length);
			break;
		}
	}
	return canonical(base);
}

/** One spelling for consonants that alternate inside a paradigm. */
function canonical(base: string): string {
	if (base.length < 3) return base;
	// Without diacritics, skolotāj|a and zaļ|ajā look alike: the noun suffix -āj- goes too.
	if (base.length >= 5 && base.endsWith('aj')) base = base.slice(0, -2);
	// zivs → zivju, upe → upju, kurmis → kurmja: the j after a labial belongs to the ending.
	if (/[pbmvf]j$/.test(base)) base = base.slice(0, -1);
	// nakts → nakšu, rīkste → rīkšu, zutis → zušu: after folding, st, kt and t all meet s.
	if (base.endsWith('st')) base = base.slice(0, -1);
	else if (base.endsWith('t')) base = `${base.slice(0, -1)}s`;
	// briedis → briežu, sirds → siržu: d and ž (folded z) meet at z.
	else if (base.endsWith('d')) base = `${base.slice(0, -1)}z`;
	return base;
}

/**
 * Every indexed and searched token ends with "q", a letter Latvian does not use.
 * Pagefind answers a query that matches no word with the longest indexed word that
 * is a prefix of it; since no query contains "q" before its end, no indexed token can
 * be such a prefix, and a word found in no material finds nothing.
 */
export const TOKEN_END = 'q';

const tokenCache = new Map<string, string>();

/** Search token of one word, or undefined for words without letters or digits. */
export function token(word: string): string | undefined {
	// A collection repeats the same words endlessly; indexing thousands of materials stems each once.
	let known = tokenCache.get(word);
	if (known === undefined) {
		const folded = fold(word)
			.replace(/q/g, 'k')
			.replace(/[^a-z0-9]/g, '');
		known = folded ? `${/^[a-z]+$/.test(folded) ? stem(folded) : folded}${TOKEN_END}` : '';
		if (tokenCache.size >= 100_000) tokenCache.clear();
		tokenCache.set(word, known);
	}
	return known || undefined;
}

export interface Chunk {
	/** The text as written, with its punctuation and the space before it. */
	text: string;
	/** Tokens of this chunk (a hyphenated chunk has several). */
	tokens: string[];
	/** The words the tokens come from, as written, one per token. */
	words: string[];
}

/** Splits text into whitespace-separated chunks and their tokens, keeping the original spelling for display. */
export function chunks(text: string): Chunk[] {
	const result: Chunk[] = [];
	for (const match of text.matchAll(/\s*\S+/g)) {
		const tokens: string[] = [];
		const words: string[] = [];
		// A word of letters outside the Latin script (α, Ω) has no token.
		for (const word of match[0].trim().split(/[^\p{L}\p{N}]+/u)) {
			const wordToken = word ? token(word) : undefined;
			if (wordToken === undefined) continue;
			tokens.push(wordToken);
			words.push(word);
		}
		result.push({ text: match[0], tokens, words });
	}
	return result;
}

/** The token stream of a text: word i of the index is token i. */
export function tokens(text: string): string[] {
	return chunks(text).flatMap((chunk) => chunk.tokens);
}

/** Words too common to narrow a search; a query keeps them out, so "vienādojumi un nevienādības" needs both nouns only. */
export const STOPWORDS = new Set(
	[
		'un',
		'ir',
		'ar',
		'par',
		'uz',
		'no',
		'kā',
		'kas',
		'ka',
		'vai',
		'bet',
		'jo',
		'lai',
		'arī',
		'tā',
		'tas',
		'tie',
		'pie',
		'līdz',
		'pēc',
		'bez',
		'pa',
		'gan',
		'nav',
		'tad',
		'ja',
		'kur',
		'to',
		'ko',
		'kam',
		'ne',
		'nē',
		'jā',
		'vēl',
		'tikai',
		'kad',
		'šis',
		'šī',
		'ši',
		'the',
		'a',
		'an',
		'of',
		'and',
	].map(fold),
);
