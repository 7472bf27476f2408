import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { codeowners } from './codeowners.ts';
import { SUBJECT_IDS } from '../schemas/vocabulary.ts';

test('every subject folder is owned by its learning area’s team', () => {
	const text = codeowners('org');
	expect(text).toContain('/content/materials/fizika/ @org/joma-dabaszinatnes');
	expect(text).toContain('/content/materials/programmesana/ @org/joma-tehnologijas');
	for (const subject of SUBJECT_IDS) expect(text).toMatch(new RegExp(`^/content/materials/${subject}/ @org/joma-`, 'm'));
});

test('the committed CODEOWNERS is up to date (run npm run codeowners)', () => {
	expect(readFileSync(resolve(import.meta.dirname, '../../.github/CODEOWNERS'), 'utf8')).toBe(codeowners());
});
