/** Taking a material into class: pupil and teacher copies, printed; lessons in sequence; feedback. */
import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { publishedMaterials, pathOf } from './collection.ts';
import { hasPupilCopy, isTeachersKind } from '../../src/authoring/copies.ts';
import { LICENSES } from '../../src/schemas/vocabulary.ts';
import { formatDate } from '../../src/lib/dates.ts';
import { readSettings } from '../../src/settings.ts';
import type { LoadedMaterial } from '../../src/authoring/collection.ts';

const pupilPath = (id: string) => `${pathOf(id)}skolenam/`;
const withCopy = async () => (await publishedMaterials()).filter((m) => hasPupilCopy(m.data.kind, m.rendered.pupil));

/** Prints the page as Chromium does for a reader (its own @page size and footer) and reads the PDF back. */
async function printed(page: Page) {
	const dir = await mkdtemp(join(tmpdir(), 'eksemplars-'));
	const file = join(dir, 'copy.pdf');
	await page.pdf({ path: file, preferCSSPageSize: true });
	const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
	const texts = Array.from({ length: pages }, (_, i) => execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), file, '-'], { encoding: 'utf8' }));
	const text = (n: number) => texts[n - 1]!;
	// How far down each page the ink reaches: text, ruled lines, tables, pictures alike. Each page is
	// drawn in grey at 24 dpi; the footer sits in the bottom margin (16 mm of 297) and is left out.
	const fill = Array.from({ length: pages }, (_, i) => {
		const prefix = join(dir, `page-${i + 1}`);
		execFileSync('pdftoppm', ['-r', '24', '-gray', '-f', String(i + 1), '-l', String(i + 1), '-singlefile', file, prefix]);
		const image = readFileSync(`${prefix}.pgm`);
		const header = /^P5\s+(\d+)\s+(\d+)\s+\d+\s/.exec(image.subarray(0, 40).toString('latin1'))!;
		const [width, height] = [Number(header[1]), Number(header[2])];
		const pixels = image.subarray(header[0].length);
		let last = 0;
		for (let y = 0; y < height * 0.93; y++) {
			for (let x = 0; x < width; x++) if (pixels[y * width + x]! < 200) last = y;
		}
		return last / height;
	});
	await rm(dir, { recursive: true, force: true });
	return { pages, text, fill };
}

const compact = (text: string) => text.replace(/[\s-]+/g, '');

test.describe('pupil and teacher copies', () => {
	test('every material with tasks for pupils has a pupil copy, linked from it, with no answer or teacher note', async ({ page }) => {
		const materials = await publishedMaterials();
		const copies = await withCopy();
		expect(copies.length).toBeGreaterThanOrEqual(20);
		for (const material of materials) {
			await page.goto(pathOf(material.id));
			const link = page.getByRole('link', { name: 'Skolēna eksemplārs' });
			if (!copies.includes(material)) {
				await expect(link, material.id).toHaveCount(0);
				// A teacher's kind without pupil parts has no tasks for pupils (the check refuses them).
				expect(isTeachersKind(material.data.kind), material.id).toBe(true);
				expect(await page.locator('.prose .task').count(), material.id).toBe(0);
				continue;
			}
			const tasks = await page.locator('.prose .task__title').allInnerTexts();
			await link.click();
			await expect(page).toHaveURL(new RegExp(`${pupilPath(material.id)}$`));
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(material.data.title);
			await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
			// Nothing the teacher keeps: answers, notes, the label of the pupil parts.
			for (const selector of ['.answer', '.teacher-only', '.teacher-note', 'details', '.pupil-part__label']) {
				await expect(page.locator(selector), `${material.id}: ${selector}`).toHaveCount(0);
			}
			// Every task the pupils are given, with the same numbers the teacher's plan refers to.
			expect(await page.locator('.prose .task__title').allInnerTexts(), material.id).toEqual(tasks);
			// Images are optimised as on the material page, and load.
			expect(await page.content()).not.toContain('__ASTRO_IMAGE_');
			for (const image of await page.locator('.prose img').all()) {
				await image.scrollIntoViewIfNeeded();
				await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), material.id).toBe(true);
			}
		}
	});

	test('a pupil copy is whole without JavaScript', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		const material = (await withCopy()).find((m) => m.rendered.html.includes('class="task"'))!;
		await page.goto(pupilPath(material.id));
		await expect(page.locator('.prose .task').first()).toBeVisible();
		await expect(page.getByText('Vārds, uzvārds')).toBeVisible();
		await context.close();
	});

	test('pupil copies stay out of the sitemap', async ({ request }) => {
		const index = await (await request.get('/sitemap-index.xml')).text();
		const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
		for (const sitemap of sitemaps) expect(await (await request.get(sitemap)).text()).not.toContain('/skolenam/');
	});
});

