import { describe, expect, test } from 'vitest';
import { explainYamlError, keptLines, MAX_YAML_DEPTH, parseSource } from './frontmatter.ts';

const file = 'content/materials/fizika/a/index.mdx';

describe('parseSource', () => {
	test('splits YAML and body and keeps line numbers', () => {
		const parsed = parseSource('---\ntitle: Ātrums\ngrades:\n  - 10\n  - 11\n---\n\n## Ievads\n', file);
		if ('issues' in parsed) throw new Error('expected success');
		expect(parsed.data).toEqual({ title: 'Ātrums', grades: [10, 11] });
		expect(parsed.body).toBe('\n## Ievads\n');
		expect(parsed.bodyLine).toBe(7);
		expect(parsed.lineOf(['title'])).toBe(2);
		expect(parsed.lineOf(['grades', 1])).toBe(5);
		// A missing field points at its parent, or at the start of the frontmatter.
		expect(parsed.lineOf(['grades', 7])).toBe(4);
		expect(parsed.lineOf(['summary'])).toBe(1);
	});

	test('dates stay text, so an impossible date cannot roll over into another month', () => {
		const parsed = parseSource('---\npublished: 2025-02-30\n---\n', file);
		if ('issues' in parsed) throw new Error('expected success');
		expect(parsed.data.published).toBe('2025-02-30');
	});

	test('keeps what the author wrote for numbers', () => {
		const parsed = parseSource('---\nversion: 1.0\n---\n', file);
		if ('issues' in parsed) throw new Error('expected success');
		expect(parsed.data.version).toBe(1);
		expect(parsed.sourceOf(['version'])).toBe('1.0');
	});

	test('a file without frontmatter', () => {
		expect(parseSource('## Ievads\n', file)).toEqual({ issues: [expect.objectContaining({ file, line: 1 })] });
	});

	test('frontmatter that is never closed', () => {
		expect(parseSource('---\ntitle: x\n## Ievads\n', file)).toEqual({ issues: [expect.objectContaining({ line: 1 })] });
	});

	test('a YAML error names its line', () => {
		const parsed = parseSource('---\ntitle: x\ntitle: y\n---\n', file);
		expect(parsed).toEqual({ issues: [expect.objectContaining({ file, line: 3 })] });
	});

	test('a YAML tag that asks for code is refused', () => {
		const parsed = parseSource('---\ntitle: x\ntopic: !!js/function "function () {}"\n---\n', file);
		expect(parsed).toEqual({ issues: [expect.objectContaining({ file, line: 3 })] });
	});

	test('frontmatter that is a list, not fields', () => {
		expect(parseSource('---\n- a\n---\n', file)).toEqual({ issues: [expect.objectContaining({ line: 2 })] });
	});

	test('a byte-order mark and Windows line ends are accepted', () => {
		const parsed = parseSource('\uFEFF---\r\ntitle: x\r\n---\r\nTeksts\r\n', file);
		if ('issues' in parsed) throw new Error('expected success');
		expect(parsed.data).toEqual({ title: 'x' });
		expect(parsed.bodyLine).toBe(4);
	});

	test('a YAML alias bomb is refused with its lines, before anything is expanded', () => {
		const bomb = [
			'title: x',
			'a: &a [x, x, x, x, x, x, x, x, x]',
			...'bcdefghi'.split('').map((name, i) => `${name}: &${name} [${`*${'abcdefghi'[i]}, `.repeat(8)}*${'abcdefghi'[i]}]`),
		];
		const parsed = parseSource(`---\n${bomb.join('\n')}\n---\n`, file);
		if (!('issues' in parsed)) throw new Error('expected issues');
		// Each kind once, at its first line.
		expect(parsed.issues).toEqual([
			{ file, line: 3, message: 'YAML enkuri (&nosaukums) metadatos nav atļauti; ja vērtība sākas ar &, liec to pēdiņās' },
			{ file, line: 4, message: 'YAML atsauces (*nosaukums) metadatos nav atļautas; ieraksti vērtību pilnībā, bet, ja tā sākas ar *, liec to pēdiņās' },
		]);
	});

	test('a value that starts with * is an alias, refused with a hint instead of a crash', () => {
		expect(parseSource('---\ntitle: x\nsummary: *Svarīgi*\n---\n', file)).toEqual({
			issues: [{ file, line: 3, message: expect.stringMatching(/^YAML atsauces \(\*nosaukums\) metadatos nav atļautas/) }],
		});
	});

	test('nesting deeper than the limit is refused', () => {
		const deep = `${'['.repeat(MAX_YAML_DEPTH)}x${']'.repeat(MAX_YAML_DEPTH)}`;
		expect(parseSource(`---\ntitle: x\ngrades: ${deep}\n---\n`, file)).toEqual({
			issues: [{ file, line: 3, message: `metadati ir ligzdoti dziļāk par ${MAX_YAML_DEPTH} līmeņiem` }],
		});
		// One level less is fine.
		expect(parseSource(`---\ngrades: ${deep.slice(1, -1)}\n---\n`, file)).not.toHaveProperty('issues');
	});

	test('nesting 10 000 deep is an issue, not a crash', () => {
		const parsed = parseSource(`---\ntitle: x\ngrades: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n---\n`, file);
		if (!('issues' in parsed)) throw new Error('expected issues');
		expect(parsed.issues.length).toBeGreaterThan(0);
		expect(parsed.issues.length).toBeLessThanOrEqual(10);
		expect(parsed.issues[0]).toMatchObject({ file, line: 3 });
		expect(parsed.issues[0]!.message).toMatch(/^Metadatu YAML sintakses kļūda: metadati ir pārāk dziļi ligzdoti|^metadati ir ligzdoti dziļāk/);
	});

	test.each([
		[
			'BAD_INDENT',
			'title: x\nsource:\n  title: a\n url: b',
			5,
			'nepareiza atkāpe: viena līmeņa laukiem un saraksta ierakstiem jāsākas vienādā attālumā no rindas sākuma',
		],
		['DUPLICATE_KEY', 'title: x\ntitle: y', 3, 'lauks atkārtojas; katru lauku drīkst norādīt tikai vienreiz'],
		['MISSING_CHAR', 'title: "Ātrums', 2, 'trūkst zīmes: pārbaudi, vai pēdiņas un iekavas ir aizvērtas un vai aiz lauka nosaukuma ir kols'],
		['MULTILINE_IMPLICIT_KEY', 'title\nsummary: x', 2, 'lauks jāraksta vienā rindā formā “lauks: vērtība”; vērtības turpinājumam jābūt ar atkāpi'],
		['BLOCK_AS_IMPLICIT_KEY', 'title: Ātrums: 5 m/s', 2, 'vērtībā ir kols ar atstarpi (“: ”); liec visu vērtību pēdiņās, piemēram, title: "Ātrums: 5 m/s"'],
		['TAG_RESOLVE_FAILED', 'title: !foo x', 2, 'YAML birkas (piemēram, !!js/function vai !foo) metadatos nav atļautas; ja vērtība sākas ar !, liec to pēdiņās'],
		['BAD_ALIAS', 'a: &a 1\nb: *', 3, 'nepareiza YAML atsauce (*) vai enkurs (&); ja vērtība sākas ar * vai &, liec to pēdiņās'],
		['UNEXPECTED_TOKEN', 'title: x\n]', 3, 'negaidīta zīme; pārbaudi iekavas, pēdiņas un atkāpes šajā rindā'],
		['TAB_AS_INDENT', 'source:\n\ttitle: x', 3, 'atkāpei jālieto atstarpes, nevis tabulācijas zīmes'],
		['BAD_SCALAR_START', 'title: @x', 2, 'vērtība nedrīkst sākties ar šo zīmi (piemēram, @, `, %, | vai >); liec visu vērtību pēdiņās'],
		['KEY_OVER_1024_CHARS', `${'k'.repeat(1100)}: 1`, 2, 'lauka nosaukums ir garāks par 1024 rakstzīmēm; droši vien trūkst kola vai rindas beigu'],
		['ALIAS_PROPS', 'a: &x 1\nb: !!str *x', 3, 'YAML atsaucei (*) nedrīkst pievienot birku (!) vai enkuru (&)'],
		['BAD_DQ_ESCAPE', 'title: "C:\\q"', 2, 'pēdiņās "…" atpakaļvērstā slīpsvītra \\ sāk speciālu zīmi; raksti \\\\ vai liec vērtību vienpēdiņās \'…\''],
		['MULTIPLE_ANCHORS', 'a: &x &y 1', 2, 'vērtībai drīkst būt tikai viens YAML enkurs (&)'],
		['MULTIPLE_TAGS', 'a: !!str !!str 1', 2, 'vērtībai drīkst būt tikai viena YAML birka (!)'],
	])('%s is explained in Latvian', (_code, yaml, line, detail) => {
		const parsed = parseSource(`---\n${yaml}\n---\n`, file);
		if (!('issues' in parsed)) throw new Error('expected issues');
		expect(parsed.issues[0]).toEqual({ file, line, message: `Metadatu YAML sintakses kļūda: ${detail}` });
	});

	test.each([
		['BAD_DIRECTIVE', 'nezināma YAML direktīva (rinda, kas sākas ar %); metadatos direktīvas nav vajadzīgas'],
		['BAD_PROP_ORDER', 'nepareiza YAML enkura (&) un birkas (!) secība'],
		['BLOCK_IN_FLOW', 'iekavās [ … ] vai { … } nedrīkst būt vairākrindu vērtības'],
		['IMPOSSIBLE', 'YAML parsētājs šo rindu nesaprata; pārbaudi tās pierakstu'],
		['MULTIPLE_DOCS', 'metadatos drīkst būt tikai viens YAML dokuments; noņem lieko rindu “---” vai “...”'],
		['NON_STRING_KEY', 'lauka nosaukumam jābūt tekstam'],
		['RESOURCE_EXHAUSTION', 'metadati ir pārāk dziļi ligzdoti vai pārāk sarežģīti, lai tos nolasītu'],
		['BAD_COLLECTION_TYPE', 'YAML birka neatbilst vērtības veidam; birkas metadatos nav vajadzīgas'],
		['SOMETHING_NEW', 'YAML kļūda (kods SOMETHING_NEW); pārbaudi šīs rindas pierakstu'],
	])('%s, which frontmatter cannot easily show, is explained too', (code, detail) => {
		expect(explainYamlError({ code } as never)).toBe(`Metadatu YAML sintakses kļūda: ${detail}`);
	});
});

describe('keptLines', () => {
	test('gives the lines the parsed document gave, for fields, their items and keys, after the document is gone', () => {
		const parsed = parseSource(
			'---\ntitle: Kustība\nrelated:\n  - fizika/a\n  - fizika/b\nauthors:\n  - name: Anna\ncourse:\n  id: fizika\n---\nTeksts\n',
			'x.mdx',
		);
		if ('issues' in parsed) throw new Error('the file should parse');
		const lineOf = keptLines(parsed);
		for (const path of [['title'], ['related'], ['related', 0], ['related', 1], ['authors', 0], ['course', 'id']])
			expect(lineOf(path), path.join('.')).toBe(parsed.lineOf(path));
		expect(lineOf(['related', 1])).toBe(5);
		// A deeper path or a missing item points at the nearest field that exists, as lineOf does.
		expect(lineOf(['authors', 0, 'name'])).toBe(7);
		expect(lineOf(['related', 7])).toBe(parsed.lineOf(['related']));
		expect(lineOf(['missing'])).toBe(parsed.lineOf(['missing']));
	});
});
