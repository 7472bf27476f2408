import { expect, test, type Page } from '@playwright/test';
import { publishedMaterials } from './collection.ts';

async function waitForResults(page: Page) {
	await expect(page.locator('#search-list')).toHaveAttribute('aria-busy', 'false');
}

const titles = (page: Page) => page.locator('#search-list h2').allTextContents();

async function typeQuery(page: Page, query: string) {
	const box = page.getByRole('searchbox', { name: 'Meklēt materiālus' }).last();
	await box.fill(query);
	await box.press('Enter');
	await waitForResults(page);
}

test.describe('search in Latvian', () => {
	test('the header search box leads to the search page with the query in the address', async ({ page }) => {
		await page.goto('/');
		const box = page.getByRole('search').getByRole('searchbox');
		await box.fill('vienādojumi');
		await box.press('Enter');
		await expect(page).toHaveURL(/\/meklet\/\?q=vien%C4%81dojumi$/);
		await waitForResults(page);
		// The unit on linear equations: its plan or one of its lessons.
		expect((await titles(page))[0]).toMatch(/lineāri vienādojumi/i);
	});

	for (const [query, expected] of [
		['vienādojumu', /lineāri vienādojumi/i],
		['vienadojumiem', /lineāri vienādojumi/i],
		['VIENĀDOJUMOS', /lineāri vienādojumi/i],
		['kvadratvienadojums', 'Kvadrātvienādojumi — summatīvais darbs'],
		['fotosintēzes', 'Temata plāns: fotosintēze un šūnu elpošana'],
		['fotosinteze', 'Temata plāns: fotosintēze un šūnu elpošana'],
		['paroli', 'Darba lapa: drošas paroles un konta aizsardzība'],
		['paatrinajumam', 'Laboratorijas darbs: brīvās krišanas paātrinājuma noteikšana'],
		['vienmērīgi paātrinātā kustībā', 'Vienmērīgi paātrināta kustība'],
		['teikuma loceklim', 'Teikuma locekļi — no pamatvārdiem līdz palīglocekļiem'],
		['stārķi', 'Lasītprasmes diagnosticējošais darbs 4. klasei „Stārķu ligzda”'],
		['klimata parmainam', 'Klimata pārmaiņas Latvijā — datu analīze un sekas'],
	] as const) {
		test(`“${query}” finds “${expected}” first`, async ({ page }) => {
			await page.goto('/meklet/');
			await typeQuery(page, query);
			const first = (await titles(page))[0];
			if (typeof expected === 'string') expect(first).toBe(expected);
			else expect(first).toMatch(expected);
			await expect(page.locator('#search-list .excerpt mark').first()).toBeVisible();
		});
	}

	test('forms without diacritics and in other cases find the same materials', async ({ page }) => {
		const sets: string[][] = [];
		for (const query of ['vienādojums', 'vienadojuma', 'vienādojumiem', 'vienadojumus']) {
			await page.goto(`/meklet/?q=${encodeURIComponent(query)}`);
			await waitForResults(page);
			sets.push((await titles(page)).sort());
		}
		for (const set of sets) expect(set).toEqual(sets[0]);
		expect(sets[0]!.length).toBeGreaterThan(1);
	});

	for (const query of ['zebra', 'lācis', 'vēstniecība', 'ābele']) {
		test(`the real word “${query}”, which no material contains, finds nothing`, async ({ page }) => {
			await page.goto(`/meklet/?q=${encodeURIComponent(query)}`);
			await waitForResults(page);
			await expect(page.locator('#search-status')).toHaveText(/Nekas netika atrasts/);
			await expect(page.locator('#search-list li')).toHaveCount(0);
		});
	}

	test('excerpts show the original words with the match highlighted', async ({ page }) => {
		await page.goto('/meklet/?q=vienadojumu');
		await waitForResults(page);
		const marks = await page.locator('#search-list .excerpt mark').allTextContents();
		expect(marks.every((mark) => /vienādojum/i.test(mark))).toBe(true);
	});
});

