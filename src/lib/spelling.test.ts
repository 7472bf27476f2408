import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, test } from 'vitest';
import { chunks, token } from './latvian.ts';
import { queryWords } from './search-query.ts';
import { editDistance, MAX_SHARD_WORDS, shardOf, shardsFor, suggest, VocabularyBuilder, type VocabularyEntry } from './spelling.ts';
import { KINDS, SUBJECTS } from '../schemas/vocabulary.ts';

describe('edit distance', () => {
	test.each([
		['fotosintez', 'fotosintez', 0],
		['fotosintze', 'fotosintez', 1], // swapped pair
		['vienadojum', 'vienadjoum', 1],
		['matemtik', 'matematik', 1], // missing letter
		['fizzik', 'fizik', 1], // doubled letter
		['fizok', 'fizik', 1], // wrong letter
		['abc', 'xyz', 3],
		['', 'abc', 3],
	])('%s ↔ %s is %i', (a, b, distance) => {
		expect(editDistance(a, b, 5)).toBe(distance);
		expect(editDistance(b, a, 5)).toBe(distance);
	});

	test('stops early once the limit is passed', () => {
		expect(editDistance('kvadratvienadojum', 'eksponentfunkcij', 2)).toBe(3);
		expect(editDistance('a', 'abcdef', 2)).toBe(3);
	});
});

describe('the vocabulary', () => {
	test('keeps title words, and body words of two materials or more, each with its spellings', () => {
		const builder = new VocabularyBuilder();
		builder.add('Fotosintēze', chunks('Fotosintēzes gaitā rodas glikoze. Mitohondrijs.'));
		builder.add('Šūnu elpošana', chunks('Glikozi šūna sadala. Fotosintēzi salīdzina.'));
		const all = [...builder.shards().values()].flat();
		const byToken = new Map(all.map(([wordToken, materials, ...forms]) => [wordToken, { materials, forms }]));
		expect(byToken.get(token('fotosintēze')!)).toEqual({ materials: 2, forms: ['fotosintēze', 'fotosintēzes', 'fotosintēzi'] });
		expect(byToken.get(token('glikoze')!)?.materials).toBe(2);
		expect(byToken.get(token('elpošana')!)?.materials).toBe(1);
		expect(byToken.has(token('mitohondrijs')!)).toBe(false);
		// In one body only: more often a name or a slip than what a teacher means.
		expect(byToken.has(token('sadala')!)).toBe(false);
		expect([...builder.shards().keys()]).toEqual(['e', 'f', 'g', 's']);
	});

	test('a shard keeps the most widespread words when it is full', () => {
		const builder = new VocabularyBuilder();
		for (let i = 0; i < MAX_SHARD_WORDS * 2; i++) {
			// Letters only, ending in r, which no case ending strips: every word its own token.
			const word = `vard${[...i.toString(26)].map((digit) => 'abcdefghijklmnopqrstuvwxyz'[parseInt(digit, 26)]).join('')}r`;
			builder.add('', chunks(`${word} ${word}`));
			builder.add('', chunks(word));
		}
		builder.add('', chunks('vienadojums'));
		for (let i = 0; i < 50; i++) builder.add('', chunks('vienadojums'));
		const shard = builder.shards().get('v')!;
		expect(shard).toHaveLength(MAX_SHARD_WORDS);
		expect(shard[0]![0]).toBe(token('vienadojums'));
	});

	test('shards are named by the first letter of the token; a swap at the start also looks in the second', () => {
		expect(shardOf('fotosintezq')).toBe('f');
		expect(shardOf('7q')).toBe('0');
		expect(shardsFor('Ģeogrāfija')).toEqual(['g', 'e']);
		expect(shardsFor('oftosinteze')).toEqual(['o', 'f']);
	});
});

/**
 * Real misspellings, as teachers type them, against the vocabulary of the real
 * collection: swapped, missing, doubled and wrong letters, wrong or missing
 * diacritics, digraphs for Latvian letters (sh, ch, zh, kj, nj) and slips of the
 * Latvian keyboards (a neighbouring key, the apostrophe dead key left in the word).
 */
