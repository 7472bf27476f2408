/**
 * Latvian spell-check of every material's prose and every interface string, with
 * Debian's hunspell and hunspell-lv (scripts/ensure-package.sh installs them). Words the
 * dictionary lacks but that are right — terms, names — go in content/vardnica.txt, one per
 * line. Prints each unknown word with its file and line; exits 1 if any.
 *
 *   npm run test:spelling
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { findMaterials } from '../src/authoring/collection.ts';
import { parseSource } from '../src/authoring/frontmatter.ts';
import { misspelled, proseOfBody, PROSE_FIELDS, stringsOf, wordsOf, type Word } from '../src/authoring/spelling.ts';
import { lv } from '../src/i18n/lv.ts';
import { t } from '../src/i18n/index.ts';

const root = resolve(import.meta.dirname, '..');
const WORD_LIST = 'content/vardnica.txt';
const UI_FILE = 'src/i18n/lv.ts';
/** Field names, commands and TeX the interface strings quote to authors: words only there. */
const UI_WORD_LIST = 'src/i18n/vardnica.txt';

/** The words hunspell does not know, asked once per group of texts with that group's word lists. */
function unknownWords(words: Iterable<string>, lists: readonly string[]): Set<string> {
	// hunspell takes one personal dictionary, so the lists are joined into a temporary one.
	const personal = join(mkdtempSync(join(tmpdir(), 'vardnica-')), 'vardnica.txt');
	writeFileSync(personal, lists.map((list) => readFileSync(resolve(root, list), 'utf8')).join('\n'));
	const args = ['-d', 'lv_LV', '-i', 'utf-8', '-l', '-p', personal];
	const run = spawnSync('hunspell', args, { input: [...new Set(words)].join('\n'), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
	rmSync(dirname(personal), { recursive: true, force: true });
	if (run.error || run.status !== 0) {
		console.error(t('spelling.noHunspell', { detail: run.error?.message ?? run.stderr.trim() }));
		process.exit(2);
	}
	return new Set(run.stdout.split('\n').filter(Boolean));
}

const found: { file: string; words: Word[] }[] = [];
const materialsDir = resolve(root, process.env.MATERIALS_DIR ?? 'content/materials');
const { sources } = await findMaterials(root, materialsDir);
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
			if (typeof text === 'string') words.push(...wordsOf(text, parsed.lineOf(path)));
		});
	}
	words.push(...wordsOf(proseOfBody(parsed.body), parsed.bodyLine));
	found.push({ file: material.filePath, words });
}
const uiSource = readFileSync(resolve(root, UI_FILE), 'utf8');
// A word's line in the strings module is where it is first written.
const uiLine = (word: string) => uiSource.slice(0, Math.max(0, uiSource.indexOf(word))).split('\n').length;
const ui = { file: UI_FILE, words: stringsOf(lv).flatMap(({ text }) => wordsOf(text).map((w) => ({ ...w, line: uiLine(w.word) }))) };

const unknownInMaterials = unknownWords(found.flatMap(({ words }) => words.map((w) => w.word)), [WORD_LIST]);
const unknownInUi = unknownWords(ui.words.map((w) => w.word), [WORD_LIST, UI_WORD_LIST]);
const report = [...found.map((entry) => ({ ...entry, unknown: unknownInMaterials })), { ...ui, unknown: unknownInUi }].flatMap(({ file, words, unknown }) =>
	misspelled(words, unknown).map((w) => `  • ${file}:${w.line} — ${w.word}`),
);
if (report.length > 0) {
	console.error(t('spelling.failed', { count: report.length, list: `${WORD_LIST} (${t('spelling.uiList', { list: UI_WORD_LIST })})` }));
	console.error(report.join('\n'));
	process.exit(1);
}
console.log(t('spelling.passed', { count: found.length + 1 }));