test.describe('facets', () => {
	test('narrow the results, are in the address and survive a reload', async ({ page }) => {
		const materials = await publishedMaterials();
		const grade7 = materials.filter((m) => m.data.grades.includes(7));
		await page.goto('/meklet/');
		await waitForResults(page);
		// Latvian agrees with the last digit: 21 and 31 take the singular, 10–20 the genitive.
		const forms = { zero: 'Atrasti {n} materiālu', one: 'Atrasts {n} materiāls', other: 'Atrasti {n} materiāli' };
		const form = forms[new Intl.PluralRules('lv').select(materials.length) as keyof typeof forms];
		await expect(page.locator('#search-status')).toHaveText(form.replace('{n}', String(materials.length)));

		const filters = page.locator('#search-filters');
		await filters.getByRole('group', { name: 'Klase' }).getByRole('checkbox', { name: /^7\. klase/ }).check();
		await expect(page).toHaveURL(/klase=7/);
		await waitForResults(page);
		expect((await titles(page)).sort()).toEqual(grade7.map((m) => m.data.title).sort());

		const worksheets = grade7.filter((m) => m.data.kind === 'darba-lapa');
		expect(worksheets.length).toBeGreaterThan(0);
		expect(worksheets.length).toBeLessThan(grade7.length);
		await filters.getByRole('group', { name: 'Materiāla veids' }).getByRole('checkbox', { name: /^Darba lapa/ }).check();
		await expect(page).toHaveURL(/klase=7.*veids=darba-lapa/);
		await waitForResults(page);
		expect((await titles(page)).sort()).toEqual(worksheets.map((m) => m.data.title).sort());

		await page.reload();
		await waitForResults(page);
		expect((await titles(page)).sort()).toEqual(worksheets.map((m) => m.data.title).sort());
		await expect(filters.getByRole('checkbox', { name: /^7\. klase/ })).toBeChecked();

		await page.goBack();
		await waitForResults(page);
		expect((await titles(page)).sort()).toEqual(grade7.map((m) => m.data.title).sort());
	});

	test('choices within one facet add up; counts match the results', async ({ page }) => {
		const materials = await publishedMaterials();
		const physicsOrChemistry = materials.filter((m) => m.data.subject === 'fizika' || m.data.subject === 'kimija');
		await page.goto('/meklet/?prieksmets=fizika&prieksmets=kimija');
		await waitForResults(page);
		expect((await titles(page)).sort()).toEqual(physicsOrChemistry.map((m) => m.data.title).sort());
		const physics = materials.filter((m) => m.data.subject === 'fizika').length;
		await expect(page.locator('#search-filters').getByRole('checkbox', { name: /^Fizika/ })).toBeChecked();
		await expect(page.locator('#search-filters label').filter({ hasText: /^ ?Fizika/ })).toContainText(`(${physics})`);
	});

	test('a query and a facet together', async ({ page }) => {
		await page.goto('/meklet/?q=vien%C4%81dojums&posms=vidusskola');
		await waitForResults(page);
		const found = await titles(page);
		expect(found).toContain('Kvadrātvienādojumi — summatīvais darbs');
		expect(found).not.toContain('Temata plāns: lineāri vienādojumi');
	});
});

test('search works by keyboard and announces results', async ({ page }) => {
	await page.goto('/meklet/');
	await waitForResults(page);
	const box = page.locator('#search-q');
	await box.focus();
	await page.keyboard.type('fotosintēze');
	await page.keyboard.press('Enter');
	await waitForResults(page);
	await expect(page.locator('#search-status')).toHaveAttribute('role', 'status');
	await expect(page.locator('#search-status')).toHaveText(/Atrast/);
	// Search button, the facets' summary, then the first facet value.
	await page.keyboard.press('Tab');
	await page.keyboard.press('Tab');
	await page.keyboard.press('Tab');
	const first = page.locator(':focus');
	await expect(first).toHaveAttribute('type', 'checkbox');
	await page.keyboard.press('Space');
	await waitForResults(page);
	await expect(page).toHaveURL(/joma=/);
	await expect(page.locator('#search-filters input[type="checkbox"]:checked')).toHaveCount(1);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the search page says how to browse instead', async ({ page }) => {
		await page.goto('/meklet/?q=vienādojums');
		await expect(page.getByText('Meklēšanai vajadzīgs JavaScript')).toBeVisible();
		await page.getByRole('link', { name: 'Matemātika', exact: true }).click();
		await expect(page).toHaveURL(/\/prieksmeti\/matematika\/$/);
	});
});
