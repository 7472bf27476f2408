import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { publishedMaterials } from './collection.ts';
import { STAGES, SUBJECTS, type StageId, type SubjectId } from '../../src/schemas/vocabulary.ts';

interface Scope {
	subject?: string;
	/** Several subjects counted together, with the scope's own name. */
	subjects?: string[];
	label?: string;
	stage: string;
	target?: number;
}
interface Targets {
	dueSoonDays: number;
	deadlines: { result: number; due: string; target: number; scopes: Scope[] }[];
}

/** The targets file read on its own, and the expected figures worked out here, not with the site's code. */
async function expected() {
	const targets = parse(await readFile(resolve(import.meta.dirname, '../../content/targets.yaml'), 'utf8'), { schema: 'core' }) as Targets;
	const materials = await publishedMaterials();
	return targets.deadlines.flatMap((deadline) =>
		deadline.scopes.map((scope) => {
			const subjects = scope.subjects ?? [scope.subject];
			const dates = materials
				.filter((m) => subjects.includes(m.data.subject) && m.data.stage === scope.stage)
				.map((m) => m.data.published)
				.sort();
			const target = scope.target ?? deadline.target;
			return {
				...scope,
				result: deadline.result,
				name: scope.label ?? SUBJECTS[scope.subject as SubjectId].label,
				due: deadline.due,
				target,
				published: dates.length,
				byDeadline: dates.filter((d) => d <= deadline.due).length,
				reachedOn: dates[target - 1],
			};
		}),
	);
}

const STATUS = { late: 'Nokavēts', dueSoon: 'Tuvojas termiņš', planned: 'Plānots', doneLate: 'Izpildīts ar nokavējumu', doneOnTime: 'Izpildīts laikā' };

const rows = (page: Page) => page.locator('.progress-table tbody tr');
const rowOf = (page: Page, subject: string, stage: string) =>
	rows(page)
		.filter({ has: page.getByRole('rowheader', { name: subject, exact: true }) })
		.filter({ hasText: stage });

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the table lists every deadline and scope with the collection’s counts and a status', async ({ page }) => {
		const scopes = await expected();
		const materials = await publishedMaterials();
		await page.goto('/izpilde/');
		await expect(rows(page)).toHaveCount(scopes.length);
		for (const scope of scopes) {
			const row = rowOf(page, scope.name, STAGES[scope.stage as StageId].short);
			await expect(row).toHaveCount(1);
			await expect(row.locator('time')).toHaveAttribute('datetime', scope.due);
			// Name, stage, status, due, published, target, result: the name and its status lead, as on a phone.
			const cells = await row.locator('td, th').allTextContents();
			expect(cells[4], `${scope.name} ${scope.stage}`).toBe(`${scope.published} (${scope.byDeadline} līdz termiņam)`);
			expect(cells[5]).toBe(String(scope.target));
			expect(cells[6]).toBe(`${scope.result}.`);
			// Every deadline but the last has passed, so a status does not depend on the day the tests run.
			const status = scope.reachedOn ? (scope.reachedOn <= scope.due ? STATUS.doneOnTime : STATUS.doneLate) : STATUS.late;
			if (scope.due < '2026-12-01') expect(cells[2]).toBe(status);
		}
		await expect(page.getByTestId('total')).toHaveText(String(materials.length));
		await expect(page.getByTestId('developed')).toHaveText(String(materials.filter((m) => m.data.origin === 'izstradats').length));
		await expect(page.getByTestId('adapted')).toHaveText(String(materials.filter((m) => m.data.origin === 'adaptets').length));
		// Controls that need a script are not offered.
		await expect(page.getByRole('combobox')).toHaveCount(0);
	});

	test('which results and subjects are late is answered first', async ({ page }) => {
		const late = (await expected()).filter((s) => !s.reachedOn && s.due < '2026-11-01');
		await page.goto('/izpilde/');
		const summary = page.getByTestId('late-summary');
		if (late.length === 0) {
			await expect(summary).toHaveText('Neviens rezultāts nav nokavēts.');
			return;
		}
		await expect(summary).toContainText('Nokavēts:');
		const text = (await summary.textContent())!;
		for (const scope of late) expect(text).toContain(`${scope.result}. rezultāts`);
		for (const scope of late) expect(text).toContain(scope.name);
	});
});

