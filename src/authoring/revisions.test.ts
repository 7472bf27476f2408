import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { loadMaterials } from './collection.ts';
import { checkRevisions, readBase } from './revisions.ts';
import { writeMaterial } from '../test/fixtures.ts';
import type { MaterialInput } from '../schemas/material.ts';

let root: string;
const materialsDir = () => join(root, 'content/materials');
const git = (...args: string[]) => execFileSync('git', args, { cwd: root, stdio: 'pipe' }).toString();

const v1: Partial<MaterialInput> = {
	version: '1.0.0',
	published: '2025-06-12',
	updated: '2025-06-12',
	changelog: [{ version: '1.0.0', date: '2025-06-12', changes: 'Pirmā versija.' }],
};
const v11: Partial<MaterialInput> = {
	version: '1.1.0',
	published: '2025-06-12',
	updated: '2025-09-03',
	changelog: [
		{ version: '1.1.0', date: '2025-09-03', changes: 'Pievienots uzdevums.' },
		{ version: '1.0.0', date: '2025-06-12', changes: 'Pirmā versija.' },
	],
};

async function check() {
	const { base, changed } = await readBase(root, materialsDir(), 'main');
	const { materials, issues } = await loadMaterials({ root, materialsDir: materialsDir(), base: '/' });
	expect(issues).toEqual([]);
	return { changed, ...checkRevisions({ base, current: materials, changed, materialsPath: 'content/materials' }) };
}

beforeEach(async () => {
	root = await mkdtemp(join(tmpdir(), 'materiali-git-'));
	git('init', '-q', '-b', 'main');
	git('config', 'user.email', 'tests@example.invalid');
	git('config', 'user.name', 'Tests');
	await writeMaterial(materialsDir(), 'fizika/a', v1);
	await writeMaterial(materialsDir(), 'fizika/b', v1);
	git('add', '.');
	git('commit', '-q', '-m', 'base');
	git('checkout', '-q', '-b', 'labojums');
});

afterEach(async () => {
	await rm(root, { recursive: true, force: true });
});

describe('versions in a pull request', () => {
	test('nothing changed, nothing to say', async () => {
		const result = await check();
		expect(result).toMatchObject({ issues: [], withdrawn: [], changed: new Set() });
	});

	test('a changed text without a new version is refused', async () => {
		await writeMaterial(materialsDir(), 'fizika/a', v1, '## Saturs\n\nLabots teksts.\n');
		const { issues, changed } = await check();
		expect(changed).toEqual(new Set(['fizika/a']));
		expect(issues).toEqual([expect.objectContaining({ file: 'content/materials/fizika/a/index.mdx', field: 'version', found: '1.0.0', allowed: '> 1.0.0' })]);
	});

	test('a changed attachment counts as a change', async () => {
		await writeFile(join(materialsDir(), 'fizika/b/dati.csv'), 't,s\n');
		const { issues } = await check();
		expect(issues).toEqual([expect.objectContaining({ file: 'content/materials/fizika/b/index.mdx', field: 'version' })]);
	});

	test('a new version with a change-log entry passes', async () => {
		await writeMaterial(materialsDir(), 'fizika/a', v11, '## Saturs\n\nLabots teksts.\n');
		expect((await check()).issues).toEqual([]);
	});

	test('rewriting the change log is refused', async () => {
		await writeMaterial(materialsDir(), 'fizika/a', {
			...v11,
			published: '2025-07-01',
			changelog: [
				{ version: '1.1.0', date: '2025-09-03', changes: 'Pievienots uzdevums.' },
				{ version: '1.0.0', date: '2025-07-01', changes: 'Pirmā versija.' },
			],
		});
		expect((await check()).issues).toEqual([expect.objectContaining({ field: 'changelog', found: '1.0.0 (2025-06-12)' })]);
	});

	test('a move keeps the old address as an alias and bumps the version', async () => {
		git('mv', 'content/materials/fizika/b', 'content/materials/fizika/b-jauns');
		await writeMaterial(materialsDir(), 'fizika/b-jauns', { ...v1, aliases: ['fizika/b'] });
		expect((await check()).issues).toEqual([expect.objectContaining({ file: 'content/materials/fizika/b-jauns/index.mdx', field: 'version' })]);
		await writeMaterial(materialsDir(), 'fizika/b-jauns', { ...v11, aliases: ['fizika/b'] });
		expect((await check()).issues).toEqual([]);
	});

	test('a move without the old address is refused', async () => {
		git('mv', 'content/materials/fizika/b', 'content/materials/fizika/b-jauns');
		const { issues } = await check();
		expect(issues).toEqual([expect.objectContaining({ file: 'content/materials/fizika/b/index.mdx', found: 'fizika/b-jauns' })]);
	});

	test('a withdrawal alone is reported, not refused', async () => {
		git('rm', '-q', '-r', 'content/materials/fizika/b');
		expect(await check()).toMatchObject({ issues: [], withdrawn: ['fizika/b'] });
	});

	test('a brand-new material needs no history', async () => {
		await writeMaterial(materialsDir(), 'fizika/c', v1);
		const result = await check();
		expect(result.issues).toEqual([]);
		expect(result.changed).toEqual(new Set(['fizika/c']));
	});
});
