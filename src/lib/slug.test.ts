import { describe, expect, test } from 'vitest';
import { slugify } from './slug.ts';

describe('slugify', () => {
	test.each([
		['Brīvā krišana', 'briva-krisana'],
		['Ķīmisko reakciju ātrums', 'kimisko-reakciju-atrums'],
		['Ģeogrāfija: klimata pārmaiņas Latvijā', 'geografija-klimata-parmainas-latvija'],
		['Ūdens, ledus un tvaiks — 7. klase', 'udens-ledus-un-tvaiks-7-klase'],
		['Ļoti ŅIPRS žurnāls', 'loti-niprs-zurnals'],
		['  --Teikuma locekļi!!  ', 'teikuma-locekli'],
	])('%s → %s', (title, slug) => {
		expect(slugify(title)).toBe(slug);
	});

	test('long titles are cut at a word boundary', () => {
		const slug = slugify('Vienmērīgi paātrināta kustība un brīvā krišana: laboratorijas darbs ar viedtālruni', 40);
		expect(slug).toBe('vienmerigi-paatrinata-kustiba-un-briva');
		expect(slug.length).toBeLessThanOrEqual(40);
	});
});
