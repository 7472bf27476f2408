import { expect, test } from 'vitest';
import { missingSections } from './sections.ts';

test('a lesson plan needs success criteria and differentiation; other kinds need neither', () => {
	const headings = [{ text: 'Stundas gaita' }, { text: 'Diferenciācija un atbalsts' }];
	expect(missingSections('stundas-plans', headings).map((s) => s.title)).toEqual(['Snieguma kritēriji']);
	expect(missingSections('temata-plans', [...headings, { text: 'snieguma kritēriji skolēniem' }])).toEqual([]);
	expect(missingSections('darba-lapa', [])).toEqual([]);
});
