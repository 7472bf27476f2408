/**
 * The code the browser runs carries only the sections of the dictionary it uses: bundled
 * here as the site's build bundles it (Vite, tree-shaken), since one stray `t()` import
 * would put all of `lv.ts` into the search page again.
 */
import { resolve } from 'node:path';
import { build, type Rolldown } from 'vite';
import { expect, test } from 'vitest';
import * as dictionary from './lv.ts';

const root = resolve(import.meta.dirname, '../..');

/** Each script the browser gets, with the sections of the dictionary it may carry. */
const ENTRIES = {
	search: { path: 'src/search/search-page.ts', sections: ['search', 'grades'] },
	// The island's strings come as props, so it carries none.
	progress: { path: 'src/components/progress/ProgressBoard.tsx', sections: [] },
} as const satisfies Record<string, { path: string; sections: readonly (keyof typeof dictionary)[] }>;

const stringsOf = (value: unknown): string[] =>
	typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(stringsOf) : [];

/** Each entry's code, with the chunks it imports. */
async function bundles(): Promise<Record<keyof typeof ENTRIES, string>> {
	const result = (await build({
		root,
		configFile: false,
		logLevel: 'silent',
		build: {
			write: false,
			minify: false,
			rolldownOptions: {
				input: Object.fromEntries(Object.entries(ENTRIES).map(([name, { path }]) => [name, resolve(root, path)])),
				// Kept out as the site's build shares them; they hold no strings of ours.
				external: [/^react(-dom)?(\/|$)/],
				// The entries' exports are what the pages call.
				preserveEntrySignatures: 'strict',
			},
		},
	})) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[];
	const chunks = (Array.isArray(result) ? result : [result]).flatMap((output) => output.output).filter((file) => file.type === 'chunk');
	const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
	// Chunks only: React, kept out, is imported by name.
	const codeOf = (chunk: Rolldown.OutputChunk): string =>
		[chunk.code, ...chunk.imports.flatMap((name) => (byName.has(name) ? [codeOf(byName.get(name)!)] : []))].join('\n');
	return Object.fromEntries(chunks.filter((chunk) => chunk.isEntry).map((chunk) => [chunk.name, codeOf(chunk)])) as Record<keyof typeof ENTRIES, string>;
}

/**
 * Strings of other sections found in `code`, one line a section. Only strings of three words
 * or more count: a word or two ("Klase", "Meklēt") also turns up in labels of its own.
 */
function leaks(code: string, sections: readonly string[]): string[] {
	const allowed = new Set(sections.flatMap((section) => stringsOf(dictionary[section as keyof typeof dictionary])));
	return (
		Object.entries(dictionary)
			.filter(([section]) => section !== 'lv' && !sections.includes(section))
			.map(([section, strings]) => ({
				section,
				found: stringsOf(strings).filter((text) => !allowed.has(text) && text.split(/\s+/).length >= 3 && code.includes(text)),
			}))
			.filter(({ found }) => found.length > 0)
			// A section and one of its strings say enough: the whole dictionary would be hundreds.
			.map(({ section, found }) => `${section} (${found.length}): ${found[0]}`)
	);
}

test('browser scripts carry only the dictionary sections they use', { timeout: 20_000 }, async () => {
	const code = await bundles();
	expect(Object.keys(code).sort()).toEqual(Object.keys(ENTRIES).sort());
	// What the search page writes in the browser is there…
	expect(code.search).toContain(dictionary.search.tips);
	expect(code.search).toContain(dictionary.grades.range);
	// …and nothing else.
	for (const [name, { path, sections }] of Object.entries(ENTRIES)) {
		expect(leaks(code[name as keyof typeof ENTRIES], sections), `${path} carries strings of sections it does not use`).toEqual([]);
	}
});
