import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, expect, test } from 'vitest';

const run = promisify(execFile);
const script = resolve(import.meta.dirname, 'new-material.ts');
let dir: string;

beforeEach(async () => {
	dir = await mkdtemp(join(tmpdir(), 'materiali-cli-'));
});
afterEach(async () => {
	await rm(dir, { recursive: true, force: true });
});

const newMaterial = (...args: string[]) => run(process.execPath, [script, ...args], { env: { ...process.env, MATERIALS_DIR: dir } });

test('writes a draft from flags, with a folder name from the Latvian title', async () => {
	const { stdout } = await newMaterial('--title', 'Ķīmisko reakciju ātrums', '--subject', 'Ķīmija', '--grades', '11', '--kind', 'stundas-plans');
	const file = join(dir, 'kimija/kimisko-reakciju-atrums/index.mdx');
	expect(existsSync(file)).toBe(true);
	expect(stdout).toContain('kimija/kimisko-reakciju-atrums/index.mdx');
	const text = readFileSync(file, 'utf8');
	expect(text).toContain('subject: kimija');
	expect(text).toContain('stage: vidusskola');
	expect(text).toContain('status: melnraksts');
});

test('refuses grades of a stage the subject is not taught in', async () => {
	await expect(newMaterial('--title', 'Cikli Python valodā', '--subject', 'programmesana', '--grades', '7', '--kind', 'stundas-plans')).rejects.toMatchObject({
		stderr: expect.stringContaining('Vērtība “7” neder'),
	});
});

test('does not overwrite an existing material', async () => {
	const args = ['--title', 'Procenti ikdienā', '--subject', 'matematika', '--grades', '6', '--kind', 'stundas-plans'];
	await newMaterial(...args);
	await expect(newMaterial(...args)).rejects.toMatchObject({ stderr: expect.stringContaining('jau pastāv') });
});

test('without a terminal, names the missing answers', async () => {
	await expect(newMaterial('--title', 'Procenti ikdienā')).rejects.toMatchObject({ stderr: expect.stringContaining('--subject') });
});
