import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { loadMaterials } from './collection.ts';
import { materialFile, PLACEHOLDER, stageForGrades } from './template.ts';
import { KIND_IDS, type KindId } from '../schemas/vocabulary.ts';

let root: string;

beforeEach(async () => {
	root = await mkdtemp(join(tmpdir(), 'materiali-new-'));
});
afterEach(async () => {
	await rm(root, { recursive: true, force: true });
});

async function load(id: string, text: string) {
	const folder = join(root, 'content/materials', id);
	await mkdir(folder, { recursive: true });
	await writeFile(join(folder, 'index.mdx'), text);
	return loadMaterials({ root, materialsDir: join(root, 'content/materials'), base: '/' });
}

/** What an author does: fill every placeholder and publish. */
const fillIn = (text: string) =>
	text
		.replaceAll(/\[aizpildi: Skolēns[^\]]*\]/g, 'Skolēns aprēķina ātrumu.')
		.replaceAll(/\[aizpildi: recenzent[^\]]*\]/g, 'Dabaszinātņu mācību jomas koordinatori')
		.replaceAll(/\[aizpildi: [^\]]*\]/g, 'Aizpildīts teksts par tematu')
		.replace('status: melnraksts', 'status: publicets');

describe('npm run new', () => {
	test('grades decide the stage, and must not span two', () => {
		expect(stageForGrades([7, 8])).toBe('pamatskola');
		expect(stageForGrades([10])).toBe('vidusskola');
		expect(stageForGrades([9, 10])).toBeUndefined();
		expect(stageForGrades([13])).toBeUndefined();
	});

	test.each(KIND_IDS)('a new %s is a valid draft, and valid once filled in', async (kind: KindId) => {
		const text = materialFile({ title: 'Brīvā krišana', subject: 'fizika', grades: [10], kind, today: '2026-11-24' });
		expect(text).toContain(PLACEHOLDER);
		const draft = await load('fizika/briva-krisana', text);
		expect(draft.issues).toEqual([]);
		expect(draft.materials[0]?.data.status).toBe('melnraksts');

		const published = await load('fizika/briva-krisana', text.replace('status: melnraksts', 'status: publicets'));
		expect(published.issues.map((i) => i.construct)).toEqual([PLACEHOLDER]);

		const filled = await load('fizika/briva-krisana', fillIn(text));
		expect(filled.issues).toEqual([]);
		expect(filled.materials[0]?.data).toMatchObject({ kind, stage: 'vidusskola', grades: [10], status: 'publicets' });
	});
});
