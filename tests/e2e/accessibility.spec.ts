import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { publishedMaterials, pathOf } from './collection.ts';
import { FIGURES_URL } from './figures.ts';
import { hasPupilCopy } from '../../src/authoring/copies.ts';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

async function pageTypes(): Promise<string[]> {
	const materials = await publishedMaterials();
	const first = materials[0]!;
	return [
		'/',
		'/jomas/',
		'/jomas/dabaszinatnes/',
		`/prieksmeti/${first.data.subject}/`,
		`/prieksmeti/${first.data.subject}/${first.data.grades[0]}-klase/`,
		`/klases/${first.data.grades[0]}-klase/`,
		`/klases/${first.data.grades[0]}-klase/${first.data.subject}/`,
		'/prieksmeti/vesture-un-socialas-zinatnes/',
		...materials.map((m) => pathOf(m.id)),
		// Every pupil copy: what pupils read, and teachers print.
		...materials.filter((m) => hasPupilCopy(m.data.kind, m.rendered.pupil)).map((m) => `${pathOf(m.id)}skolenam/`),
		'/meklet/?q=vien%C4%81dojums',
		'/pieklustamiba/',
		'/izpilde/',
		'/izpilde/parskats/',
		'/par-projektu/',
		'/404.html',
	];
}

// The board with entered figures: histories, trends and every status; on a phone too, where the table is cards.
for (const [label, viewport] of [
	['wide', { width: 1280, height: 900 }],
	['at 320 px', { width: 320, height: 640 }],
] as const) {
	test(`the results board with figures and open histories, ${label}, meets WCAG 2.2 AA as far as axe can tell`, async ({ page }) => {
		await page.setViewportSize(viewport);
		await page.goto(`${FIGURES_URL}/izpilde/`);
		await expect(page.getByRole('combobox', { name: 'Statuss' })).toBeVisible();
		for (const summary of await page.locator('.result-card summary').all()) await summary.click();
		const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
		expect(results.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
	});
}

for (const path of await pageTypes()) {
	test(`${path} meets WCAG 2.2 AA as far as axe can tell`, async ({ page }) => {
		await page.goto(path);
		const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
		expect(results.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
	});
}

/**
 * Dark mode (prefers-color-scheme) recolours the same components everywhere, so it is checked on every
 * page that is not a material, and on the materials that show each component: formulas, tables, notes,
 * tasks with answers, rubrics.
 */
async function darkPageTypes(): Promise<string[]> {
	const materials = await publishedMaterials();
	const showing = (marker: string) => materials.find((m) => m.rendered.html.includes(marker));
	const samples = [
		'class="katex',
		'<table',
		'callout--uzmanibu',
		'class="answer',
		'class="rubric',
		'class="teacher-note',
		'class="pupil-part',
		'class="writing-space',
	]
		.map(showing)
		.filter((m) => m !== undefined);
	// A unit's plan and one of its lessons: the lesson list and the sequence.
	const plan = materials.find((m) => m.data.lessons.length > 0);
	const units = plan ? [plan.id, plan.data.lessons[0]!] : [];
	const paths = [
		...samples.map((m) => pathOf(m.id)),
		...units.map(pathOf),
		...samples
			.filter((m) => hasPupilCopy(m.data.kind, m.rendered.pupil))
			.slice(0, 2)
			.map((m) => `${pathOf(m.id)}skolenam/`),
	];
	return [...(await pageTypes()).filter((path) => !path.startsWith('/materiali/')), ...new Set(paths)];
}

for (const path of await darkPageTypes()) {
	test(`${path} in dark mode meets WCAG 2.2 AA as far as axe can tell`, async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.goto(path);
		// The dark palette is in force: the page's background is dark.
		const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		expect(background).toBe('rgb(17, 22, 28)');
		const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
		expect(results.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
	});
}

// The search page's states appear after the page loads: each is checked once it is there.
for (const [state, path, ready] of [
	['chips, related terms and partial matches', '/meklet/?q=fizika%2010.%20klase%20kust%C4%ABbas%20likumi', '#search-chips'],
	['a corrected misspelling', '/meklet/?q=fotosintzee', '#search-notice'],
	['nothing found with a filter', '/meklet/?q=katal%C4%81ze&klase=7', '#search-empty'],
	['partial matches only', '/meklet/?q=vien%C4%81dojumi%20nevien%C4%81d%C4%ABbas', '#search-partial'],
] as const) {
	test(`the search page with ${state} meets WCAG 2.2 AA as far as axe can tell`, async ({ page }) => {
		await page.goto(path);
		await expect(page.locator('#search-list')).toHaveAttribute('aria-busy', 'false');
		await expect(page.locator(ready)).toBeVisible();
		const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
		expect(results.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
	});
}

test('every page links to the accessibility statement, which says how to report a barrier', async ({ page }) => {
	for (const path of ['/', '/meklet/', pathOf((await publishedMaterials())[0]!.id), '/404.html']) {
		await page.goto(path);
		await page.getByRole('contentinfo').getByRole('link', { name: 'Piekļūstamība' }).click();
		await expect(page).toHaveURL(/\/pieklustamiba\/$/);
	}
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Piekļūstamības paziņojums');
	await expect(page.getByRole('heading', { name: 'Atsauksmes un saziņa' })).toBeVisible();
	await expect(page.locator('time[datetime]')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
});
