import { expect, test, type Page } from '@playwright/test';
import { publishedMaterials, pathOf } from './collection.ts';
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KINDS, LICENSES, SUBJECTS } from '../../src/schemas/vocabulary.ts';
import { formatDate } from '../../src/lib/dates.ts';

// JSON-LD is whatever the page wrote: the tests read it as such.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function jsonLd(page: Page): Promise<Record<string, any>> {
	const text = await page.locator('script[type="application/ld+json"]').textContent();
	return JSON.parse(text ?? '{}');
}

test.describe('material pages', () => {
	test('every published material has its page, metadata, change log and JSON-LD', async ({ page }) => {
		for (const material of await publishedMaterials()) {
			const { data } = material;
			const response = await page.goto(pathOf(material.id));
			expect(response?.status(), material.id).toBe(200);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(data.title);

			const panel = page.getByRole('region', { name: 'Par materiālu' });
			await expect(panel.getByRole('definition').filter({ hasText: SUBJECTS[data.subject].label }).first()).toBeVisible();
			await expect(panel).toContainText(data.version);
			await expect(panel).toContainText(KINDS[data.kind].label);
			await expect(page.getByRole('region', { name: 'Izmaiņu vēsture' }).getByRole('listitem')).toHaveCount(data.changelog.length);

			const ld = await jsonLd(page);
			expect(ld).toMatchObject({
				'@type': 'LearningResource',
				name: data.title,
				inLanguage: 'lv',
				version: data.version,
				dateModified: data.updated,
				learningResourceType: KINDS[data.kind].label,
			});
			expect(ld.license).toMatch(/^https:\/\/creativecommons\.org\//);
			expect(ld.author.length).toBe(data.authors.length);
			expect(ld.educationalAlignment).toContainEqual({
				'@type': 'AlignmentObject',
				alignmentType: 'educationalSubject',
				targetName: SUBJECTS[data.subject].label,
			});
			for (const grade of data.grades) {
				expect(ld.educationalAlignment).toContainEqual({ '@type': 'AlignmentObject', alignmentType: 'educationalLevel', targetName: `${grade}. klase` });
			}
			if (data.origin === 'adaptets') expect(ld.isBasedOn.name).toBe(data.source?.title);
			else expect(ld.isBasedOn).toBeUndefined();
		}
	});

	test('attachments download from the material’s address', async ({ page, request }) => {
		const withAttachments = (await publishedMaterials()).filter((m) => m.data.attachments.length > 0);
		expect(withAttachments.length).toBeGreaterThan(0);
		for (const material of withAttachments) {
			await page.goto(pathOf(material.id));
			for (const attachment of material.data.attachments) {
				const link = page.getByRole('region', { name: 'Pielikumi' }).getByRole('link', { name: attachment.title });
				await expect(link).toHaveAttribute('href', `${pathOf(material.id)}${attachment.file}`);
				const response = await request.get(`${pathOf(material.id)}${attachment.file}`);
				expect(response.status()).toBe(200);
				expect((await response.body()).length).toBeGreaterThan(0);
			}
		}
	});

	test('images are optimised into responsive WebP at build', async ({ page }) => {
		const withImages = (await publishedMaterials()).filter((m) => m.rendered.imagePaths.length > 0);
		expect(withImages.length).toBeGreaterThan(0);
		for (const material of withImages) {
			await page.goto(pathOf(material.id));
			const image = page.locator('.prose img').first();
			await expect(image).toHaveAttribute('srcset', /\.webp 480w, .+\.webp 800w/);
			await expect(image).toHaveAttribute('alt', /.+/);
			expect(await image.evaluate((img: HTMLImageElement) => img.complete || img.loading === 'lazy')).toBe(true);
		}
	});

	test('math is typeset with its stylesheet only where there is math', async ({ page }) => {
		const materials = await publishedMaterials();
		const withMath = materials.find((m) => m.rendered.hasMath);
		const withoutMath = materials.find((m) => !m.rendered.hasMath);
		expect(withMath).toBeDefined();
		await page.goto(pathOf(withMath!.id));
		await expect(page.locator('.katex').first()).toBeVisible();
		await expect(page.locator('link[href*="katex"]')).toHaveCount(1);
		expect(await page.evaluate(() => document.fonts.check('16px KaTeX_Main'))).toBe(true);
		if (withoutMath) {
			await page.goto(pathOf(withoutMath.id));
			await expect(page.locator('link[href*="katex"]')).toHaveCount(0);
		}
	});
});

test.describe('reading without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the whole material reads, and hidden answers open', async ({ page }) => {
		const materials = await publishedMaterials();
		const material = materials.find((m) => m.rendered.html.includes('class="answer ')) ?? materials[0]!;
		await page.goto(pathOf(material.id));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(material.data.title);
		await expect(page.getByRole('region', { name: 'Sasniedzamie rezultāti' }).getByRole('listitem')).toHaveCount(material.data.outcomes.length);
		for (const heading of material.rendered.headings.filter((h) => h.depth === 2)) {
			await expect(page.locator(`.prose h2[id="${heading.slug}"]`)).toHaveText(heading.text);
		}
		const answer = page.locator('details.answer').first();
		if (await answer.count()) {
			await expect(answer.locator('.answer__body')).toBeHidden();
			await answer.locator('summary').click();
			await expect(answer.locator('.answer__body')).toBeVisible();
		}
		// The page needs no script to be read; the only one it carries writes DOCX files when asked.
		const scripts = await page.locator('script:not([type="application/ld+json"])').evaluateAll((all) => all.map((s) => s.getAttribute('src') ?? 'inline'));
		expect(scripts.filter((src) => !/\/_astro\/DocxDownloads[^/]*\.js$/.test(src))).toEqual([]);
	});
});

