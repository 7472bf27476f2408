import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { loadMaterials, MAX_ATTACHMENT_MB } from './collection.ts';
import { writeMaterial } from '../test/fixtures.ts';

let root: string;
const materialsDir = () => join(root, 'content/materials');
const load = () => loadMaterials({ root, materialsDir: materialsDir(), base: '/' });

const write = (id: string, ...rest: Parameters<typeof writeMaterial> extends [string, string, ...infer R] ? R : never) => writeMaterial(materialsDir(), id, ...rest);

beforeEach(async () => {
	root = await mkdtemp(join(tmpdir(), 'materiali-'));
});

afterEach(async () => {
	await rm(root, { recursive: true, force: true });
});

describe('loadMaterials', () => {
	test('loads and renders valid materials, drafts included but marked', async () => {
		await write('fizika/a', { related: ['fizika/b'] });
		await write('fizika/b', { status: 'melnraksts' }, '## B\n');
		const { materials, issues } = await load();
		// A published material may not point at a draft.
		expect(issues).toEqual([expect.objectContaining({ file: 'content/materials/fizika/a/index.mdx', field: 'related[0]', found: 'fizika/b' })]);
		expect(materials.map((m) => [m.id, m.data.status])).toEqual([
			['fizika/a', 'publicets'],
			['fizika/b', 'melnraksts'],
		]);
	});

	test('renders the body with headings', async () => {
		await write('fizika/a');
		const { materials, issues } = await load();
		expect(issues).toEqual([]);
		expect(materials[0]?.rendered.html).toContain('<h2 id="saturs">Saturs</h2>');
		expect(materials[0]?.rendered.headings).toEqual([{ depth: 2, slug: 'saturs', text: 'Saturs' }]);
	});

	test('a related material that does not exist', async () => {
		await write('fizika/a', { related: ['fizika/nav-tada'] });
		await write('fizika/b');
		const { issues } = await load();
		expect(issues).toEqual([expect.objectContaining({ field: 'related[0]', found: 'fizika/nav-tada', allowed: 'fizika/a, fizika/b' })]);
		expect(issues[0]?.line).toBeGreaterThan(1);
	});

	test('a material related to itself', async () => {
		await write('fizika/a', { related: ['fizika/a'] });
		expect((await load()).issues).toEqual([expect.objectContaining({ field: 'related' })]);
	});

	test('a link in the text to a material that does not exist', async () => {
		await write('fizika/a', {}, 'Sk. [šo](/materiali/fizika/nav/).\n');
		expect((await load()).issues).toEqual([expect.objectContaining({ construct: 'saite', found: '/materiali/fizika/nav/' })]);
	});

	test('an attachment that is not in the folder', async () => {
		await write('fizika/a', { attachments: [{ file: 'darba-lapa.pdf', title: 'Darba lapa' }] });
		expect((await load()).issues).toEqual([expect.objectContaining({ field: 'attachments[0].file', found: 'darba-lapa.pdf' })]);
	});

	test('an attachment that is too large', async () => {
		await write('fizika/a', { attachments: [{ file: 'liels.pdf', title: 'Liels fails' }] }, undefined, { 'liels.pdf': Buffer.alloc(MAX_ATTACHMENT_MB * 1024 * 1024 + 1) });
		expect((await load()).issues).toEqual([expect.objectContaining({ field: 'attachments[0].file', found: '15.0 MB' })]);
	});

	test('the subject folder must match the subject', async () => {
		await write('kimija/a', { subject: 'fizika' });
		expect((await load()).issues).toEqual([expect.objectContaining({ field: 'subject', found: 'fizika', allowed: 'kimija' })]);
	});

	test('folder names are checked', async () => {
		await write('fizika/Brīvā krišana');
		expect((await load()).issues).toEqual([expect.objectContaining({ found: 'fizika/Brīvā krišana' })]);
	});

	test('stray files and folders without index.mdx are reported', async () => {
		await mkdir(join(materialsDir(), 'fizika/tukss'), { recursive: true });
		await writeFile(join(materialsDir(), 'fizika/piezimes.md'), 'x');
		const { issues } = await load();
		expect(issues.map((i) => i.file).sort()).toEqual(['content/materials/fizika/piezimes.md', 'content/materials/fizika/tukss']);
	});

	test('frontmatter and body problems are reported together', async () => {
		await write('fizika/a', { summary: 'Īss' }, '<script>alert(1)</script>\n');
		const { issues, materials } = await load();
		expect(issues.map((i) => i.field ?? i.construct)).toEqual(['summary', '<script>']);
		expect(materials).toEqual([]);
	});

	test('a cached rendering is reused', async () => {
		await write('fizika/a');
		const { materials } = await loadMaterials({
			root,
			materialsDir: materialsDir(),
			base: '/',
			cached: () => ({ html: '<p>no kešatmiņas</p>', text: 'no kešatmiņas', headings: [], imagePaths: [], hasMath: false, internalLinks: [] }),
		});
		expect(materials[0]?.rendered.html).toBe('<p>no kešatmiņas</p>');
	});

	test('attachment links carry the site’s base path', async () => {
		await write('fizika/a', { attachments: [{ file: 'dati.csv', title: 'Dati' }] }, '[Dati](./dati.csv)\n', { 'dati.csv': 't,s\n' });
		const { materials } = await loadMaterials({ root, materialsDir: materialsDir(), base: '/portals/' });
		expect(materials[0]?.rendered.html).toContain('href="/portals/materiali/fizika/a/dati.csv"');
	});
});

