import { describe, expect, test } from 'vitest';
import { areaPath, materialPath, subjectPath, withBase } from './urls.ts';

describe('site paths', () => {
	test('material pages live under /materiali/', () => {
		expect(materialPath('fizika/briva-krisana')).toBe('/materiali/fizika/briva-krisana/');
	});
	test('areas and subjects', () => {
		expect(areaPath('dabaszinatnes')).toBe('/jomas/dabaszinatnes/');
		expect(subjectPath('fizika')).toBe('/prieksmeti/fizika/');
		expect(subjectPath('fizika', { grade: 10 })).toBe('/prieksmeti/fizika/10-klase/');
		expect(subjectPath('fizika', { kind: 'stundas-plans' })).toBe('/prieksmeti/fizika/stundas-plans/');
		expect(subjectPath('fizika', { grade: 9, kind: 'darba-lapa' })).toBe('/prieksmeti/fizika/9-klase/darba-lapa/');
	});
	test('the base is added once, with or without its slash', () => {
		expect(withBase('/jomas/', '/')).toBe('/jomas/');
		expect(withBase('/jomas/', '/portals/')).toBe('/portals/jomas/');
		expect(withBase('/jomas/', '/portals')).toBe('/portals/jomas/');
		expect(withBase('jomas/', '/portals/')).toBe('/portals/jomas/');
	});
});