test.describe('print', () => {
	test('prints the material with its facts and answers, without navigation', async ({ page }) => {
		const materials = await publishedMaterials();
		const material = materials.find((m) => m.rendered.html.includes('class="answer ')) ?? materials[0]!;
		await page.goto(pathOf(material.id));
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByRole('navigation', { name: 'Galvenā navigācija' })).toBeHidden();
		await expect(page.getByRole('navigation', { name: 'Atrašanās vieta' })).toBeHidden();
		await expect(page.locator('.site-footer')).toBeHidden();
		await expect(page.getByRole('region', { name: 'Par materiālu' })).toBeVisible();
		if (await page.locator('.answer__body').count()) await expect(page.locator('.answer__body').first()).toBeVisible();
		const pdf = await page.pdf({ format: 'A4' });
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
	});

	test('every printed page names the material, its version, date and licence, and its address', async ({ page }) => {
		const materials = await publishedMaterials();
		// The longest material prints on the most pages.
		const material = [...materials].sort((a, b) => b.rendered.text.length - a.rendered.text.length)[0]!;
		await page.goto(pathOf(material.id));
		const dir = await mkdtemp(join(tmpdir(), 'druka-'));
		const file = join(dir, 'materials.pdf');
		await page.pdf({ path: file, preferCSSPageSize: true });
		// Text as pdftotext reads it, without spaces and hyphens: the footer wraps where it must, and pdftotext
		// joins a word broken at a hyphen.
		const compact = (text: string) => text.replace(/[\s-]+/g, '');
		const pageText = (n: number) => compact(execFileSync('pdftotext', ['-f', String(n), '-l', String(n), file, '-'], { encoding: 'utf8' }));
		const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
		expect(pages).toBeGreaterThan(1);
		// The canonical address, which the footer prints, whatever server the test reads the page from.
		const address = await page.locator('link[rel="canonical"]').getAttribute('href');
		for (let n = 1; n <= pages; n++) {
			const text = pageText(n);
			expect(text, `page ${n}`).toContain(compact(material.data.title));
			expect(text, `page ${n}`).toContain(compact(`versija ${material.data.version}`));
			// The date may wrap around the address's line, so it is looked for without it.
			expect(text.replace(compact(address!), ''), `page ${n}`).toContain(compact(formatDate(material.data.updated)));
			expect(text, `page ${n}`).toContain(compact(LICENSES[material.data.license].short));
			// The two footer boxes' lines may come out interleaved, so the address and the page number are found apart.
			expect(text, `page ${n}`).toContain(compact(address!));
			expect(text, `page ${n}`).toContain(`·${n}/${pages}`);
		}
		await rm(dir, { recursive: true, force: true });
	});
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

	test('no page scrolls sideways', async ({ page }) => {
		const materials = await publishedMaterials();
		const paths = [
			'/',
			'/jomas/',
			'/jomas/valodas/',
			'/meklet/?q=vienādojums',
			'/izpilde/',
			'/izpilde/parskats/',
			'/par-projektu/',
			'/pieklustamiba/',
			`/prieksmeti/${materials[0]!.data.subject}/`,
			'/klases/7-klase/',
			'/klases/7-klase/matematika/',
			...materials.map((m) => pathOf(m.id)),
		];
		// 320 CSS px is WCAG's reflow width; 360 px is a common phone.
		for (const width of [320, 360]) {
			await page.setViewportSize({ width, height: 740 });
			for (const path of paths) {
				await page.goto(path);
				// Measure what the reader ends up with: every island scrolled into view and hydrated (Astro drops `ssr` then).
				for (const island of await page.locator('astro-island').all()) await island.scrollIntoViewIfNeeded();
				await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
				const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
				expect(overflow, `${path} at ${width} px`).toBeLessThanOrEqual(0);
			}
		}
	});

	test('the title and key facts are on the first screen', async ({ page }) => {
		const material = (await publishedMaterials())[0]!;
		await page.goto(pathOf(material.id));
		await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
		await expect(page.locator('.material-header .facts')).toBeInViewport();
	});
});

