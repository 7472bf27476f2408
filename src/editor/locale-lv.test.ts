import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
// @ts-expect-error: decap-cms-locales ships no types; its English phrases are nested strings, like ours.
import en from 'decap-cms-locales/dist/esm/en/index.js';
import { describe, expect, test } from 'vitest';
import { DECAP_LV } from './locale-lv.ts';

const require = createRequire(import.meta.url);

interface Phrases {
	[key: string]: string | Phrases;
}

/** Every string of a nested phrase object, by its dotted key. */
function flatten(phrases: Phrases, prefix = ''): Map<string, string> {
	const result = new Map<string, string>();
	for (const [key, value] of Object.entries(phrases)) {
		const path = prefix ? `${prefix}.${key}` : key;
		if (typeof value === 'string') result.set(path, value);
		else for (const [inner, text] of flatten(value, path)) result.set(inner, text);
	}
	return result;
}

/** Polyglot's placeholders in a string, sorted, each as often as it occurs. */
const placeholders = (text: string) => [...text.matchAll(/%\{(\w+)\}/g)].map((match) => match[1]).sort();

const english = flatten(en as Phrases);
const latvian = flatten(DECAP_LV);

/**
 * How many plural forms Polyglot expects for `lv`, from the copy bundled in Decap: it has no rule for Latvian,
 * so it uses the English one, which has two.
 */
function pluralFormsForLatvian(): number {
	const bundle = readFileSync(require.resolve('decap-cms/dist/decap-cms.js'), 'utf8');
	const mapping = /pluralTypeToLanguages:(\{[^}]*\})/.exec(bundle)?.[1];
	if (!mapping) throw new Error('Polyglot’s pluralTypeToLanguages not found in the Decap bundle');
	const languages = JSON.parse(mapping.replace(/(\w+):/g, '"$1":')) as Record<string, string[]>;
	const type = (language: string) => Object.keys(languages).find((name) => languages[name]!.includes(language));
	const rule = type('lv') ?? type('en');
	// The rule for English (and German, Dutch…): the one form for exactly 1, the other for every other count.
	expect(rule, 'Polyglot has a rule for Latvian now: give each plural string its forms').toBe('german');
	expect(bundle).toMatch(/german:function\((\w)\)\{return 1!==\1\?1:0\}/);
	return 2;
}

describe('DECAP_LV', () => {
	test('has exactly the English locale’s keys', () => {
		expect([...latvian.keys()].sort()).toEqual([...english.keys()].sort());
	});

	test('keeps each English string’s placeholders, in every plural form', () => {
		const changed = [...latvian]
			.filter(([key]) => english.has(key))
			.flatMap(([key, text]) => text.split('||||').map((form) => ({ key, form, expected: placeholders(english.get(key)!.split('||||')[0]!) })))
			.filter(({ form, expected }) => placeholders(form).join() !== expected.join());
		expect(changed).toEqual([]);
	});

	test('gives each plural string as many forms as Polyglot’s rule for lv', () => {
		const forms = pluralFormsForLatvian();
		const plurals = [...english].filter(([, text]) => text.includes('%{smart_count}'));
		expect(plurals.length).toBeGreaterThan(0);
		for (const [key] of plurals) expect(latvian.get(key)!.split('||||'), key).toHaveLength(forms);
		for (const [key, text] of latvian) if (!english.get(key)?.includes('%{smart_count}')) expect(text, key).not.toContain('||||');
	});

	test('is Latvian, not English left in place', () => {
		const same = [...latvian].filter(([key, text]) => text === english.get(key) && /\p{L}{3}/u.test(text.replace(/%\{\w+\}/g, '')));
		expect(same.map(([key]) => key)).toEqual(['editor.editorWidgets.markdown.markdown']);
	});
});