test.describe('with JavaScript, on the reader’s day in Riga', () => {
	test.beforeEach(async ({ page }) => {
		// 1 June 2026, 00:30 in Riga, when it is still 31 May in UTC: the island must count from Riga's date.
		await page.clock.setFixedTime(new Date('2026-05-31T21:30:00Z'));
	});

	test('statuses and days are recomputed for that day', async ({ page }) => {
		await page.goto('/izpilde/');
		await expect(page.locator('.progress-asof time')).toHaveAttribute('datetime', '2026-06-01');
		// Physics in basic school: due 30 June, one of two materials published: due soon, 29 days left.
		const physics = rowOf(page, 'Fizika', 'Pamatskola');
		await expect(physics).toContainText(STATUS.dueSoon);
		await expect(physics).toContainText('vēl 29 dienas');
		// Chemistry in secondary school: due 31 August 2025 with one material of two: 274 days late.
		const chemistry = rowOf(page, 'Ķīmija', 'Vidusskola');
		await expect(chemistry).toContainText(STATUS.late);
		await expect(chemistry).toContainText('274 dienas pēc termiņa');
		// Latvian in basic school: its second material came on 10 July, so on 1 June it is only planned (91 days).
		const latvian = rowOf(page, 'Latviešu valoda', 'Pamatskola');
		await expect(latvian).toContainText(STATUS.planned);
		await expect(latvian).toContainText('vēl 91 diena');
	});

	test('the last day of a deadline is not late, the next one is', async ({ page }) => {
		await page.clock.setFixedTime(new Date('2026-06-30T20:59:00Z'));
		await page.goto('/izpilde/');
		await expect(rowOf(page, 'Fizika', 'Pamatskola')).toContainText('šodien pēdējā diena');
		await page.clock.setFixedTime(new Date('2026-06-30T21:00:00Z'));
		await page.reload();
		await expect(rowOf(page, 'Fizika', 'Pamatskola')).toContainText('1 diena pēc termiņa');
	});

	test('filters and sorting work from the keyboard and announce what is shown', async ({ page }) => {
		const scopes = await expected();
		await page.goto('/izpilde/');
		const status = page.getByRole('combobox', { name: 'Statuss' });
		await status.focus();
		await status.selectOption({ label: STATUS.late });
		const lateCount = await rows(page).count();
		expect(lateCount).toBeGreaterThan(0);
		expect(lateCount).toBeLessThan(scopes.length);
		for (const text of await rows(page).locator('.status-badge').allTextContents()) expect(text).toBe(STATUS.late);
		// The count agrees: "Rādīts 1 no 15", "Rādīti 3 no 15".
		const shown = new Intl.PluralRules('lv').select(lateCount) === 'one' ? 'Rādīts' : 'Rādīti';
		await expect(page.getByRole('status').filter({ hasText: /Rādīt/ })).toHaveText(`${shown} ${lateCount} no ${scopes.length}`);

		await status.selectOption({ label: 'Visi' });
		await page.getByRole('combobox', { name: 'Pakāpe' }).selectOption({ label: 'Vidusskola' });
		await expect(rows(page)).toHaveCount(scopes.filter((s) => s.stage === 'vidusskola').length);

		const sortBySubject = page.getByRole('button', { name: /Priekšmets/ });
		await sortBySubject.focus();
		await page.keyboard.press('Enter');
		await expect(page.getByRole('columnheader', { name: /Priekšmets/ })).toHaveAttribute('aria-sort', 'ascending');
		const names = await rows(page).locator('th').allTextContents();
		expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'lv')));
		await page.keyboard.press('Enter');
		await expect(page.getByRole('columnheader', { name: /Priekšmets/ })).toHaveAttribute('aria-sort', 'descending');
	});

	test('filters and sorting live in the address: kept on reload, and an address opens its view', async ({ page }) => {
		const scopes = await expected();
		await page.goto('/izpilde/');
		await page.getByRole('combobox', { name: 'Statuss' }).selectOption({ label: STATUS.late });
		await page.getByRole('button', { name: /Priekšmets/ }).click();
		await expect(page).toHaveURL(/\?statuss=late&kartot=prieksmets$/);
		const shown = await rows(page).locator('th').allTextContents();
		await page.reload();
		await expect(page.getByRole('combobox', { name: 'Statuss' })).toHaveValue('late');
		await expect(page.getByRole('columnheader', { name: /Priekšmets/ })).toHaveAttribute('aria-sort', 'ascending');
		await expect(rows(page).locator('th')).toHaveText(shown);

		// A view sent by a colleague; a value the board does not know is ignored, not obeyed.
		await page.goto('/izpilde/?pakape=vidusskola&kartot=prieksmets&seciba=dilstosa&statuss=nezinams');
		await expect(page.getByRole('combobox', { name: 'Pakāpe' })).toHaveValue('vidusskola');
		await expect(page.getByRole('combobox', { name: 'Statuss' })).toHaveValue('');
		await expect(page.getByRole('columnheader', { name: /Priekšmets/ })).toHaveAttribute('aria-sort', 'descending');
		const secondary = scopes.filter((s) => s.stage === 'vidusskola');
		await expect(rows(page)).toHaveCount(secondary.length);
		const names = await rows(page).locator('th').allTextContents();
		expect(names).toEqual([...names].sort((a, b) => b.localeCompare(a, 'lv')));
		// Clearing the filters clears the address.
		await page.getByRole('combobox', { name: 'Pakāpe' }).selectOption({ label: 'Visi' });
		await expect(page).toHaveURL(/\?kartot=prieksmets&seciba=dilstosa$/);
	});

	test('on a phone, where the table is cards without column headers, sorting is a choice beside the filters', async ({ page }) => {
		await page.setViewportSize({ width: 320, height: 640 });
		await page.goto('/izpilde/');
		await expect(page.getByRole('columnheader', { name: /Priekšmets/ })).toBeHidden();
		await page.getByRole('combobox', { name: 'Kārtot pēc' }).selectOption({ label: 'Priekšmets' });
		await page.getByRole('combobox', { name: 'Secība' }).selectOption({ label: 'dilstošā' });
		await expect(page).toHaveURL(/\?kartot=prieksmets&seciba=dilstosa$/);
		const names = await rows(page).locator('th').allTextContents();
		expect(names).toEqual([...names].sort((a, b) => b.localeCompare(a, 'lv')));
	});

	test('the chart’s legend counts every result once', async ({ page }) => {
		await page.goto('/izpilde/');
		const counts = (await page.locator('.progress-legend li').allTextContents()).map((text) => Number(text.split(':')[1]));
		expect(counts.reduce((a, b) => a + b, 0)).toBe(11);
		await expect(page.getByRole('img', { name: /Rezultāti pēc statusa/ })).toBeVisible();
	});
});

