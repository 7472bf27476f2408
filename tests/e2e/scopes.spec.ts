import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { publishedMaterials } from './collection.ts';

/**
 * The 15 scopes with deadlines in seed 000 (results 5–9). "Vēsture un sociālās zinātnes" is
 * two secondary courses since 2024-09-01, so that scope counts both subjects.
 */
const SEED_SCOPES: readonly (readonly [readonly string[], string])[] = [
	[['fizika'], 'vidusskola'],
	[['kimija'], 'vidusskola'],
	[['biologija'], 'vidusskola'],
	[['geografija'], 'vidusskola'],
	[['inzenierzinibas'], 'pamatskola'],
	[['matematika'], 'pamatskola'],
	[['matematika'], 'vidusskola'],
	[['programmesana'], 'vidusskola'],
	[['fizika'], 'pamatskola'],
	[['kimija'], 'pamatskola'],
	[['biologija'], 'pamatskola'],
	[['datorika'], 'pamatskola'],
	[['latviesu-valoda'], 'pamatskola'],
	[['latviesu-valoda'], 'vidusskola'],
	[['vesture', 'socialas-zinatnes'], 'vidusskola'],
];

test('every deadline scope has at least two published materials of different kinds, listed on their subject pages', async ({ page }) => {
	const materials = await publishedMaterials();
	for (const [subjects, stage] of SEED_SCOPES) {
		const scope = `${subjects.join(' + ')} / ${stage}`;
		const inScope = materials.filter((m) => subjects.includes(m.data.subject) && m.data.stage === stage);
		expect(inScope.length, scope).toBeGreaterThanOrEqual(2);
		expect(new Set(inScope.map((m) => m.data.kind)).size, scope).toBeGreaterThanOrEqual(2);
		for (const material of inScope) {
			await page.goto(`/prieksmeti/${material.data.subject}/`);
			await expect(page.locator('.material-list h3'), scope).toContainText([material.data.title]);
		}
	}
});

test('the progress page counts both history and social sciences in the seed’s scope', async ({ page }) => {
	const materials = await publishedMaterials();
	const count = materials.filter((m) => ['vesture', 'socialas-zinatnes'].includes(m.data.subject) && m.data.stage === 'vidusskola').length;
	await page.goto('/izpilde/');
	const row = page.locator('.progress-table tbody tr').filter({ has: page.getByRole('rowheader', { name: 'Vēsture un sociālās zinātnes', exact: true }) });
	await expect(row).toHaveCount(1);
	await expect(row.locator('td').nth(3)).toHaveText(new RegExp(`^${count} `));
});

test('the retired subject’s address says where its materials went', async ({ page }) => {
	await page.goto('/prieksmeti/vesture-un-socialas-zinatnes/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vēsture un sociālās zinātnes');
	await expect(page.locator('main')).toContainText('Vēsture I');
	for (const [name, path] of [
		['Vēsture', '/prieksmeti/vesture/'],
		['Sociālās zinātnes', '/prieksmeti/socialas-zinatnes/'],
	]) {
		await expect(page.getByRole('link', { name, exact: true })).toHaveAttribute('href', path);
	}
	const redirects = await readFile(resolve(import.meta.dirname, '../../', process.env.OUT_DIR ?? 'dist', '_redirects'), 'utf8');
	expect(redirects).toContain('/prieksmeti/vesture-un-socialas-zinatnes/ /jomas/socialas-zinatnes/ 301');
	expect(redirects).toContain('/materiali/vesture-un-socialas-zinatnes/neatkaribas-atjaunosana-1990/ /materiali/vesture/neatkaribas-atjaunosana-1990/ 301');
	// A subject with one successor goes straight to it.
	expect(redirects).toContain('/prieksmeti/veselibas-maciba/ /prieksmeti/sports-un-veseliba/ 301');
	await page.goto('/prieksmeti/veselibas-maciba/');
	await expect(page.locator('main')).toContainText('Sports un veselība');
});