test.describe('printing the two copies', () => {
	/** A material whose first answer says something the tasks do not. */
	async function withAnswer(): Promise<{ material: LoadedMaterial; answer: string }> {
		for (const material of await withCopy()) {
			const answer = /<div class="answer__body"><p>([^<]{25,})<\/p>/.exec(material.rendered.html)?.[1];
			if (answer && !material.rendered.pupilHtml?.includes(answer)) return { material, answer };
		}
		throw new Error('no material with a plain-text answer');
	}

	test('the pupil copy prints without answers, the teacher copy with them; every page says what and where it is', async ({ page }) => {
		const { material, answer } = await withAnswer();
		for (const [path, hasAnswer] of [
			[pupilPath(material.id), false],
			[pathOf(material.id), true],
		] as const) {
			await page.goto(path);
			const address = await page.locator('link[rel="canonical"]').getAttribute('href');
			const { pages, text } = await printed(page);
			const all = compact(Array.from({ length: pages }, (_, i) => text(i + 1)).join(''));
			expect(all.includes(compact(answer)), `${path}: the answer “${answer}”`).toBe(hasAnswer);
			for (let n = 1; n <= pages; n++) {
				const pageText = compact(text(n));
				for (const part of [address!, `· ${n}/${pages}`]) expect(pageText, `${path}, page ${n}: ${part}`).toContain(compact(part));
				// The left box's lines may come out between the right box's, so its words are looked for without the address.
				const left = pageText.replace(compact(address!), '');
				for (const part of [
					material.data.title,
					`versija ${material.data.version}`,
					formatDate(material.data.updated),
					LICENSES[material.data.license].short,
				]) {
					expect(left, `${path}, page ${n}: ${part}`).toContain(compact(part));
				}
			}
		}
	});

	test('no printed page but the last is left mostly empty', async ({ page }) => {
		// The longest copies (PRINT_ALL=99 prints every one): long tables, many tasks, boxes that must not split.
		// A table row is never split, so a very tall row may still end a page at about half of it: the bound is
		// a third, which a forced break before a long box or writing space (what this guards against) falls below.
		const copies = (await withCopy()).sort((a, b) => b.rendered.text.length - a.rendered.text.length).slice(0, Number(process.env.PRINT_ALL ?? 6));
		for (const material of copies) {
			for (const path of [pupilPath(material.id), pathOf(material.id)]) {
				await page.goto(path);
				const { fill } = await printed(page);
				fill
					.slice(0, -1)
					.forEach((share, i) => expect.soft(share, `${path}, page ${i + 1} of ${fill.length} is filled to ${Math.round(share * 100)}%`).toBeGreaterThan(0.35));
			}
		}
	});
});

test.describe('editable downloads', () => {
	/** Converts a document with LibreOffice, as a teacher's office program would open it. */
	function convert(file: string, to: 'html' | 'pdf'): string {
		const dir = join(file, '..');
		// A profile of its own: two conversions at once must not share one.
		execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', to, '--outdir', dir, file], {
			stdio: 'pipe',
			timeout: 120_000,
		});
		return join(
			dir,
			`${file
				.split('/')
				.at(-1)!
				.replace(/\.docx$/, '')}.${to}`,
		);
	}

	async function downloaded(page: Page, name: RegExp, dir: string): Promise<string> {
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
		const file = join(dir, download.suggestedFilename());
		await download.saveAs(file);
		return file;
	}

	const words = (text: string) => text.replace(/\s+/g, ' ').trim();

	test('both copies download as DOCX that LibreOffice opens with the same text, tables and images', async ({ page }) => {
		const copies = await withCopy();
		// The copy with the most to carry over: pictures, tables and formulas.
		const score = (m: LoadedMaterial) =>
			(m.rendered.images.length > 0 ? 100 : 0) + (m.rendered.html.match(/<table/g)?.length ?? 0) + (m.rendered.hasMath ? 10 : 0);
		const material = [...copies].sort((a, b) => score(b) - score(a))[0]!;
		const dir = await mkdtemp(join(tmpdir(), 'docx-'));
		await page.goto(pathOf(material.id));
		const teacherPage = {
			tables: await page.locator('.prose table').count(),
			images: await page.locator('.prose img').count(),
			headings: (await page.locator('.prose h2, .prose h3').allInnerTexts()).map(words),
			tasks: (await page.locator('.prose .task__title').allInnerTexts()).map(words),
		};
		expect(teacherPage.tables + teacherPage.images).toBeGreaterThan(0);

		const teacher = await downloaded(page, /Skolotāja eksemplārs \(DOCX\)/, dir);
		expect(teacher).toMatch(/-skolotajam\.docx$/);
		const html = readFileSync(convert(teacher, 'html'), 'utf8');
		const text = words(
			html
				.replace(/<[^>]+>/g, ' ')
				.replace(/&nbsp;/g, ' ')
				.replace(/&amp;/g, '&'),
		);
		expect(html.match(/<table/g)?.length ?? 0, 'tables').toBe(teacherPage.tables);
		// Pictures are the document's own media (LibreOffice's HTML shows each formula as a picture too).
		const media = Object.keys(unzipSync(readFileSync(teacher))).filter((name) => name.startsWith('word/media/'));
		expect(media, 'images').toHaveLength(teacherPage.images);
		// Formulas are Word equations, which LibreOffice reads as formula objects.
		if (material.rendered.hasMath) expect(strFromU8(unzipSync(readFileSync(teacher))['word/document.xml']!)).toContain('<m:oMath>');
		for (const part of [material.data.title, ...teacherPage.headings, ...teacherPage.tasks]) expect(text, part).toContain(words(part));
		// It opens as a printable document too.
		expect(Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [convert(teacher, 'pdf')], { encoding: 'utf8' }))?.[1])).toBeGreaterThan(0);

		// The pupil's copy, from the same page: the tasks without the answers.
		const pupil = await downloaded(page, /Skolēna eksemplārs \(DOCX\)/, dir);
		const pupilText = words(readFileSync(convert(pupil, 'html'), 'utf8').replace(/<[^>]+>/g, ' '));
		for (const task of teacherPage.tasks) expect(pupilText, task).toContain(task);
		expect(pupilText).toContain('Vārds, uzvārds');
		expect(pupilText).not.toContain('Atbilde');
		await rm(dir, { recursive: true, force: true });
	});

	test('without JavaScript the buttons stay hidden and the way to edit is said', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(pathOf((await withCopy())[0]!.id));
		await expect(page.getByRole('button', { name: /DOCX/ })).toHaveCount(0);
		await expect(page.getByText('Word un LibreOffice to atver')).toBeVisible();
		await context.close();
	});
});

