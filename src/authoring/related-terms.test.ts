import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { compileRelatedTerms, readRelatedTerms } from './related-terms.ts';
import { formatIssue } from '../lib/content-issues.ts';
import { token } from '../lib/latvian.ts';

let root: string;
beforeEach(async () => {
	root = await mkdtemp(join(tmpdir(), 'related-terms-'));
});
afterEach(() => rm(root, { recursive: true, force: true }));

const read = async (yaml: string) => {
	await writeFile(join(root, 'termini.yaml'), yaml);
	return readRelatedTerms(root, 'termini.yaml');
};

describe('the related-terms file', () => {
	test('the project’s own file is valid', async () => {
		const { file, issues } = await readRelatedTerms(resolve(import.meta.dirname, '../..'));
		expect(issues).toEqual([]);
		expect(file!.entries.length).toBeGreaterThan(10);
	});

	test('compiles to the tokens a query is compared by', async () => {
		const { file } = await read('entries:\n  - terms: [DNS, dezoksiribonukleīnskābe]\n  - terms: [Ņūtona likumi]\n    related: [dinamika]\n');
		const compiled = compileRelatedTerms(file!);
		expect(compiled.entries[1]).toEqual({
			terms: [{ label: 'Ņūtona likumi', tokens: [token('Ņūtona'), token('likumi')] }],
			related: [{ label: 'dinamika', tokens: [token('dinamika')] }],
		});
	});

	test.each([
		['a term with nothing to relate it to', 'entries:\n  - terms: [DNS]\n', 2, 'entries[0].terms', /vismaz divus/],
		[
			'a subject’s name, which acts as a filter',
			'entries:\n  - terms: [gravitācija]\n    related: [spēks]\n  - terms: [fizika, dabaszinātne]\n',
			4,
			'entries[1].terms[0]',
			/darbojas kā atlase/,
		],
		['a grade', 'entries:\n  - terms: [7. klase, septītā klase]\n', 2, 'entries[0].terms[0]', /darbojas kā atlase/],
		[
			'the same term in two entries',
			'entries:\n  - terms: [DNS, dezoksiribonukleīnskābe]\n  - terms: [RNS, ribonukleīnskābe]\n  - terms: [dns]\n    related: [gēns]\n',
			4,
			'entries[2].terms[0]',
			/jau ir 1\. ierakstā/,
		],
		['a term twice in one entry', 'entries:\n  - terms: [fermenti, enzīmi]\n    related: [Enzīmi]\n', 3, 'entries[0].related[0]', /ierakstā jau ir/],
		['a term without words', 'entries:\n  - terms: ["— …", spēks]\n', 2, 'entries[0].terms[0]', /nav neviena vārda/],
		[
			'an unknown field',
			'entries:\n  - terms: [DNS, dezoksiribonukleīnskābe]\n    sinonimi: [x]\n',
			3,
			'entries[0].sinonimi',
			/nezināms lauks.*terms, related/,
		],
	])('refuses %s, naming the file, line and field', async (_, yaml, line, field, message) => {
		const { file, issues } = await read(yaml);
		expect(file).toBeUndefined();
		expect(issues).toEqual([expect.objectContaining({ file: 'termini.yaml', line, field })]);
		expect(formatIssue(issues[0]!)).toMatch(message);
	});

	test('a missing file is an error that names it', async () => {
		expect((await readRelatedTerms(root, 'nav.yaml')).issues).toEqual([expect.objectContaining({ file: 'nav.yaml' })]);
	});
});
