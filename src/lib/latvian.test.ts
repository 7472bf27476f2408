import { describe, expect, test } from 'vitest';
import { chunks, fold, stem, token, tokens } from './latvian.ts';

/**
 * Word forms that must meet: each line is one noun or adjective in its common cases —
 * singular and plural nominative, genitive, dative, accusative, locative — with and
 * without diacritics. Lines must not meet each other.
 */
const PARADIGMS: Record<string, string[]> = {
	vienādojums: [
		'vienādojums',
		'vienādojuma',
		'vienādojumam',
		'vienādojumu',
		'vienādojumā',
		'vienādojumi',
		'vienādojumiem',
		'vienādojumus',
		'vienādojumos',
		'vienadojums',
		'vienadojumu',
		'VIENĀDOJUMI',
	],
	skola: ['skola', 'skolas', 'skolai', 'skolu', 'skolā', 'skolām', 'skolās', 'skolam'],
	vadītājs: ['vadītājs', 'vadītāja', 'vadītājam', 'vadītāju', 'vadītājā', 'vadītāji', 'vadītājiem', 'vadītājos', 'vaditajs'],
	kāja: ['kāja', 'kājas', 'kājai', 'kāju', 'kājā', 'kājām', 'kajas'],
	lācis: ['lācis', 'lāča', 'lācim', 'lāci', 'lācī', 'lāči', 'lāču', 'lāčiem', 'lāčus', 'lāčos', 'lacis', 'lacu'],
	upe: ['upe', 'upes', 'upei', 'upi', 'upē', 'upju', 'upēm', 'upēs', 'upem'],
	zivs: ['zivs', 'zivij', 'zivi', 'zivī', 'zivju', 'zivīm', 'zivis', 'zivim'],
	ūdens: ['ūdens', 'ūdenim', 'ūdeni', 'ūdenī', 'ūdeņi', 'ūdeņu', 'ūdeņiem', 'udens', 'udenu'],
	tirgus: ['tirgus', 'tirgum', 'tirgu', 'tirgū', 'tirgi', 'tirgiem', 'tirgos'],
	sirds: ['sirds', 'sirdij', 'sirdi', 'sirdī', 'sirdis', 'siržu', 'sirdīm', 'sirzu'],
	nakts: ['nakts', 'naktij', 'nakti', 'naktī', 'naktis', 'nakšu', 'naktīm', 'naksu'],
	briedis: ['briedis', 'brieža', 'briedim', 'briedi', 'brieži', 'briežu', 'briežiem', 'briezu'],
	matemātika: ['matemātika', 'matemātikas', 'matemātikai', 'matemātiku', 'matemātikā', 'matematika', 'matematikai'],
	zaļš: ['zaļš', 'zaļa', 'zaļam', 'zaļu', 'zaļā', 'zaļi', 'zaļiem', 'zaļus', 'zaļos', 'zaļais', 'zaļajam', 'zaļajā', 'zaļajiem', 'zals', 'zaliem'],
	skolotājs: ['skolotājs', 'skolotāja', 'skolotājam', 'skolotāju', 'skolotājā', 'skolotāji', 'skolotājiem', 'skolotājus', 'skolotajs'],
	fotosintēze: ['fotosintēze', 'fotosintēzes', 'fotosintēzei', 'fotosintēzi', 'fotosintēzē', 'fotosinteze', 'fotosintezes'],
	kurmis: ['kurmis', 'kurmja', 'kurmim', 'kurmji', 'kurmju', 'kurmjiem'],
	mēness: ['mēness', 'mēnesim', 'mēnesi', 'mēnesī', 'mēneši', 'mēnešu', 'menesi'],
	vecs: ['vecs', 'veca', 'vecam', 'vecu', 'vecā', 'veci', 'veciem', 'vecās', 'vecajiem'],
	paātrinājums: ['paātrinājums', 'paātrinājuma', 'paātrinājumu', 'paātrinājumā', 'paatrinajums', 'paatrinajumu'],
	kustība: ['kustība', 'kustības', 'kustībai', 'kustību', 'kustībā', 'kustībām', 'kustiba', 'kustibas'],
	rīkste: ['rīkste', 'rīkstes', 'rīkstei', 'rīksti', 'rīkšu', 'rikste'],
	valoda: ['valoda', 'valodas', 'valodai', 'valodu', 'valodā', 'valodām', 'valodās'],
};

describe('Latvian stemming', () => {
	const forms = Object.values(PARADIGMS).flat();

	test('the table holds at least 100 real word forms', () => {
		expect(forms.length).toBeGreaterThanOrEqual(100);
	});

	test.each(Object.entries(PARADIGMS))('every form of “%s” meets the same token', (_lemma, paradigm) => {
		const expected = token(paradigm[0]!);
		for (const form of paradigm) expect(token(form), form).toBe(expected);
	});

	test('different words keep different tokens', () => {
		const heads = Object.values(PARADIGMS).map((p) => token(p[0]!));
		expect(new Set(heads).size).toBe(heads.length);
		expect(token('skola')).not.toBe(token('skolotājs'));
		expect(token('lapa')).not.toBe(token('lapsa'));
		expect(token('kaza')).not.toBe(token('kase'));
	});

	test('short words are not cut to nothing', () => {
		expect(token('ir')).toBe('irq');
		expect(token('un')).toBe('unq');
		expect(token('ola')).toBe('olq');
		expect(token('olas')).toBe('olq');
	});

	test.each([
		['vienadojumiem', 'vienadojum'],
		['laci', 'lac'],
		['upju', 'up'],
		['nakts', 'naks'],
		['briedis', 'briez'],
		['zalajiem', 'zal'],
		['skolotajam', 'skolos'],
	])('stem(%s) = %s', (folded, stemmed) => {
		expect(stem(folded)).toBe(stemmed);
	});
});

describe('tokens', () => {
	test('fold removes diacritics and case', () => {
		expect(fold('Ķīmija ĢEOGRĀFIJA')).toBe('kimija geografija');
	});

	test('every token ends with q, and q never appears inside one', () => {
		expect(token('Quiz')).toBe('kuizq');
		for (const t of tokens('Aqua, quod erat — 2025. gada 31. marts!')) expect(t).toMatch(/^[a-z0-9]+q$/);
	});

	test('numbers stay as written', () => {
		expect(token('2026.')).toBe('2026q');
		expect(token('10.')).toBe('10q');
	});

	test('chunks keep the original spelling for excerpts, aligned with the token stream', () => {
		const text = 'Ātrums — fizikāls lielums; sociāli-emocionālā mācīšanās.';
		const parts = chunks(text);
		expect(parts.map((c) => c.text).join('')).toBe(text);
		expect(parts.map((c) => c.tokens.length)).toEqual([1, 0, 1, 1, 2, 1]);
		expect(parts.flatMap((c) => c.tokens)).toEqual(tokens(text));
	});
});
