import { expect, test } from '@playwright/test';
import { publishedMaterials, pathOf } from './collection.ts';
import { SUBJECTS, LEARNING_AREAS } from '../../src/schemas/vocabulary.ts';

test.describe('finding a material', () => {
	test('a teacher reaches a material for their subject and grade in three clicks', async ({ page }) => {
		const materials = await publishedMaterials();
		const target = materials.find((m) => m.data.grades.length === 1) ?? materials[0]!;
		const subject = SUBJECTS[target.data.subject].label;
		const grade = target.data.grades[0]!;

		await page.goto('/');
		await page.getByRole('link', { name: subject, exact: true }).first().click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(subject);

		await page
			.getByRole('navigation', { name: 'Atlase' })
			.getByRole('link', { name: new RegExp(`^${grade}\\. klase \\(\\d+\\)$`) })
			.click();
		await expect(page).toHaveURL(new RegExp(`/prieksmeti/${target.data.subject}/${grade}-klase/$`));

		await page.getByRole('link', { name: target.data.title, exact: true }).click();
		await expect(page).toHaveURL(new RegExp(`${pathOf(target.id)}$`));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(target.data.title);
	});

	test('the home page shows the learning areas and the newest materials', async ({ page }) => {
		const materials = await publishedMaterials();
		await page.goto('/');
		const newest = [...materials].sort((a, b) => b.data.published.localeCompare(a.data.published))[0]!;
		const section = page.getByRole('region', { name: 'Jaunākie materiāli' });
		await expect(section.getByRole('link').first()).toHaveText(newest.data.title);
		const areas = new Set(materials.map((m) => SUBJECTS[m.data.subject].area));
		for (const area of areas) await expect(page.getByRole('link', { name: LEARNING_AREAS[area].label })).toBeVisible();
		await expect(page.getByText(new RegExp(`Portālā ir ${materials.length} publicēt`))).toBeVisible();
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('area → subject → kind filter narrows the list with plain links', async ({ page }) => {
		const materials = await publishedMaterials();
		const target = materials[0]!;
		const { label, area } = SUBJECTS[target.data.subject];
		const ofSubject = materials.filter((m) => m.data.subject === target.data.subject);
		const sameKind = ofSubject.filter((m) => m.data.kind === target.data.kind);

		await page.goto('/jomas/');
		await page.getByRole('link', { name: LEARNING_AREAS[area].label }).click();
		await page.getByRole('link', { name: label, exact: true }).click();
		await expect(page.getByRole('heading', { level: 2, name: /Atrast/ })).toContainText(String(ofSubject.length));
		await expect(page.locator('.material-list > li')).toHaveCount(ofSubject.length);

		const filters = page.getByRole('navigation', { name: 'Atlase' });
		await filters
			.getByRole('link', { name: new RegExp(`\\(${sameKind.length}\\)$`) })
			.filter({ hasNotText: /Visi|klase/ })
			.first()
			.click();
		await expect(page.locator('.material-list > li')).toHaveCount(sameKind.length);
		await expect(filters.locator('a[aria-current="page"]')).toHaveCount(2);
	});

	test('every grade filter lists exactly the materials for that grade', async ({ page }) => {
		const materials = await publishedMaterials();
		const subject = materials[0]!.data.subject;
		const ofSubject = materials.filter((m) => m.data.subject === subject);
		for (const grade of new Set(ofSubject.flatMap((m) => m.data.grades))) {
			await page.goto(`/prieksmeti/${subject}/${grade}-klase/`);
			const titles = await page.locator('.material-list h3').allTextContents();
			expect(titles.sort()).toEqual(
				ofSubject
					.filter((m) => m.data.grades.includes(grade))
					.map((m) => m.data.title)
					.sort(),
			);
		}
	});
});

test.describe('grade first, on a phone', () => {
	test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true, javaScriptEnabled: false });

	test('a 7th-grade mathematics teacher reaches their materials in two taps, the first one visible without scrolling', async ({ page }) => {
		const materials = await publishedMaterials();
		const theirs = materials.filter((m) => m.data.grades.includes(7) && m.data.subject === 'matematika');
		expect(theirs.length).toBeGreaterThan(0);
		await page.goto('/');
		await page
			.getByRole('navigation', { name: 'Materiāli pēc klases' })
			.getByRole('link', { name: /^7\. klase/ })
			.tap();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('7. klase');
		// Every subject's materials for the grade, none of another grade.
		const ofGrade = materials.filter((m) => m.data.grades.includes(7));
		await expect(page.locator('.material-list h3')).toHaveCount(ofGrade.length);

		await page
			.getByRole('navigation', { name: 'Atlase' })
			.getByRole('link', { name: /^Matemātika \(\d+\)$/ })
			.tap();
		await expect(page).toHaveURL(/\/klases\/7-klase\/matematika\/$/);
		const titles = page.locator('.material-list h3');
		// Lowest grade first, then by title, as on every list.
		const order = [...theirs].sort((a, b) => Math.min(...a.data.grades) - Math.min(...b.data.grades) || a.data.title.localeCompare(b.data.title, 'lv'));
		await expect(titles).toHaveText(order.map((m) => m.data.title));
		await expect(titles.first()).toBeInViewport();
	});

	test('every grade has a page from the home page, and narrowing by kind keeps the subject', async ({ page }) => {
		const materials = await publishedMaterials();
		await page.goto('/');
		const links = page.getByRole('navigation', { name: 'Materiāli pēc klases' }).getByRole('link');
		await expect(links).toHaveCount(12);
		const grade = 7;
		const kind = materials.find((m) => m.data.grades.includes(grade) && m.data.subject === 'matematika')!.data.kind;
		await page.goto(`/klases/${grade}-klase/matematika/`);
		await page.getByRole('navigation', { name: 'Atlase' }).locator(`a[href$="/klases/${grade}-klase/matematika/${kind}/"]`).tap();
		const expected = materials.filter((m) => m.data.grades.includes(grade) && m.data.subject === 'matematika' && m.data.kind === kind);
		await expect(page.locator('.material-list h3')).toHaveCount(expected.length);
		await expect(page.getByRole('navigation', { name: 'Atlase' }).locator('[aria-current="page"]')).toHaveCount(2);
	});
});

test('an unknown address gets a helpful 404 page', async ({ page }) => {
	const response = await page.goto('/materiali/fizika/nav-tada-materiala/');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lapa nav atrasta');
	await page.getByRole('link', { name: 'Mācību jomas' }).first().click();
	await expect(page).toHaveURL(/\/jomas\/$/);
});
