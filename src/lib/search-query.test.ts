import { describe, expect, test } from 'vitest';
import { token } from './latvian.ts';
import { concepts, MAX_QUERY_WORDS, namedFacets, queryWords, readSearch, RELATED_WEIGHT, termTokens, withoutSpans, type RelatedTerms } from './search-query.ts';

const facets = (query: string) => namedFacets(query).map(({ key, value }) => `${key}=${value}`);

describe('query words', () => {
	test('are letters and digits; an apostrophe inside a word (the Latvian dead key) joins it', () => {
		expect(queryWords("fotosint'eze, un  DNS!").map((word) => word.text)).toEqual(['fotosinteze', 'un', 'DNS']);
		const [word] = queryWords('  Ņūtona');
		expect(word).toMatchObject({ start: 2, end: 8, token: token('Ņūtona') });
	});
});

describe('facet words in a query', () => {
	test.each([
		['7. klase', ['klase=7']],
		['7 klase', ['klase=7']],
		['7.klasei', ['klase=7']],
		['vienādojumi 8. kl.', ['klase=8']],
		['10.–12. klasei', ['klase=10', 'klase=11', 'klase=12']],
		['11-12 klasēm', ['klase=11', 'klase=12']],
		['13. klase', []],
		['Latvija 1990. gadā', []],
		['1. pasaules karš', []],
	])('grades: “%s”', (query, expected) => {
		expect(facets(query)).toEqual(expected);
	});

	test.each([
		['fizika', ['prieksmets=fizika']],
		['fizikā kustība', ['prieksmets=fizika']],
		['ķīmijas darba lapas', ['prieksmets=kimija', 'veids=darba-lapa']],
		['kimija darba lapa', ['prieksmets=kimija', 'veids=darba-lapa']],
		['latviešu valodas kontroldarbs', ['prieksmets=latviesu-valoda', 'veids=summativa-vertesana']],
		['sociālās zinības un vēsture 5. klasei', ['prieksmets=socialas-zinibas-un-vesture', 'klase=5']],
		['sociālās zinības', ['prieksmets=socialas-zinibas']],
		['vidusskolas stundas plāns', ['posms=vidusskola', 'veids=stundas-plans']],
		['augstākais līmenis', ['limenis=augstakais']],
		['mācību materiāls par šūnām', []],
		['valoda un stils', []],
	])('subjects, stages, kinds and levels: “%s”', (query, expected) => {
		expect(facets(query)).toEqual(expected);
	});

	test('the rest of the query is what is searched as text', () => {
		const query = 'fizika 10. klase, kustības likumi';
		expect(withoutSpans(query, namedFacets(query))).toBe('kustības likumi');
		expect(withoutSpans('darba lapa', namedFacets('darba lapa'))).toBe('');
	});

	test('a facet the query names replaces that facet of the address; the others stay', () => {
		const reading = readSearch('fotosintēze 10. klase', { klase: ['7'], veids: ['darba-lapa'] });
		expect(reading.filters).toEqual({ klase: ['10'], veids: ['darba-lapa'] });
		expect(reading.rest).toBe('fotosintēze');
		expect(reading.named.map((facet) => facet.key)).toEqual(['klase']);
		expect(readSearch('7.–9. klase', {}).filters).toEqual({ klase: ['7', '8', '9'] });
	});
});

describe('concepts', () => {
	const term = (label: string) => ({ label, tokens: termTokens(label) });
	const related: RelatedTerms = {
		entries: [
			{ terms: [term('DNS'), term('dezoksiribonukleīnskābe')], related: [] },
			{ terms: [term('Ņūtona likumi')], related: [term('dinamika'), term('smaguma spēks')] },
		],
	};
	const alternatives = (query: string) =>
		concepts(query, related).map((concept) => [concept.text, concept.alternatives.map((a) => `${a.tokens.join('+')}${a.weight < 1 ? '~' : ''}`)]);

	test('each meaningful word is one; stopwords only count when nothing else is left', () => {
		expect(alternatives('vienādojumi un nevienādības')).toEqual([
			['vienādojumi', [token('vienādojumi')]],
			['nevienādības', [token('nevienādības')]],
		]);
		expect(alternatives('un')).toEqual([['un', [token('un')]]]);
		expect(alternatives('vienādojums vienādojumi')).toHaveLength(1);
	});

	test('a pasted paragraph is searched by its first words only', () => {
		const paragraph = Array.from({ length: 500 }, (_, i) => `vārds${String.fromCharCode(97 + (i % 26))}${i}`).join(' ');
		expect(concepts(paragraph, related)).toHaveLength(MAX_QUERY_WORDS);
		expect(concepts('<img src=x onerror=alert(1)>', related).map((concept) => concept.text)).toEqual(['img', 'src', 'x', 'onerror', 'alert', '1']);
	});

	test('equal terms find each other, both ways', () => {
		expect(alternatives('DNS')).toEqual([['DNS', [token('DNS'), token('dezoksiribonukleīnskābe')]]]);
		expect(alternatives('dezoksiribonukleīnskābes uzbūve')[0]).toEqual(['dezoksiribonukleīnskābes', [token('dezoksiribonukleīnskābe'), token('DNS')]]);
	});

	test('a phrase adds its related terms, at a lower weight, to each of its words, one way only', () => {
		expect(alternatives('Ņūtona likumi')).toEqual([
			['Ņūtona', [token('Ņūtona'), `${token('dinamika')}~`, `${token('smaguma')}+${token('spēks')}~`]],
			['likumi', [token('likumi'), `${token('dinamika')}~`, `${token('smaguma')}+${token('spēks')}~`]],
		]);
		expect(concepts('Ņūtona likumi', related)[0]!.alternatives[1]).toMatchObject({ weight: RELATED_WEIGHT, label: 'dinamika' });
		// Not the phrase: the words alone have no related terms, and "dinamika" does not find Ņūtona likumi.
		expect(alternatives('likumi')).toEqual([['likumi', [token('likumi')]]]);
		expect(alternatives('dinamika')).toEqual([['dinamika', [token('dinamika')]]]);
	});
});
