import { expect, test, type Page } from '@playwright/test';
import { publishedMaterials } from './collection.ts';

async function waitForResults(page: Page) {
	await expect(page.locator('#search-list')).toHaveAttribute('aria-busy', 'false');
}

/** Titles of the results in order: those meeting every word, then the partial ones. */
const titles = (page: Page) => page.locator('.search-results .material-card__title').allTextContents();

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
			await expect(page.locator('.search-results article')).toHaveCount(0);
			// What was searched, and ways on.
			await expect(page.locator('#search-empty')).toContainText(`Meklēts: “${query}”`);
			await expect(page.locator('#search-empty').getByRole('link', { name: 'visas mācību jomas un priekšmeti' })).toHaveAttribute('href', '/jomas/');
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
		await filters
			.getByRole('group', { name: 'Klase' })
			.getByRole('checkbox', { name: /^7\. klase/ })
			.check();
		await expect(page).toHaveURL(/klase=7/);
		await waitForResults(page);
		expect((await titles(page)).sort()).toEqual(grade7.map((m) => m.data.title).sort());

		const worksheets = grade7.filter((m) => m.data.kind === 'darba-lapa');
		expect(worksheets.length).toBeGreaterThan(0);
		expect(worksheets.length).toBeLessThan(grade7.length);
		await filters
			.getByRole('group', { name: 'Materiāla veids' })
			.getByRole('checkbox', { name: /^Darba lapa/ })
			.check();
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

test.describe('several words', () => {
	test('“kustības likumi”: the lessons on motion are in the top three, and partial matches are marked', async ({ page }) => {
		await page.goto('/meklet/');
		await typeQuery(page, 'kustibas likumi');
		const top = (await titles(page)).slice(0, 3);
		expect(top.some((title) => /Vienmērīgi paātrināta kustība|brīvās krišanas paātrinājuma/.test(title))).toBe(true);
		await expect(page.locator('#search-partial')).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Atbilst daļēji' })).toBeVisible();
		await expect(page.locator('#search-partial .result-note--missing').first()).toHaveText(/^Nav atrasts: /);
		await expect(page.locator('#search-status')).toHaveText(/atbilst daļēji/);
	});

	test('“Ņūtona likumi” finds the mechanics lessons through related terms, and says so', async ({ page }) => {
		await page.goto(`/meklet/?q=${encodeURIComponent('Ņūtona likumi')}`);
		await waitForResults(page);
		const top = (await titles(page)).slice(0, 3);
		expect(top.some((title) => /Vienmērīgi paātrināta kustība|brīvās krišanas paātrinājuma/.test(title))).toBe(true);
		await expect(page.locator('#search-list .result-note').first()).toHaveText(/^Atrasts pēc saistītā termina: /);
	});

	test('a material whose title has the words ranks above one that has them only in its body', async ({ page }) => {
		await page.goto(`/meklet/?q=${encodeURIComponent('šūnas uzbūve')}`);
		await waitForResults(page);
		expect((await titles(page))[0]).toBe('Darba lapa: augu un dzīvnieku šūnas uzbūve');
	});
});

