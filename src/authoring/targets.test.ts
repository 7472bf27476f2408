import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { readTargets } from './targets.ts';
import { formatIssue } from '../lib/content-issues.ts';

let root: string;
beforeEach(async () => {
	root = await mkdtemp(join(tmpdir(), 'targets-'));
});
afterEach(() => rm(root, { recursive: true, force: true }));

const read = async (yaml: string) => {
	await writeFile(join(root, 'targets.yaml'), yaml);
	return readTargets(root, 'targets.yaml');
};

const valid = `dueSoonDays: 60
deadlines:
  - result: 5
    due: 2025-08-31
    target: 2
    scopes:
      - { subject: fizika, stage: vidusskola }
  - result: 6
    due: 2026-03-31
    target: 2
    scopes:
      - { subject: matematika, stage: pamatskola, target: 3 }
  - result: 7
    due: 2026-06-30
    target: 2
    scopes:
      - { subject: datorika, stage: pamatskola }
  - result: 8
    due: 2026-08-31
    target: 2
    scopes:
      - { subject: latviesu-valoda, stage: pamatskola }
  - result: 9
    due: 2026-12-31
    target: 2
    scopes:
      - { subject: geografija, stage: pamatskola }
`;

describe('targets', () => {
	test('the project’s own file is valid and covers the 15 scopes of seed 000', async () => {
		const { targets, issues } = await readTargets(resolve(import.meta.dirname, '../..'));
		expect(issues).toEqual([]);
		expect(targets?.deadlines.map((d) => d.due)).toEqual(['2025-08-31', '2026-03-31', '2026-06-30', '2026-08-31', '2026-12-31']);
		expect(targets?.deadlines.flatMap((d) => d.scopes)).toHaveLength(15);
	});

	test('a valid file', async () => {
		const { targets, issues } = await read(valid);
		expect(issues).toEqual([]);
		expect(targets?.deadlines[1]?.scopes[0]?.target).toBe(3);
	});

	test('an unknown subject names the entry, its line and the allowed subjects', async () => {
		const { issues } = await read(valid.replace('subject: fizika', 'subject: fizkultura'));
		expect(issues).toEqual([expect.objectContaining({ file: 'targets.yaml', line: 7, field: 'deadlines[0].scopes[0].subject', found: '“fizkultura”' })]);
		expect(issues[0]?.allowed).toContain('fizika');
	});

	test('an impossible date', async () => {
		const { issues } = await read(valid.replace('2026-03-31', '2026-02-30'));
		expect(issues).toEqual([expect.objectContaining({ line: 9, field: 'deadlines[1].due', found: '“2026-02-30”' })]);
	});

	test('a scope twice, in two deadlines, names both', async () => {
		const { issues } = await read(valid.replace('subject: matematika, stage: pamatskola, target: 3', 'subject: fizika, stage: vidusskola'));
		expect(issues).toHaveLength(1);
		expect(formatIssue(issues[0]!)).toMatch(
			/^targets\.yaml:12 — lauks “deadlines\[1\]\.scopes\[0\]”: priekšmets un izglītības pakāpe fizika × vidusskola jau ir termiņā 5\. rezultāts \(2025-08-31\)/,
		);
	});

	test('a subject with a stage where it is not taught', async () => {
		const { issues } = await read(valid.replace('subject: fizika, stage: vidusskola', 'subject: vesture, stage: pamatskola'));
		expect(issues).toEqual([expect.objectContaining({ field: 'deadlines[0].scopes[0].stage', found: '“pamatskola”' })]);
	});

	test('a scope of several subjects has a name, and a subject counts under one deadline only', async () => {
		const joined = valid.replace(
			'subject: matematika, stage: pamatskola, target: 3',
			'subjects: [vesture, socialas-zinatnes], label: Vēsture un sociālās zinātnes, stage: vidusskola',
		);
		const ok = await read(joined);
		expect(ok.issues).toEqual([]);
		expect(ok.targets?.deadlines[1]?.scopes[0]).toMatchObject({
			subject: 'vesture+socialas-zinatnes',
			subjects: ['vesture', 'socialas-zinatnes'],
			label: 'Vēsture un sociālās zinātnes',
		});
		expect((await read(joined.replace(', label: Vēsture un sociālās zinātnes', ''))).issues).toEqual([
			expect.objectContaining({ field: 'deadlines[1].scopes[0].label' }),
		]);
		expect((await read(joined.replace('subjects: [vesture,', 'subject: vesture, subjects: [vesture,'))).issues).toEqual([
			expect.objectContaining({ field: 'deadlines[1].scopes[0].subjects' }),
		]);
		expect((await read(joined.replace('subjects: [vesture, socialas-zinatnes]', 'subjects: [fizika, socialas-zinatnes]'))).issues).toEqual([
			expect.objectContaining({ field: 'deadlines[1].scopes[0]', found: '“fizika × vidusskola”' }),
		]);
	});

	test('deadlines are seed 000’s results 5–9, each once, on the seed’s date', async () => {
		const computed = await read(valid.replace('result: 6', 'result: 4'));
		expect(computed.issues).toEqual([
			expect.objectContaining({ line: 8, field: 'deadlines[1].result', allowed: '5, 6, 7, 8, 9' }),
			expect.objectContaining({ field: 'deadlines', message: 'nav 6. rezultāta termiņa' }),
		]);
		const moved = await read(valid.replace('due: 2026-03-31', 'due: 2026-04-30'));
		expect(moved.issues).toEqual([expect.objectContaining({ line: 9, field: 'deadlines[1].due', allowed: '2026-03-31' })]);
		expect(formatIssue(moved.issues[0]!)).toMatch(/6\. rezultāta termiņš projekta aprakstā ir cits/);
		const cut = valid.slice(0, valid.indexOf('  - result: 9'));
		expect((await read(cut)).issues).toEqual([expect.objectContaining({ field: 'deadlines', message: 'nav 9. rezultāta termiņa' })]);
	});

	test('a missing file and broken YAML', async () => {
		expect((await readTargets(root, 'nav.yaml')).issues).toEqual([expect.objectContaining({ file: 'nav.yaml' })]);
		const { issues } = await read('dueSoonDays: 60\ndeadlines: [\n');
		expect(issues[0]).toEqual(expect.objectContaining({ file: 'targets.yaml', line: expect.any(Number) }));
	});
});
