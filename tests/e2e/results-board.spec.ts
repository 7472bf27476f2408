/**
 * The results board with entered figures: the real collection built with the test figures
 * of tests/fixtures/results/ (tests/e2e/figures.ts). Every result with its deadline, figure,
 * status and trend; the board on a 320 px phone; the exports as a spreadsheet opens them;
 * the printed report. Expected values are worked out here from the fixture file.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parse as parseHtml } from 'parse5';
import { parse } from 'yaml';
import { FIGURES_DIR, FIGURES_FILE, FIGURES_URL } from './figures.ts';
import { publishedMaterials } from './collection.ts';

interface Figure {
	result: number;
	date: string;
	value: number;
	of?: number;
	source: string;
	enteredBy: string;
}
const figures = (parse(readFileSync(resolve(import.meta.dirname, '../..', FIGURES_FILE), 'utf8')) as { figures: Figure[] }).figures;
const pointsOf = (n: number) => figures.filter((f) => f.result === n).sort((a, b) => a.date.localeCompare(b.date));

// Seed 000: results 1–2 are shares with a threshold, 3 is "started", all due 31 August 2025.
const THRESHOLDS: Record<number, (f: Figure) => boolean> = { 1: (f) => f.value / f.of! >= 0.9, 2: (f) => f.value / f.of! >= 0.2, 3: (f) => f.value > 0 };
const DUE = '2025-08-31';
const words = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();
const percent = (f: Figure) => `${new Intl.NumberFormat('lv', { maximumFractionDigits: 1 }).format((f.value / f.of!) * 100)} %`;
const longDate = (iso: string) => new Intl.DateTimeFormat('lv', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
const STATUS_WORDS = ['Nokavēts', 'Tuvojas termiņš', 'Plānots', 'Izpildīts ar nokavējumu', 'Izpildīts laikā', 'Nav datu', 'Bez skaitliska mērķa'];

test.use({ baseURL: FIGURES_URL });

const card = (page: Page, n: number) => page.locator(`#rezultats-${n}`);
const fact = (page: Page, n: number, name: string) =>
	card(page, n)
		.locator('.result-card__facts div')
		.filter({ has: page.locator('dt', { hasText: new RegExp(`^${name}$`) }) })
		.locator('dd');

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('all eleven results show their deadline, figure, status and trend', async ({ page }) => {
		await page.goto('/izpilde/');
		await expect(page.locator('.result-card')).toHaveCount(11);
		for (let n = 1; n <= 11; n++) {
			await expect(card(page, n).getByRole('heading', { level: 3 })).toContainText(`${n}. rezultāts`);
			expect(STATUS_WORDS, `result ${n}`).toContain(words(await card(page, n).getByTestId('result-status').textContent()));
			expect(words(await fact(page, n, 'Termiņš').textContent()), `result ${n}`).not.toBe('');
			expect(words(await card(page, n).getByTestId('result-figure').textContent()), `result ${n}`).not.toMatch(/^$|nav ievadīts/);
			expect(words(await card(page, n).getByTestId('result-trend').textContent()), `result ${n}`).not.toMatch(/^$|mērījumu vēl nav/);
		}
	});

	test('an entered result shows its latest figure, its source, its status by the seed’s threshold and its history', async ({ page }) => {
		await page.goto('/izpilde/');
		for (const n of [1, 2, 3]) {
			const points = pointsOf(n);
			const last = points.at(-1)!;
			const met = points.find(THRESHOLDS[n]!);
			const status = !met ? 'Nokavēts' : met.date <= DUE ? 'Izpildīts laikā' : 'Izpildīts ar nokavējumu';
			await expect(card(page, n).getByTestId('result-status')).toHaveText(status);
			const figure = words(await card(page, n).getByTestId('result-figure').textContent());
			if (last.of) expect(figure).toContain(`${last.value} no ${last.of}`);
			if (last.of) expect(figure).toContain(percent(last));
			else expect(figure).toContain(String(last.value));
			const origin = words(await card(page, n).getByTestId('result-origin').textContent());
			expect(origin).toContain(last.source);
			expect(origin).toContain(last.enteredBy);
			// The history, newest first, with every source.
			const history = card(page, n).locator('.result-card__history tbody tr');
			await expect(history).toHaveCount(points.length);
			await expect(history.first().locator('time')).toHaveAttribute('datetime', last.date);
			for (const p of points) await expect(card(page, n).locator('.result-card__history')).toContainText(p.source);
		}
	});

	test('a trend says which way a figure went, from when to when, and draws it', async ({ page }) => {
		await page.goto('/izpilde/');
		for (const n of [1, 10]) {
			const [first, last] = [pointsOf(n)[0]!, pointsOf(n).at(-1)!];
			const direction = last.value / last.of! > first.value / first.of! ? 'pieaug' : 'samazinās';
			await expect(card(page, n).getByTestId('result-trend')).toHaveText(
				`${direction}: no ${percent(first)} (${longDate(first.date)}) līdz ${percent(last)} (${longDate(last.date)})`,
			);
			await expect(card(page, n).getByRole('img', { name: /rādītāja vērtības laika gaitā/ })).toBeVisible();
		}
		// One measurement has no direction yet, and no line.
		await expect(card(page, 11).getByTestId('result-trend')).toContainText(`viens mērījums (${longDate(pointsOf(11)[0]!.date)})`);
		await expect(card(page, 11).getByRole('img')).toHaveCount(0);
		// Computed results say so and are drawn from the publication dates.
		await expect(card(page, 4).getByTestId('result-origin')).toHaveText('aprēķināti no publicētajiem materiāliem');
		await expect(card(page, 4).getByTestId('result-figure')).toContainText(String((await publishedMaterials()).length));
		await expect(card(page, 4).getByTestId('result-trend')).toContainText('pieaug');
	});

	test('the summary first: every result’s status, totals, and what is late or next', async ({ page }) => {
		await page.goto('/izpilde/');
		const tiles = page.locator('.result-tile');
		await expect(tiles).toHaveCount(11);
		let done = 0;
		for (let n = 1; n <= 11; n++) {
			const status = words(await card(page, n).getByTestId('result-status').textContent());
			await expect(tiles.nth(n - 1)).toHaveText(`${n}.${status}`);
			if (status.startsWith('Izpildīts')) done++;
		}
		await expect(page.getByTestId('results-done')).toHaveText(new RegExp(`^${done} no 11 `));
		// Every result has figures here, so none is unknown.
		await expect(page.getByTestId('results-no-data')).toHaveText('0');
		await expect(page.getByTestId('overdue-no-data')).toHaveCount(0);
	});
});

test.describe('on a 320 px phone', () => {
	test.use({ viewport: { width: 320, height: 640 } });

	for (const javaScriptEnabled of [true, false]) {
		test(`nothing scrolls sideways, and every name has its status beside it (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({ browser }) => {
			const context = await browser.newContext({ baseURL: FIGURES_URL, viewport: { width: 320, height: 640 }, javaScriptEnabled });
			const page = await context.newPage();
			for (const path of ['/izpilde/', '/izpilde/parskats/', '/par-projektu/']) {
				await page.goto(path);
				if (javaScriptEnabled && path === '/izpilde/') await expect(page.getByRole('combobox', { name: 'Statuss' })).toBeVisible();
				const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
				expect(scroll, path).toBeLessThanOrEqual(client);
			}
			await page.goto('/izpilde/');
			const inView = async (name: string, box: { x: number; y: number; width: number; height: number } | null) => {
				expect(box, name).not.toBeNull();
				expect(box!.x, name).toBeGreaterThanOrEqual(0);
				expect(box!.x + box!.width, name).toBeLessThanOrEqual(320);
				return box!;
			};
			for (let n = 1; n <= 11; n++) {
				const name = await inView(`result ${n}`, await card(page, n).getByRole('heading', { level: 3 }).boundingBox());
				const status = await inView(`result ${n} status`, await card(page, n).getByTestId('result-status').boundingBox());
				// Together: the status starts within a line of where the name ends.
				expect(status.y - (name.y + name.height), `result ${n}`).toBeLessThan(40);
			}
			const rows = page.locator('.progress-table tbody tr');
			const count = await rows.count();
			expect(count).toBeGreaterThan(10);
			for (let i = 0; i < count; i++) {
				const name = await inView(`row ${i}`, await rows.nth(i).getByRole('rowheader').boundingBox());
				const status = await inView(`row ${i} status`, await rows.nth(i).locator('.status-badge').boundingBox());
				expect(status.y - (name.y + name.height), `row ${i}`).toBeLessThan(40);
			}
			// The summary's chart fits and is drawn.
			const chart = await page.getByRole('img', { name: /Rezultāti pēc statusa/ }).boundingBox();
			expect(chart!.width).toBeGreaterThan(200);
			expect(chart!.x + chart!.width).toBeLessThanOrEqual(320);
			await context.close();
		});
	}
});

/** The cells of each row of a table LibreOffice Calc made of a CSV file: text, and the number or date it read. */
function cellsOf(html: string): { text: string; value?: string }[][] {
	const rows: { text: string; value?: string }[][] = [];
	type Node = { nodeName: string; attrs?: { name: string; value: string }[]; childNodes?: Node[]; value?: string };
	const text = (node: Node): string => (node.nodeName === '#text' ? node.value! : (node.childNodes ?? []).map(text).join(''));
	const walk = (node: Node) => {
		if (node.nodeName === 'tr') {
			rows.push(
				(node.childNodes ?? [])
					.filter((c) => c.nodeName === 'td')
					.map((td) => {
						const value = td.attrs?.find((a) => a.name === 'sdval')?.value;
						return value === undefined ? { text: words(text(td)) } : { text: words(text(td)), value };
					}),
			);
		}
		for (const child of node.childNodes ?? []) walk(child);
	};
	walk(parseHtml(html) as unknown as Node);
	return rows;
}