test('the board is the project’s, not the teachers’: out of the main navigation, reached from the footer and the home page', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('navigation', { name: 'Galvenā navigācija' }).getByRole('link', { name: /izpilde/i })).toHaveCount(0);
	await page.getByRole('contentinfo').getByRole('link', { name: 'Projekta izpilde' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Projekta izpilde');
	await page.goto('/');
	await page.getByRole('region', { name: 'Par projektu' }).getByRole('link', { name: 'Par projektu' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Par projektu');
	// The project from its description: who, what it costs, when, and its results.
	const main = page.getByRole('main');
	await expect(main).toContainText('Pedagogu profesionālā atbalsta sistēmas izveide');
	await expect(main).toContainText('Valsts izglītības satura centrs');
	await expect(main).toContainText('49 731 514 EUR');
	await expect(main).toContainText('2024. gada 1. oktobris – 2029. gada 31. decembris');
	await expect(main.locator('.about-results li')).toHaveCount(11);
	await main.getByRole('link', { name: /Projekta izpilde/ }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Projekta izpilde');
});

test('the page’s JavaScript, island included, stays under 70 KB gzipped', async ({ page }) => {
	const { gzipSync } = await import('node:zlib');
	const scripts: Buffer[] = [];
	page.on('response', async (response) => {
		if (response.request().resourceType() === 'script') scripts.push(await response.body());
	});
	await page.goto('/izpilde/');
	await expect(page.getByRole('combobox', { name: 'Statuss' })).toBeVisible();
	await page.waitForLoadState('networkidle');
	const html = await (await page.request.get('/izpilde/')).text();
	// Inline scripts are JavaScript too (Astro's island loader); JSON-LD is data.
	const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => Buffer.from(m[1]!));
	expect(scripts.length).toBeGreaterThan(0);
	const gzipped = [...scripts, ...inline].reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0);
	expect(gzipped).toBeLessThan(70 * 1024);
});
