import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { readResults } from './results.ts';
import { formatIssue } from '../lib/content-issues.ts';

let root: string;
beforeEach(async () => {
	root = await mkdtemp(join(tmpdir(), 'results-'));
});
afterEach(() => rm(root, { recursive: true, force: true }));

const TODAY = '2026-12-03';
const read = async (yaml: string) => {
	await writeFile(join(root, 'rezultati.yaml'), yaml);
	return readResults(root, 'rezultati.yaml', TODAY);
};
const entry = (fields: string) =>
	`figures:\n  - result: 1\n    date: 2025-08-31\n    value: 40\n    of: 43\n    source: Ceturkšņa pārskats\n    enteredBy: Projekta vadītājs\n${fields}`;

describe('the entered figures file', () => {
	test('the project’s own file is valid', async () => {
		const { results, issues } = await readResults(resolve(import.meta.dirname, '../..'));
		expect(issues).toEqual([]);
		expect(results).toBeDefined();
	});

	test('the browser tests’ figures are valid too', async () => {
		const { results, issues } = await readResults(resolve(import.meta.dirname, '../..'), 'tests/fixtures/results/rezultati.yaml', TODAY);
		expect(issues).toEqual([]);
		expect(new Set(results!.figures.map((f) => f.result))).toEqual(new Set([1, 2, 3, 10, 11]));
	});

	test('reads a measurement with its source and who entered it', async () => {
		const { results } = await read(entry('    note: divas pašvaldības sāka septembrī\n'));
		expect(results!.figures).toEqual([
			{
				result: 1,
				date: '2025-08-31',
				value: 40,
				of: 43,
				source: 'Ceturkšņa pārskats',
				enteredBy: 'Projekta vadītājs',
				note: 'divas pašvaldības sāka septembrī',
			},
		]);
	});

	test.each([
		[
			'a result the portal computes',
			'figures:\n  - result: 4\n    date: 2025-08-31\n    value: 40\n    source: Pārskats\n    enteredBy: Vadītājs\n',
			2,
			'figures[0].result',
			/1, 2, 3, 10, 11/,
		],
		[
			'a share without its whole',
			'figures:\n  - result: 2\n    date: 2025-08-31\n    value: 40\n    source: Pārskats\n    enteredBy: Vadītājs\n',
			2,
			'figures[0].of',
			/kopskaitu.*izglītības iestāžu/,
		],
		[
			'a whole for a count',
			'figures:\n  - result: 11\n    date: 2025-08-31\n    value: 40\n    of: 50\n    source: Pārskats\n    enteredBy: Vadītājs\n',
			5,
			'figures[0].of',
			/tikai īpatsvara/,
		],
		['more than the whole', entry('').replace('value: 40', 'value: 44'), 4, 'figures[0].value', /lielāka par kopskaitu 43.*no 0 līdz 43/],
		['a date in the future', entry('').replace('2025-08-31', '2027-01-31'), 3, 'figures[0].date', /nākotnē.*2024-10-01 līdz 2026-12-03/],
		['a date before the project', entry('').replace('2025-08-31', '2023-12-31'), 3, 'figures[0].date', /pirms projekta sākuma/],
		['a date that is not a date', entry('').replace('2025-08-31', '31.08.2025'), 3, 'figures[0].date', /GGGG-MM-DD/],
		['a negative value', entry('').replace('value: 40', 'value: -3'), 4, 'figures[0].value', /par mazu/],
		['no source', entry('').replace('    source: Ceturkšņa pārskats\n', ''), 2, 'figures[0].source', /obligāts/],
		['an unknown field', entry('    avots: pārskats\n'), 8, 'figures[0].avots', /nezināms lauks/],
		[
			'two measurements of one result on one day',
			entry('  - result: 1\n    date: 2025-08-31\n    value: 41\n    of: 43\n    source: Labots pārskats\n    enteredBy: Vadītājs\n'),
			9,
			'figures[1].date',
			/jau ir mērījums \(1\. ierakstā\)/,
		],
	])('refuses %s, naming the file, line and field', async (_, yaml, line, field, message) => {
		const { results, issues } = await read(yaml);
		expect(results).toBeUndefined();
		expect(issues).toEqual([expect.objectContaining({ file: 'rezultati.yaml', line, field })]);
		expect(formatIssue(issues[0]!)).toMatch(message);
	});

	test('broken YAML is named with its line', async () => {
		const { issues } = await read('figures:\n  - result: 1\n    date: [2025\n');
		expect(issues[0]).toEqual(expect.objectContaining({ file: 'rezultati.yaml' }));
		expect(issues[0]!.line).toBeGreaterThan(0);
	});

	test('a missing file is an error that names it', async () => {
		expect((await readResults(root, 'nav.yaml', TODAY)).issues).toEqual([expect.objectContaining({ file: 'nav.yaml' })]);
	});
});