test('the exports open in LibreOffice Calc with Latvian letters, numbers as numbers and dates as dates: the spreadsheet as it is, the CSV as a Latvian Calc reads it', async ({
	page,
}) => {
	const dir = await mkdtemp(join(tmpdir(), 'izpilde-'));
	try {
		const names = ['rezultati', 'termini', 'merijumi'];
		for (const name of names) {
			const response = await page.request.get(`/izpilde/${name}.csv`);
			expect(response.headers()['content-type']).toMatch(/^text\/csv/);
			const body = await response.body();
			// The byte-order mark tells a spreadsheet the file is UTF-8.
			expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
			await writeFile(join(dir, `${name}.csv`), body);
		}
		// As a Latvian Calc opens it: semicolon-separated, UTF-8, Latvian locale (LCID 1062).
		execFileSync(
			'soffice',
			[
				`-env:UserInstallation=file://${dir}/profile`,
				'--headless',
				'--infilter=CSV:59,34,76,1,,1062',
				'--convert-to',
				'html',
				'--outdir',
				dir,
				...names.map((n) => join(dir, `${n}.csv`)),
			],
			{
				stdio: 'pipe',
				timeout: 180_000,
			},
		);
		const table = (name: string) => cellsOf(readFileSync(join(dir, `${name}.html`), 'utf8'));

		const results = table('rezultati');
		expect(results[0]!.map((c) => c.text).slice(0, 7)).toEqual(['Rezultāts', 'Nosaukums', 'Termiņš', 'Mērķis', 'Vērtība', 'Kopskaits', 'Īpatsvars, %']);
		expect(results).toHaveLength(12);
		const row = (n: number) => results.find((r) => r[0]!.value === String(n))!;
		expect(row(1)[1]!.text).toBe('Mācības pašvaldību izglītības speciālistiem');
		for (const n of [1, 2, 10]) {
			const last = pointsOf(n).at(-1)!;
			expect(row(n)[4]!.value, `result ${n}`).toBe(String(last.value));
			expect(row(n)[5]!.value, `result ${n}`).toBe(String(last.of));
			// 250 of 1150 is 21.7 %: a decimal comma read as a number.
			expect(Number(row(n)[6]!.value), `result ${n}`).toBeCloseTo((last.value / last.of!) * 100, 1);
		}
		// Dates are dates (a serial number), not text.
		expect(Number(row(1)[2]!.value)).toBeGreaterThan(45000);

		const scopes = table('termini');
		expect(scopes.length).toBeGreaterThan(10);
		expect(scopes.some((r) => r[2]!.text === 'Ķīmija')).toBe(true);

		// Every measurement, its source kept whole although it holds a semicolon and quotes.
		const history = table('merijumi');
		for (const f of figures)
			expect(
				history.some((r) => r[0]!.value === String(f.result) && r[3]!.value === String(f.value) && r[7]!.text === f.source),
				f.source,
			).toBe(true);
	} finally {
		await rm(dir, { recursive: true, force: true });
	}

	// The spreadsheet: its three tables as sheets, typed, needing no import options at all.
	const odsDir = await mkdtemp(join(tmpdir(), 'izpilde-ods-'));
	try {
		const response = await page.request.get('/izpilde/izpilde.ods');
		// The CDN serves it with its type (the preview server here knows no .ods).
		const headers = readFileSync(resolve(import.meta.dirname, '../..', FIGURES_DIR, '_headers'), 'utf8');
		expect(headers).toMatch(/\/izpilde\/\*\.ods\n {2}Content-Type: application\/vnd\.oasis\.opendocument\.spreadsheet\n/);
		await writeFile(join(odsDir, 'izpilde.ods'), await response.body());
		execFileSync(
			'soffice',
			[`-env:UserInstallation=file://${odsDir}/profile`, '--headless', '--convert-to', 'html', '--outdir', odsDir, join(odsDir, 'izpilde.ods')],
			{ stdio: 'pipe', timeout: 180_000 },
		);
		const html = readFileSync(join(odsDir, 'izpilde.html'), 'utf8');
		for (const sheet of ['Rezultāti', 'Termiņi', 'Mērījumi']) expect(html).toContain(sheet);
		const rows = cellsOf(html);
		const first = rows.find((r) => r[0]!.value === '1' && r[1]!.text === 'Mācības pašvaldību izglītības speciālistiem')!;
		const last = pointsOf(1).at(-1)!;
		expect(first[4]!.value).toBe(String(last.value));
		expect(Number(first[6]!.value)).toBeCloseTo((last.value / last.of!) * 100, 1);
		expect(Number(first[2]!.value)).toBeGreaterThan(45000);
	} finally {
		await rm(odsDir, { recursive: true, force: true });
	}

	const json = (await (await page.request.get('/izpilde/izpilde.json')).json()) as { results: { number: number; status: string; points: unknown[] }[] };
	expect(json.results.map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
	for (const n of [1, 2, 3, 10, 11]) expect(json.results[n - 1]!.points).toHaveLength(pointsOf(n).length);
});

test('the board links its exports and its printable report, which prints every result with its history', async ({ page }) => {
	await page.goto('/izpilde/');
	const exports = page.getByRole('region', { name: 'Dati pārskatiem' });
	for (const name of [
		'Visas tabulas vienā izklājlapā (ODS)',
		'Rezultāti (CSV)',
		'Termiņi pa priekšmetiem un pakāpēm (CSV)',
		'Visi mērījumi (CSV)',
		'Visi rādītāji (JSON)',
	])
		await expect(exports.getByRole('link', { name })).toHaveAttribute('download', '');
	await exports.getByRole('link', { name: 'Drukājams pārskats' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Projekta izpildes pārskats');

	const dir = await mkdtemp(join(tmpdir(), 'parskats-'));
	try {
		const file = join(dir, 'parskats.pdf');
		await page.pdf({ path: file, format: 'A4' });
		const text = words(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }));
		expect(text).toContain('Stāvoklis uz');
		for (let n = 1; n <= 11; n++) expect(text).toContain(`${n}. rezultāts`);
		// The history is open on paper: every source of every measurement (compared without the
		// spaces and hyphens pdftotext may drop or add where a line wraps).
		const bare = (s: string) => s.replace(/[\s-]/g, '');
		for (const f of figures) expect(bare(text)).toContain(bare(f.source));
	} finally {
		await rm(dir, { recursive: true, force: true });
	}
});