describe('addresses', () => {
	test('a folder name used in two subjects', async () => {
		await write('fizika/kustiba');
		await write('matematika/kustiba', { subject: 'matematika', stage: 'pamatskola', grades: [7], courseLevel: undefined });
		expect((await load()).issues).toEqual([expect.objectContaining({ file: 'content/materials/matematika/kustiba/index.mdx', found: 'kustiba' })]);
	});

	test('an earlier address that belongs to another material', async () => {
		await write('fizika/a', { aliases: ['fizika/b'] });
		await write('fizika/b');
		expect((await load()).issues).toEqual([expect.objectContaining({ field: 'aliases[0]', found: 'fizika/b' })]);
	});

	test('the same earlier address claimed twice', async () => {
		await write('fizika/a', { aliases: ['fizika/vecs'] });
		await write('fizika/b', { aliases: ['fizika/vecs'] });
		expect((await load()).issues).toEqual([expect.objectContaining({ file: 'content/materials/fizika/b/index.mdx', field: 'aliases[0]' })]);
	});

	test('a published material may not keep placeholders from the template', async () => {
		await write('fizika/a', {}, '## Saturs\n\n[aizpildi: teksts]\n');
		const { issues } = await load();
		expect(issues).toEqual([expect.objectContaining({ construct: '[aizpildi:', found: '[aizpildi: teksts]' })]);
		expect(issues[0]?.line).toBeGreaterThan(20);
	});

	test('a draft may keep them', async () => {
		await write('fizika/a', { status: 'melnraksts' }, '## Saturs\n\n[aizpildi: teksts]\n');
		expect((await load()).issues).toEqual([]);
	});
});

describe('rendering on worker threads', () => {
	test('gives the same materials and the same messages as rendering in this thread', async () => {
		const root = join(import.meta.dirname, '../..');
		const materialsDir = join(root, 'content/materials');
		const inThread = await loadMaterials({ root, materialsDir, base: '/', workers: false });
		const pooled = await loadMaterials({ root, materialsDir, base: '/', workers: 2 });
		expect(pooled.issues).toEqual(inThread.issues);
		expect(pooled.materials.map((m) => m.id)).toEqual(inThread.materials.map((m) => m.id));
		expect(pooled.materials.map((m) => m.rendered)).toEqual(inThread.materials.map((m) => m.rendered));
		expect(inThread.materials.length).toBeGreaterThan(10);
	});

	test('report a broken body from a worker with its file and line', async () => {
		await write('fizika/a', {}, 'Teksts.\n\n<script>alert(1)</script>\n');
		await write('matematika/b', {}, 'Formula $\\frac{1}{$ nav pabeigta.\n');
		await write('kimija/c');
		const inThread = await loadMaterials({ root, materialsDir: materialsDir(), base: '/', workers: false });
		const pooled = await loadMaterials({ root, materialsDir: materialsDir(), base: '/', workers: 2 });
		expect(inThread.issues.map((issue) => issue.file)).toEqual(['content/materials/fizika/a/index.mdx', 'content/materials/matematika/b/index.mdx']);
		expect(inThread.issues.every((issue) => issue.line !== undefined)).toBe(true);
		expect(pooled.issues).toEqual(inThread.issues);
		expect(pooled.materials.map((m) => m.id)).toEqual(['kimija/c']);
	});
});
