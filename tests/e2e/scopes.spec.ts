import { expect, test } from '@playwright/test';
import { publishedMaterials } from './collection.ts';

/** The 15 subject × stage scopes with deadlines in seed 000 (results 5–9). */
const SEED_SCOPES = [
	['fizika', 'vidusskola'],
	['kimija', 'vidusskola'],
	['biologija', 'vidusskola'],
	['geografija', 'vidusskola'],
	['inzenierzinibas', 'pamatskola'],
	['matematika', 'pamatskola'],
	['matematika', 'vidusskola'],
	['programmesana', 'vidusskola'],
	['fizika', 'pamatskola'],
	['kimija', 'pamatskola'],
	['biologija', 'pamatskola'],
	['datorika', 'pamatskola'],
	['latviesu-valoda', 'pamatskola'],
	['latviesu-valoda', 'vidusskola'],
	['vesture-un-socialas-zinatnes', 'vidusskola'],
] as const;

test('every scope with a project deadline has a published material on its subject page', async ({ page }) => {
	const materials = await publishedMaterials();
	for (const [subject, stage] of SEED_SCOPES) {
		const inScope = materials.filter((m) => m.data.subject === subject && m.data.stage === stage);
		expect(inScope.length, `${subject} / ${stage}`).toBeGreaterThan(0);
		await page.goto(`/prieksmeti/${subject}/`);
		const titles = await page.locator('.material-list h3').allTextContents();
		expect(titles, `${subject} / ${stage}`).toContain(inScope[0]!.data.title);
	}
});