test.describe('the contents list of a long material', () => {
	const longest = async () => [...(await publishedMaterials())].sort((a, b) => b.rendered.text.length - a.rendered.text.length)[0]!;

	test('on a phone it is one tap away at any point, and the list adds no numbers of its own', async ({ page }) => {
		await page.setViewportSize({ width: 360, height: 740 });
		await page.goto(pathOf((await longest()).id));
		await expect(page.locator('.toc ol').first()).toHaveCSS('list-style-type', 'none');
		await page.locator('.license-note').scrollIntoViewIfNeeded();
		const jump = page.getByRole('link', { name: '↑ Saturs' });
		await expect(jump).toBeInViewport();
		await jump.click();
		await expect(page.getByRole('navigation', { name: 'Saturs' })).toBeInViewport();
	});

	test('on a desktop the column with facts and contents fits the screen and scrolls on its own', async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 720 });
		await page.goto(pathOf((await longest()).id));
		await expect(page.getByRole('link', { name: '↑ Saturs' })).toBeHidden();
		// Halfway through the text (at its very end the column rides up with the page, as sticky boxes do).
		const headings = page.locator('.prose h2');
		await headings.nth(Math.floor((await headings.count()) / 2)).scrollIntoViewIfNeeded();
		const aside = await page.locator('.material-aside').boundingBox();
		expect(aside!.y).toBeGreaterThanOrEqual(0);
		expect(aside!.y + aside!.height).toBeLessThanOrEqual(720);
		// Its last contents link can be reached by scrolling the column.
		const last = page.locator('.toc a').last();
		await last.scrollIntoViewIfNeeded();
		await expect(last).toBeInViewport();
	});
});

test('the skip link is the first stop for keyboard users and leads to the content', async ({ page }) => {
	const material = (await publishedMaterials())[0]!;
	await page.goto(pathOf(material.id));
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Pāriet uz saturu' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeInViewport();
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();
});