test.describe('lessons in sequence', () => {
	test('a teacher steps through a unit from its plan, lesson by lesson, and back', async ({ page }) => {
		const materials = await publishedMaterials();
		const plan = materials.find((m) => m.data.lessons.length >= 2)!;
		expect(plan, 'a topic plan with at least two lessons').toBeDefined();
		const lessons = plan.data.lessons.map((id) => materials.find((m) => m.id === id)!);
		const total = plan.data.duration?.lessons;

		await page.goto(pathOf(plan.id));
		const list = page.getByRole('region', { name: 'Temata stundas' });
		await expect(list.getByRole('listitem')).toHaveCount(lessons.length);
		await expect(list.getByRole('link')).toHaveText(lessons.map((l) => l.data.title));

		await list.getByRole('link', { name: lessons[0]!.data.title }).click();
		let from = 1;
		for (const [i, lesson] of lessons.entries()) {
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(lesson.data.title);
			const sequence = page.getByRole('navigation', { name: 'Stundu secība' });
			await expect(sequence.getByRole('link', { name: plan.data.title })).toBeVisible();
			const to = from + (lesson.data.duration?.lessons ?? 1) - 1;
			await expect(sequence).toContainText(from === to ? `${from}. stunda no ${total}` : `${from}.–${to}. stunda no ${total}`);
			from = to + 1;
			const next = lessons[i + 1];
			if (next) await sequence.getByRole('link', { name: /Nākamā stunda/ }).click();
			else await expect(sequence.getByRole('link', { name: /Nākamā stunda/ })).toHaveCount(0);
		}
		await page
			.getByRole('navigation', { name: 'Stundu secība' })
			.getByRole('link', { name: /Iepriekšējā stunda/ })
			.click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(lessons.at(-2)!.data.title);
	});
});

test.describe('feedback', () => {
	const settings = readSettings(process.env);

	test('every material offers to report a mistake or suggest an improvement, prefilled, and to edit its file', async ({ page }) => {
		for (const material of (await publishedMaterials()).slice(0, 6)) {
			await page.goto(pathOf(material.id));
			const section = page.getByRole('region', { name: 'Kļūdas un ieteikumi' });
			for (const [name, template] of [
				['Ziņot par kļūdu', 'kluda.yml'],
				['Ieteikt uzlabojumu', 'uzlabojums.yml'],
			] as const) {
				const url = new URL((await section.getByRole('link', { name }).getAttribute('href'))!);
				expect(`${url.origin}${url.pathname}`).toBe(`${settings.repositoryUrl}/issues/new`);
				expect(url.searchParams.get('template')).toBe(template);
				expect(url.searchParams.get('materials')).toBe(material.id);
				expect(url.searchParams.get('versija')).toBe(material.data.version);
				expect(url.searchParams.get('title')).toContain(material.data.title);
			}
			await expect(section.getByRole('link', { name: 'Labot', exact: true })).toHaveAttribute(
				'href',
				`/redaktors/#/collections/materiali/entries/${material.id}/index`,
			);
			await expect(section.getByRole('link', { name: 'Labot failu GitHub' })).toHaveAttribute(
				'href',
				`${settings.repositoryUrl}/edit/${settings.branch}/content/materials/${material.id}/index.mdx`,
			);
			await expect(section.getByRole('link', { name: /Rakstīt redakcijai/ })).toHaveAttribute(
				'href',
				new RegExp(`^mailto:${settings.contactEmail}\\?subject=`),
			);
		}
	});

	test('the contact address is in the footer and in the accessibility statement', async ({ page }) => {
		for (const path of ['/', '/pieklustamiba/']) {
			await page.goto(path);
			await expect(page.locator('.site-footer').getByRole('link', { name: settings.contactEmail })).toHaveAttribute('href', `mailto:${settings.contactEmail}`);
		}
		await expect(page.locator('main').getByRole('link', { name: settings.contactEmail })).toBeVisible();
	});
});
