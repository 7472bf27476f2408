import { mkdtemp, mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { loadMaterials, WORKER_THRESHOLD, workerThreshold } from './collection.ts';
import { MAX_ATTACHMENT_MB } from './files.ts';
import { writeMaterial } from '../test/fixtures.ts';
import { t } from '../i18n/index.ts';
import { formatIssue } from '../lib/content-issues.ts';

let root: string;
const materialsDir = () => join(root, 'content/materials');
const load = () => loadMaterials({ root, materialsDir: materialsDir(), base: '/' });

const write = (id: string, ...rest: Parameters<typeof writeMaterial> extends [string, string, ...infer R] ? R : never) =>
	writeMaterial(materialsDir(), id, ...rest);

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
		await write('fizika/a', { kind: 'darba-lapa' });
		const { materials, issues } = await load();
		expect(issues).toEqual([]);
		// The page's own table of contents is #saturs, so the body's heading is numbered on.
		expect(materials[0]?.rendered.html).toContain('<h2 id="saturs-1">Saturs</h2>');
		expect(materials[0]?.rendered.headings).toEqual([{ depth: 2, slug: 'saturs-1', text: 'Saturs' }]);
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

	test("a topic plan's lessons: a unit's own subject and grades, each in one unit, no more than the unit holds", async () => {
		const unit = { kind: 'temata-plans', duration: { minutes: 120, lessons: 3 } } as const;
		await write('fizika/temats', { ...unit, lessons: ['fizika/a', 'fizika/b', 'kimija/c', 'fizika/temats', 'fizika/d', 'fizika/nav'] });
		await write('fizika/otrs-temats', { ...unit, lessons: ['fizika/a'] });
		await write('fizika/a', { duration: { minutes: 40, lessons: 1 } });
		await write('fizika/b', { duration: { minutes: 80, lessons: 2 } });
		await write('kimija/c');
		await write('fizika/d', { grades: [11] });
		await write('fizika/nav-temats', { lessons: ['fizika/a'] });
		const { issues } = await load();
		const found = issues.map((i) => [i.file.split('/').at(-2), i.field, i.message]);
		expect(found).toEqual(
			expect.arrayContaining([
				['nav-temats', 'lessons', t('schema.lessonsOnlyUnit', { kind: 'Stundas plāns' })],
				['temats', 'lessons[5]', t('issues.missingRelated')],
				['temats', 'lessons[2]', t('issues.lessonSubject', { subject: 'fizika' })],
				['temats', 'lessons[3]', t('issues.selfLesson')],
				['temats', 'lessons[4]', t('issues.lessonGrades', { grades: '10' })],
				// Every lesson found counts: 1 + 2 + 2 + 2 school lessons.
				['temats', 'lessons', t('issues.lessonsTooMany', { sum: 7, total: 3 })],
				// Materials are read in folder order: the second unit to list it is told.
				['temats', 'lessons[0]', t('issues.lessonInTwoUnits', { unit: 'fizika/otrs-temats' })],
			]),
		);
		expect(issues).toHaveLength(7);
		for (const issue of issues) expect(issue.line, JSON.stringify(issue)).toBeGreaterThan(1);
	});

	test('a lesson plan without success criteria or differentiation names the missing section', async () => {
		await write('fizika/a', { kind: 'darba-lapa' }, '## Saturs\n\nTeksts.\n');
		const plan = join(materialsDir(), 'fizika/a/index.mdx');
		await writeFile(
			plan,
			(await readFile(plan, 'utf8')).replace('kind: darba-lapa', 'kind: stundas-plans').replace('## Saturs', '## Diferenciācija un atbalsts'),
		);
		const { issues } = await load();
		expect(issues).toEqual([expect.objectContaining({ file: 'content/materials/fizika/a/index.mdx', construct: '## Snieguma kritēriji' })]);
		expect(formatIssue(issues[0]!)).toContain('“Es …”');
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
		await write('fizika/a', { attachments: [{ file: 'liels.pdf', title: 'Liels fails' }] }, undefined, {
			'liels.pdf': Buffer.alloc(MAX_ATTACHMENT_MB * 1024 * 1024 + 1),
		});
		expect((await load()).issues).toEqual([
			expect.objectContaining({
				field: 'attachments[0].file',
				message: t('issues.attachmentTooLarge', { limit: MAX_ATTACHMENT_MB }),
				found: expect.stringContaining('liels.pdf'),
			}),
		]);
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

	test('a cached rendering is reused, and checked like a fresh one', async () => {
		await write('fizika/a');
		const headings = [
			{ depth: 2, slug: 'snieguma-kriteriji', text: 'Snieguma kritēriji' },
			{ depth: 2, slug: 'diferenciacija', text: 'Diferenciācija' },
		];
		const stale = await loadMaterials({
			root,
			materialsDir: materialsDir(),
			base: '/',
			cached: () => ({ html: '', text: '', headings: [], imagePaths: [], images: [], hasMath: false, internalLinks: [], pupil: { parts: 0, strays: [] } }),
		});
		expect(stale.issues.map((i) => i.construct)).toEqual(['## Snieguma kritēriji', '## Diferenciācija']);
		const { materials } = await loadMaterials({
			root,
			materialsDir: materialsDir(),
			base: '/',
			cached: () => ({
				html: '<p>no kešatmiņas</p>',
				text: 'no kešatmiņas',
				headings,
				imagePaths: [],
				images: [],
				hasMath: false,
				internalLinks: [],
				pupil: { parts: 0, strays: [] },
			}),
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
		await write('matematika/kustiba', { subject: 'matematika', stage: 'pamatskola', grades: [7], course: undefined });
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
	test('the threshold can be lowered for a test build, and only to a whole number', () => {
		expect(workerThreshold(undefined)).toBe(WORKER_THRESHOLD);
		expect(workerThreshold('1')).toBe(1);
		for (const bad of ['0', '-2', '1.5', 'daudz']) expect(() => workerThreshold(bad), bad).toThrow(/RENDER_WORKERS_FROM/);
	});

	// Both load the whole collection twice (once on threads): budgets for a busy 2-core machine, not a quiet one.
	test('gives the same materials and the same messages as rendering in this thread', { timeout: 120_000 }, async () => {
		const root = join(import.meta.dirname, '../..');
		const materialsDir = join(root, 'content/materials');
		const inThread = await loadMaterials({ root, materialsDir, base: '/', workers: false });
		const pooled = await loadMaterials({ root, materialsDir, base: '/', workers: 2 });
		expect(pooled.issues).toEqual(inThread.issues);
		expect(pooled.materials.map((m) => m.id)).toEqual(inThread.materials.map((m) => m.id));
		expect(pooled.materials.map((m) => m.rendered)).toEqual(inThread.materials.map((m) => m.rendered));
		expect(inThread.materials.length).toBeGreaterThan(10);
	});

	test('report a broken body from a worker with its file and line', { timeout: 60_000 }, async () => {
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

describe('hostile materials', () => {
	const messages = async () => (await load()).issues;

	test('a symlink is reported as a symlink, wherever it is', async () => {
		await write('fizika/a', { attachments: [{ file: 'parole.txt', title: 'Parole' }] });
		await symlink('/etc/hostname', join(materialsDir(), 'fizika/a/parole.txt'));
		await mkdir(join(root, 'elsewhere'), { recursive: true });
		await symlink(join(root, 'elsewhere'), join(materialsDir(), 'fizika/b'));
		const issues = await messages();
		expect(issues.map((i) => [i.file, i.message])).toEqual([
			['content/materials/fizika/a/parole.txt', t('text.symlink')],
			['content/materials/fizika/b', t('text.symlink')],
		]);
	});

	test.each([
		['an escape code', 'Virsraksts \u001b[31m sarkans'],
		['a right-to-left override', 'Virsraksts \u202egnirts'],
		['a lone surrogate', 'Virsraksts \ud800'],
		['a C1 control', 'Virsraksts \u0085'],
	])('%s in any metadata field is refused with its field and line', async (_name, text) => {
		await write('fizika/a', { title: text, authors: [{ name: text }] });
		const issues = await messages();
		expect(issues.map((i) => [i.field, i.message])).toEqual([
			['title', t('text.unsafe')],
			['authors[0].name', t('text.unsafe')],
		]);
		expect(issues[0]?.line).toBe(2);
	});

	test('the same characters in the body are refused at their line', async () => {
		await write('fizika/a', {}, '## Saturs\n\nTeksts.\n\nVēl \u202e teksts.\n');
		const [issue, ...rest] = await messages();
		expect(rest).toEqual([]);
		expect(issue).toMatchObject({ message: t('text.unsafe'), found: 'U+202E' });
		expect(issue?.line).toBeGreaterThan(30);
	});

	test('Astro’s image marker in the body is refused, not left to break the build', async () => {
		await write('fizika/a', {}, '## Saturs\n\n__ASTRO_IMAGE_="{}"\n');
		expect((await messages()).map((i) => i.message)).toEqual([t('text.reserved')]);
	});

	test.each(['constructor', 'toString', '__proto__', 'hasOwnProperty'])('<%s> is an unknown element, not a crash', async (name) => {
		await write('fizika/a', {}, `## Saturs\n\n<${name} />\n\nTeksts <${name}>x</${name}>.\n\n<abbr ${name}="x">A</abbr>\n`);
		const issues = await messages();
		expect(issues.map((i) => i.message)).toEqual([t('guard.unknownElement'), t('guard.unknownElement'), t('guard.unknownAttribute')]);
	});

	test('a reference-style image obeys the rules of images', async () => {
		await write('fizika/a', {}, '## Saturs\n\n![Attēls][a]\n\n[a]: https://example.com/x.png\n');
		expect((await messages()).map((i) => i.message)).toEqual([t('guard.imageLocal')]);
	});

	test('an SVG named .png is refused by its bytes, in a reference-style image too', async () => {
		const svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>';
		await write('fizika/a', {}, '## Saturs\n\n![Zīmējums][z]\n\n[z]: ./zimejums.png\n', { 'zimejums.png': svg });
		const issues = await messages();
		expect(issues).toHaveLength(1);
		expect(issues[0]).toMatchObject({ line: expect.any(Number), found: expect.stringContaining('zimejums.png') });
		expect(issues[0]?.message).toContain('SVG');
	});

	test('an earlier address may not take another material’s slug, and there are at most ten', async () => {
		await write('fizika/a', { aliases: ['kimija/b'] });
		await write('matematika/b');
		await write('fizika/c', { aliases: Array.from({ length: 11 }, (_, i) => `fizika/vecs-${i}`) });
		const issues = await messages();
		expect(issues.map((i) => [i.file.split('/').slice(-3, -1).join('/'), i.field])).toEqual([
			['fizika/c', 'aliases'],
			['fizika/a', 'aliases[0]'],
		]);
		expect(issues[1]?.message).toBe(t('issues.aliasSlugTaken', { owner: 'matematika/b' }));
	});

	test('deep nesting is refused before parsing, at its line', async () => {
		await write('fizika/a', {}, `## Saturs\n\n${'>'.repeat(10_000)} a\n`);
		await write('fizika/b', {}, `## Saturs\n\na ${'<sub>'.repeat(5000)}x${'</sub>'.repeat(5000)}\n`);
		const issues = await messages();
		expect(issues.map((i) => i.message)).toEqual([t('limits.containerDepth'), t('limits.elementDepth')]);
		for (const issue of issues) expect(issue.line).toBeGreaterThan(30);
	});
});

test('a material file far over the size limit is not even read', async () => {
	const { MAX_FILE_KB } = await import('./collection.ts');
	await write('fizika/a', {}, `## Saturs\n\n${'Teksts. '.repeat(MAX_FILE_KB * 128 + 10)}\n`);
	const { materials, issues } = await load();
	expect(materials).toEqual([]);
	expect(issues).toEqual([expect.objectContaining({ file: 'content/materials/fizika/a/index.mdx', message: t('limits.bodySize') })]);
});

test('attachments are capped in number and in total size, and an extension named like a built-in is no type', async () => {
	const { MAX_ATTACHMENTS_TOTAL_MB } = await import('./collection.ts');
	const pdf = (mb: number) => Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(mb * 1024 * 1024)]);
	const files = { 'a.pdf': pdf(14), 'b.pdf': pdf(14), 'c.pdf': pdf(14), 'd.constructor': 'x' };
	await write('fizika/a', { attachments: ['a.pdf', 'b.pdf', 'c.pdf'].map((file) => ({ file, title: 'Darba lapa' })) }, undefined, files);
	await write('fizika/b', { attachments: [{ file: 'd.constructor', title: 'Dati' }] }, undefined, files);
	await write('fizika/c', { attachments: Array.from({ length: 21 }, (_, i) => ({ file: `f${i}.csv`, title: 'Dati' })) });
	const { issues } = await load();
	expect(issues.map((issue) => [issue.file.split('/').at(-2), issue.field, issue.message])).toEqual([
		['a', 'attachments[2].file', t('issues.attachmentsTotal', { limit: MAX_ATTACHMENTS_TOTAL_MB })],
		['b', 'attachments[0].file', t('schema.attachmentType')],
		['c', 'attachments', expect.any(String)],
	]);
});
