import { describe, expect, test } from 'vitest';
import {
	EXCERPT_WORDS,
	excerpt,
	FACETS,
	paramsFromState,
	publishedDocument,
	searchDocumentPath,
	searchDocumentUrl,
	searchRecord,
	stateFromParams,
	type SearchDocument,
} from './search.ts';

const document: SearchDocument = {
	url: '/materiali/matematika/vienadojumi/',
	title: 'Lineāri vienādojumi',
	topic: 'Lineāri vienādojumi',
	outcomes: ['Atrisina lineāru vienādojumu.'],
	summary: 'Temata plāns.',
	area: 'matematika',
	subject: 'matematika',
	stage: 'pamatskola',
	grades: [7, 8],
	kind: 'temata-plans',
	skills: ['kritiska-domasana', 'sadarbiba'],
	published: '2026-01-20',
	text: 'Skolēns atrisina vienādojumu. Vienādojumi — svari.',
};

describe('the Pagefind record', () => {
	test('holds the text as tokens, word for word, and the title, topic and outcomes as tokens in meta', () => {
		const record = searchRecord(document, 41);
		expect(record.content).toBe('skolenq atrisinq vienadojumq vienadojumq svarq');
		expect(record.meta).toEqual({ title: 'linearq vienadojumq', topic: 'linearq vienadojumq', outcomes: 'atrisinq linearq vienadojumq' });
		expect(record.language).toBe('lv');
		// The facets are in the facet table, at the row the sort key names.
		expect(record.sort).toEqual({ n: '0000041' });
		expect(record).not.toHaveProperty('filters');
	});

	test('the facets, in order', () => {
		expect(FACETS.map((f) => f.key)).toEqual(['joma', 'prieksmets', 'klase', 'posms', 'limenis', 'veids', 'prasme']);
	});
});

describe('the address of a search', () => {
	test('round-trips query and facets', () => {
		const params = new URLSearchParams('q=vienādojumi&klase=7&klase=8&prieksmets=matematika');
		const state = stateFromParams(params);
		expect(state).toEqual({ query: 'vienādojumi', filters: { prieksmets: ['matematika'], klase: ['7', '8'] } });
		expect(paramsFromState(state).toString()).toBe('q=vien%C4%81dojumi&prieksmets=matematika&klase=7&klase=8');
	});

	test('ignores unknown facets and values', () => {
		expect(stateFromParams(new URLSearchParams('klase=13&krasa=zila&veids=stundas-plans'))).toEqual({ query: '', filters: { veids: ['stundas-plans'] } });
	});
});

describe('excerpts', () => {
	const text = 'Stundas sākumā skolēni atkārto, kas ir vienādojums. Tad katrs vienādojums tiek atrisināts ar svaru modeli un pārbaudīts.';

	test('marks the matched words and keeps the original spelling', () => {
		// Token positions: stundas 0, sākumā 1, skolēni 2, atkārto 3, kas 4, ir 5, vienādojums 6, tad 7, katrs 8, vienādojums 9
		const parts = excerpt(text, [6, 9], 30);
		expect(parts.filter((p) => p.marked).map((p) => p.text)).toEqual(['vienādojums.', 'vienādojums']);
		expect(parts.map((p) => p.text).join('')).toBe(text);
	});

	test('starts near the first match and shows where text was left out', () => {
		const parts = excerpt(text, [9], 6);
		const shown = parts.map((p) => p.text).join('');
		expect(shown.startsWith('… ')).toBe(true);
		expect(shown.endsWith(' …')).toBe(true);
		expect(shown).toContain('vienādojums');
	});

	test('without a match in the text, shows its beginning', () => {
		expect(
			excerpt(text, [], 3)
				.map((p) => p.text)
				.join(''),
		).toBe('Stundas sākumā skolēni …');
	});
});

describe('where a search document is published', () => {
	test('beside the site’s other search data, by material id, with or without a base path', () => {
		expect(searchDocumentPath('fizika/briva-krisana')).toBe('meklet/dati/fizika/briva-krisana.json');
		expect(searchDocumentUrl('/materiali/fizika/briva-krisana/')).toBe('/meklet/dati/fizika/briva-krisana.json');
		expect(searchDocumentUrl('/portals/materiali/fizika/briva-krisana/')).toBe('/portals/meklet/dati/fizika/briva-krisana.json');
	});
});

describe('the published search document', () => {
	test('keeps the first EXCERPT_WORDS words of the text, as written', () => {
		const long = Array.from({ length: EXCERPT_WORDS + 50 }, (_, i) => `vārds${i}`).join(' \n');
		const published = publishedDocument({ ...document, text: long });
		expect(published.text).toBe(long.split(' \n').slice(0, EXCERPT_WORDS).join(' \n'));
		expect(published.title).toBe(document.title);
		expect(publishedDocument(document)).toBe(document);
	});
});
