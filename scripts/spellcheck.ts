/**
 * Latvian spell-check of every material's prose, the search's related terms and every
 * interface string (the site's and the web editor's), with Debian's
 * hunspell and its Latvian dictionary (scripts/ensure-hunspell.sh installs them). Words the
 * dictionary lacks but that are right — terms, names — go in content/vardnica.txt, one per
 * line. In references (a paragraph or list item with an address) English words are accepted
 * too: titles keep the language of the work cited. Prints each unknown word with its file and
 * line; exits 1 if any.
 *
 *   npm run test:spelling
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { findMaterials } from '../src/authoring/collection.ts';
import { parseSource } from '../src/authoring/frontmatter.ts';
import { citationLines, misspelled, proseOfBody, PROSE_FIELDS, stringsOf, wordsOf, type Word } from '../src/authoring/spelling.ts';
import { lv } from '../src/i18n/lv.ts';
import { DECAP_LV } from '../src/editor/locale-lv.ts';
import { readRelatedTerms, RELATED_TERMS_FILE } from '../src/authoring/related-terms.ts';
import { t } from '../src/i18n/index.ts';

const root = resolve(import.meta.dirname, '..');
const WORD_LIST = 'content/vardnica.txt';
const UI_FILE = 'src/i18n/lv.ts';
const EDITOR_UI_FILE = 'src/editor/locale-lv.ts';
/** Field names, commands and TeX the interface strings quote to authors: words only there. */
const UI_WORD_LIST = 'src/i18n/vardnica.txt';

/** The words a hunspell dictionary does not know, with the given word lists added to it. */
function unknownWords(words: Iterable<string>, dictionary: string, lists: readonly string[] = []): Set<string> {
	// hunspell takes one personal dictionary, so the lists are joined into a temporary one.
	const personal = join(mkdtempSync(join(tmpdir(), 'vardnica-')), 'vardnica.txt');
	writeFileSync(personal, lists.map((list) => readFileSync(resolve(root, list), 'utf8')).join('\n'));
	const run = spawnSync('hunspell', ['-d', dictionary, '-i', 'utf-8', '-l', '-p', personal], {
		input: [...new Set(words)].join('\n'),
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
	});
	rmSync(dirname(personal), { recursive: true, force: true });
	if (run.error || run.status !== 0) {
		console.error(t('spelling.noHunspell', { detail: run.error?.message ?? run.stderr.trim() }));
		process.exit(2);
	}
	return new Set(run.stdout.split('\n').filter(Boolean));
}

interface Checked {
	file: string;
	words: Word[];
	/** Lines of references, where English words pass. */
	citations: Set<number>;
}

const materials: Checked[] = [];
const { sources } = await findMaterials(root, resolve(root, process.env.MATERIALS_DIR ?? 'content/materials'));
for (const material of sources) {
	const parsed = parseSource(material.source, material.filePath);
	if ('issues' in parsed) continue; // `npm run check` reports it
	const words: Word[] = [];
	for (const field of PROSE_FIELDS) {
		const [key, inner] = field.split('.') as [string, string | undefined];
		const value = parsed.data[key];
		const items = Array.isArray(value) ? value : [value];
		items.forEach((item, i) => {
			const text = inner ? (item as Record<string, unknown> | undefined)?.[inner] : item;
			const path = Array.isArray(value) ? (inner ? [key, i, inner] : [key, i]) : [key];
			if (typeof text === 'string') words.push(...wordsOf(proseOfBody(text), parsed.lineOf(path)));
		});
	}
	words.push(...wordsOf(proseOfBody(parsed.body), parsed.bodyLine));
	materials.push({ file: material.filePath, words, citations: citationLines(parsed.body, parsed.bodyLine) });
}
// A misspelt related term would never meet a query.
const termsFile = process.env.RELATED_TERMS_FILE ?? RELATED_TERMS_FILE;
const { file: termsData } = await readRelatedTerms(root, termsFile);
if (termsData) {
	const termsSource = readFileSync(resolve(root, termsFile), 'utf8').split('\n');
	const lineOf = (term: string) => termsSource.findIndex((line) => line.includes(term)) + 1;
	const words = termsData.entries.flatMap((entry) => [...entry.terms, ...(entry.related ?? [])]).flatMap((term) => wordsOf(term, lineOf(term)));
	materials.push({ file: termsFile, words, citations: new Set() });
}
/** The words of a module of interface strings, each at the line where it is first written. */
function uiStrings(file: string, strings: unknown): Checked {
	const source = readFileSync(resolve(root, file), 'utf8');
	const line = (word: string) => source.slice(0, Math.max(0, source.indexOf(word))).split('\n').length;
	const words = stringsOf(strings).flatMap(({ text }) => wordsOf(text).map((w) => ({ ...w, line: line(w.word) })));
	return { file, words, citations: new Set() };
}
const ui = [uiStrings(UI_FILE, lv), uiStrings(EDITOR_UI_FILE, DECAP_LV)];

// Each group with its word lists: the interface may quote field names and commands, materials may not.
const groups = [
	{ files: materials, lists: [WORD_LIST] },
	{ files: ui, lists: [WORD_LIST, UI_WORD_LIST] },
];
const report: string[] = [];
for (const { files, lists } of groups) {
	const unknown = unknownWords(
		files.flatMap((c) => c.words.map((w) => w.word)),
		'lv_LV',
		lists,
	);
	// Words of references that the Latvian dictionary lacks, asked of the English one once.
	const inCitations = [...new Set(files.flatMap((c) => c.words.filter((w) => unknown.has(w.word) && c.citations.has(w.line)).map((w) => w.word)))];
	const notEnglish = inCitations.length > 0 ? unknownWords(inCitations, 'en_US') : new Set<string>();
	const english = new Set(inCitations.filter((word) => !notEnglish.has(word)));
	for (const { file, words, citations } of files) {
		const wrong = words.filter((w) => !(citations.has(w.line) && english.has(w.word)));
		report.push(...misspelled(wrong, unknown).map((w) => `  • ${file}:${w.line} — ${w.word}`));
	}
}
if (report.length > 0) {
	console.error(t('spelling.failed', { count: report.length, list: `${WORD_LIST} (${t('spelling.uiList', { list: UI_WORD_LIST })})` }));
	console.error(report.join('\n'));
	process.exit(1);
}
console.log(t('spelling.passed', { count: materials.length + ui.length }));