const MISSPELLINGS: [typed: string, meant: string][] = [
	['fotosintzee', 'fotosintēze'],
	['fotosintēzze', 'fotosintēze'],
	['fotosinteeze', 'fotosintēze'],
	["fotosint'eze", 'fotosintēze'],
	['fotosīntēze', 'fotosintēze'],
	['fotsintēze', 'fotosintēze'],
	['vienādjoums', 'vienādojums'],
	['vienaadojums', 'vienādojums'],
	['vienadojmus', 'vienādojums'],
	['vienādojumus', 'vienādojums'],
	['kvadratvienadojms', 'kvadrātvienādojums'],
	['kvadrātveinādojums', 'kvadrātvienādojums'],
	['paatrinajms', 'paātrinājums'],
	['paatrinājuums', 'paātrinājums'],
	['pātrinājums', 'paātrinājums'],
	['matemtika', 'matemātika'],
	['matemmatika', 'matemātika'],
	['matematkia', 'matemātika'],
	['fizka', 'fizika'],
	['fizoka', 'fizika'],
	['bioloigja', 'bioloģija'],
	['biologija', 'bioloģija'],
	['kjimija', 'ķīmija'],
	['kimija', 'ķīmija'],
	['geogrāfia', 'ģeogrāfija'],
	['eksponentfunkcja', 'eksponentfunkcija'],
	['eksponenfunkcija', 'eksponentfunkcija'],
	['algorims', 'algoritms'],
	['algoritmms', 'algoritms'],
	['programēšana', 'programmēšana'],
	['programmesna', 'programmēšana'],
	['temperatra', 'temperatūra'],
	['temeratūra', 'temperatūra'],
	['blīvmus', 'blīvums'],
	['spreigums', 'spriegums'],
	['pretestiba', 'pretestība'],
	['pretestība', 'pretestība'],
	['daudzumz', 'daudzums'],
	['maisijumi', 'maisījumi'],
	['maisījmi', 'maisījumi'],
	['parmainjas', 'pārmaiņas'],
	['pārmaņas', 'pārmaiņas'],
	['neatkarbas', 'neatkarības'],
	['atjaunosana', 'atjaunošana'],
	['atjaunoshana', 'atjaunošana'],
	['pasvaldiba', 'pašvaldība'],
	['pašvaldīiba', 'pašvaldība'],
	['argumentacja', 'argumentācija'],
	['teikuma', 'teikums'],
	['teikmus', 'teikums'],
	['shuunas', 'šūnas'],
	['uzbuuve', 'uzbūve'],
	['uzbūvve', 'uzbūve'],
	['elposana', 'elpošana'],
	['elpšoana', 'elpošana'],
	['reakcjas', 'reakcijas'],
	['līdzvsars', 'līdzsvars'],
	['līdzvars', 'līdzsvars'],
	['funkcjias', 'funkcijas'],
	['sarakstii', 'saraksti'],
	['pieaugms', 'pieaugums'],
	['konstrukcjia', 'konstrukcija'],
	['drošiba', 'drošība'],
	['drosība', 'drošība'],
	['dročība', 'drošība'],
	['projektesana', 'projektēšana'],
	['mitohondriji', 'mitohondriji'],
	['mitohondiji', 'mitohondriji'],
	['hloroplsti', 'hloroplasti'],
	['katalaaze', 'katalāze'],
];

describe('suggestions on the real collection', () => {
	const root = resolve(import.meta.dirname, '../..');
	const shards = new Map<string, VocabularyEntry[]>();

	/** The collection's words as the index has them: the head from the frontmatter and its labels, the body without tags and formulas. */
	beforeAll(async () => {
		const builder = new VocabularyBuilder();
		const dir = join(root, 'content/materials');
		for (const subject of await readdir(dir)) {
			for (const slug of await readdir(join(dir, subject))) {
				const source = await readFile(join(dir, subject, slug, 'index.mdx'), 'utf8').catch(() => undefined);
				const match = source && /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
				if (!match) continue;
				const data = parse(match[1]!) as { title: string; topic: string; outcomes: string[]; subject: keyof typeof SUBJECTS; kind: keyof typeof KINDS };
				const head = [data.title, data.topic, ...data.outcomes, SUBJECTS[data.subject].label, KINDS[data.kind].label].join('\n');
				builder.add(head, chunks(match[2]!.replace(/<[^>]*>|\$\$?[^$]*\$\$?|`[^`]*`|\{[^}]*\}/g, ' ')));
			}
		}
		for (const [key, shard] of builder.shards()) shards.set(key, shard);
	});

	/** What a typed word searches: its own token if the collection has it, else the suggestion's. */
	function resolveWord(typed: string): string | undefined {
		const word = queryWords(typed)[0]!.text;
		const own = token(word)!;
		if (shards.get(shardOf(own))?.some(([known]) => known === own)) return own;
		return suggest(
			word,
			shardsFor(word).map((key) => shards.get(key) ?? []),
		)?.token;
	}

	test(`the table has at least 50 misspellings, each of a word the collection has`, () => {
		expect(MISSPELLINGS.length).toBeGreaterThanOrEqual(50);
		for (const [, meant] of MISSPELLINGS) expect(resolveWord(meant), meant).toBe(token(meant));
	});

	test.each(MISSPELLINGS)('“%s” finds “%s”', (typed, meant) => {
		expect(resolveWord(typed)).toBe(token(meant));
	});

	test('the suggestion is spelt as the collection spells it, in the form nearest to what was typed', () => {
		expect(suggest('fotosintzee', [shards.get('f')!])?.form).toBe('fotosintēze');
		expect(suggest('vienadojmus', [shards.get('v')!])?.form).toBe('vienādojums');
		expect(suggest('vienadojmu', [shards.get('v')!])?.form).toBe('vienādojumu');
	});

	test.each(['zebra', 'lācis', 'ābele', 'vēstniecība', 'dzelzceļš'])(
		'a real word the collection lacks, “%s”, is not searched as another without asking',
		(word) => {
			const suggestion = suggest(
				word,
				shardsFor(word).map((key) => shards.get(key) ?? []),
			);
			if (suggestion) expect(suggestion.automatic).toBe(false);
		},
	);

	test('short words get no suggestion: any guess would be wild', () => {
		expect(suggest('DNS', [shards.get('d')!])).toBeUndefined();
		expect(suggest('pH', [shards.get('p')!])).toBeUndefined();
	});
});