test.describe('misspellings', () => {
	for (const [typed, corrected, expected] of [
		['fotosintzee', 'fotosintēze', 'Temata plāns: fotosintēze un šūnu elpošana'],
		['kvadratvienadojms', 'kvadrātvienādojumi', 'Kvadrātvienādojumi — summatīvais darbs'],
		['paatrinajms', 'paātrinājuma', 'Laboratorijas darbs: brīvās krišanas paātrinājuma noteikšana'],
	] as const) {
		test(`“${typed}” is searched as “${corrected}”, and the page says so`, async ({ page }) => {
			await page.goto(`/meklet/?q=${encodeURIComponent(typed)}`);
			await waitForResults(page);
			await expect(page.locator('#search-notice')).toContainText(`Vaicājumam “${typed}” nekas netika atrasts, tāpēc rādīti rezultāti vaicājumam “`);
			expect((await titles(page)).slice(0, 3)).toContain(expected);
			// The address keeps what was typed, so Back and sharing show the same.
			await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(typed)}`));
		});
	}

	test('a short word is only offered: “fizka” → “Vai meklējāt: fizika?”, which searches when chosen', async ({ page }) => {
		await page.goto('/meklet/?q=fizka');
		await waitForResults(page);
		await expect(page.locator('#search-status')).toHaveText(/Nekas netika atrasts/);
		const suggestion = page.locator('#search-notice').getByRole('link', { name: 'fizika' });
		await expect(page.locator('#search-notice')).toHaveText('Vai meklējāt: fizika?');
		await suggestion.click();
		await expect(page).toHaveURL(/q=fizika$/);
		await waitForResults(page);
		// "fizika" names the subject: every physics material, as a filter.
		const physics = (await publishedMaterials()).filter((m) => m.data.subject === 'fizika');
		expect((await titles(page)).sort()).toEqual(physics.map((m) => m.data.title).sort());
	});
});

test.describe('subject, grade and kind words act as filters', () => {
	test('“matemātika 7. klase” lists the grade-7 mathematics materials, the filters shown as chips', async ({ page }) => {
		const materials = (await publishedMaterials()).filter((m) => m.data.subject === 'matematika' && m.data.grades.includes(7));
		await page.setViewportSize({ width: 360, height: 740 });
		await page.goto(`/meklet/?q=${encodeURIComponent('matemātika 7. klase')}`);
		await waitForResults(page);
		expect((await titles(page)).sort()).toEqual(materials.map((m) => m.data.title).sort());
		// On a phone the facets are folded away; the chips are not.
		await expect(page.locator('#search-filters')).not.toHaveAttribute('open', '');
		const chips = page.locator('#search-chips');
		await expect(chips).toBeVisible();
		await expect(chips.getByRole('link', { name: 'Noņemt: Matemātika' })).toBeVisible();
		await chips.getByRole('link', { name: 'Noņemt: 7. klase' }).click();
		await expect(page).toHaveURL(/\?q=matem%C4%81tika$/);
		await waitForResults(page);
		await expect(chips.getByRole('link', { name: 'Noņemt: 7. klase' })).toHaveCount(0);
		expect(await titles(page)).toHaveLength((await publishedMaterials()).filter((m) => m.data.subject === 'matematika').length);
	});

	test('“Notīrīt atlasi” takes off every filter, the facet words of the query with them', async ({ page }) => {
		await page.goto(`/meklet/?q=${encodeURIComponent('fizika kustība')}&veids=darba-lapa`);
		await waitForResults(page);
		await expect(page.locator('#search-chips li')).toHaveCount(2);
		await page.getByRole('button', { name: 'Notīrīt atlasi' }).click();
		await expect(page).toHaveURL(/\?q=kust%C4%ABba$/);
		await waitForResults(page);
		await expect(page.locator('#search-chips')).toBeHidden();
		await expect(page.locator('#search-q')).toHaveValue('kustība');
	});

	test('“darba lapa fizika 10 klase brīvā krišana”: filters and words together', async ({ page }) => {
		await page.goto(`/meklet/?q=${encodeURIComponent('darba lapa fizika 10 klase brīvā krišana')}`);
		await waitForResults(page);
		expect(await titles(page)).toEqual(['Laboratorijas darbs: brīvās krišanas paātrinājuma noteikšana']);
	});
});

test('on a phone the facets are counted only when opened: a first query skips the facet table', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	const fetched: string[] = [];
	page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
	await page.goto('/meklet/?q=vien%C4%81dojums');
	await waitForResults(page);
	expect((await titles(page)).length).toBeGreaterThan(0);
	expect(fetched).not.toContain('/meklet/atlase.json');
	await page.getByText('Atlase', { exact: true }).click();
	const grade7 = page
		.locator('#search-filters')
		.getByRole('group', { name: 'Klase' })
		.getByRole('checkbox', { name: /^7\. klase/ });
	await expect(grade7).toBeVisible();
	expect(fetched).toContain('/meklet/atlase.json');
	await grade7.check();
	await waitForResults(page);
	await expect(page).toHaveURL(/klase=7/);
});

test.describe('no dead ends', () => {
	test('a filter carried in the address that empties a new query is named, and can be dropped in one step', async ({ page }) => {
		await page.setViewportSize({ width: 360, height: 740 });
		await page.goto(`/meklet/?q=${encodeURIComponent('katalāze')}&klase=7`);
		await waitForResults(page);
		await expect(page.locator('#search-status')).toHaveText(/Nekas netika atrasts/);
		await expect(page.locator('#search-empty')).toContainText('Meklēts: “katalāze”, ar atlasi: 7. klase.');
		await expect(page.locator('#search-chips').getByRole('link', { name: 'Noņemt: 7. klase' })).toBeVisible();
		const drop = page.locator('#search-empty').getByRole('link', { name: /^Meklēt bez atlases \(atrast/ });
		await drop.click();
		await expect(page).toHaveURL(/\?q=katal%C4%81ze$/);
		await waitForResults(page);
		expect((await titles(page))[0]).toBe('Fermentu darbība: temperatūras ietekme uz katalāzes aktivitāti');
	});

	test('a query that names a subject and finds nothing links that subject’s page', async ({ page }) => {
		await page.goto(`/meklet/?q=${encodeURIComponent('fizika 9. klase zebra')}`);
		await waitForResults(page);
		await expect(page.locator('#search-empty').getByRole('link', { name: 'Fizika' })).toHaveAttribute('href', '/prieksmeti/fizika/');
		await expect(page.locator('#search-empty').getByRole('link', { name: '9. klase' })).toHaveAttribute('href', '/klases/9-klase/');
	});

	test('a hostile query is shown as text and runs nothing', async ({ page }) => {
		const hostile = '"><img src=x onerror="window.pwned=1"> fizika 7. klase <b>zebra</b>';
		let dialogs = 0;
		page.on('dialog', (dialog) => {
			dialogs += 1;
			void dialog.dismiss();
		});
		await page.goto(`/meklet/?q=${encodeURIComponent(hostile)}`);
		await waitForResults(page);
		await expect(page.locator('#search-empty, #search-list li').first()).toBeVisible();
		expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
		await expect(page.locator('.search-results img, .search-results b')).toHaveCount(0);
		expect(dialogs).toBe(0);
		await expect(page.locator('#search-q')).toHaveValue(hostile);
	});

	test('the search page has one search box', async ({ page }) => {
		await page.goto('/meklet/');
		await expect(page.getByRole('searchbox')).toHaveCount(1);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('no form pretends to search; the search page offers grades, areas and subjects instead', async ({ page }) => {
		await page.goto('/meklet/?q=vienādojums');
		await expect(page.getByText('Meklēšana darbojas tikai ar JavaScript')).toBeVisible();
		await expect(page.getByRole('searchbox')).toHaveCount(0);
		await expect(page.getByRole('link', { name: /^7\. klase/ })).toHaveAttribute('href', '/klases/7-klase/');
		await page.getByRole('link', { name: 'Matemātika', exact: true }).click();
		await expect(page).toHaveURL(/\/prieksmeti\/matematika\/$/);
		await expect(page.getByRole('searchbox')).toHaveCount(0);
	});
});
