import { describe, expect, test } from 'vitest';
import { entry } from '../test/fixtures.ts';
import { licenseUrl, materialJsonLd, serializeJsonLd } from './jsonld.ts';

const context = { url: 'https://example.lv/materiali/fizika/a/', siteName: 'Portāls', siteUrl: 'https://example.lv/' };

describe('materialJsonLd', () => {
	test('describes a LearningResource with LRMI alignments, one per grade', () => {
		const ld = materialJsonLd(entry('fizika/a', { grades: [11, 10] }), context);
		expect(ld).toMatchObject({
			'@context': 'https://schema.org',
			'@type': 'LearningResource',
			name: 'Vienmērīgi paātrināta kustība',
			inLanguage: 'lv',
			version: '1.1.0',
			dateModified: '2025-09-03',
			license: 'https://creativecommons.org/licenses/by/4.0/',
			learningResourceType: 'Stundas plāns',
			author: [{ '@type': 'Person', name: 'Portāla redakcija' }],
			timeRequired: 'PT1H20M',
		});
		expect(ld.educationalAlignment).toEqual([
			{ '@type': 'AlignmentObject', alignmentType: 'educationalSubject', targetName: 'Fizika' },
			{ '@type': 'AlignmentObject', alignmentType: 'educationalLevel', targetName: '10. klase' },
			{ '@type': 'AlignmentObject', alignmentType: 'educationalLevel', targetName: '11. klase' },
			{ '@type': 'AlignmentObject', alignmentType: 'educationalLevel', targetName: 'Optimālais līmenis' },
		]);
		expect(ld.isPartOf).toEqual({ '@type': 'Course', name: 'Fizika I', educationalLevel: 'Optimālais līmenis' });
		expect(ld).not.toHaveProperty('isBasedOn');
		expect(ld.teaches).toEqual(['Skolēns aprēķina paātrinājumu.']);
	});

	test('an adapted material names its source', () => {
		const ld = materialJsonLd(
			entry('fizika/a', { origin: 'adaptets', source: { title: 'Fizika 10. klasei', url: 'https://example.org/f', authors: 'VISC' } }),
			context,
		);
		expect(ld.isBasedOn).toEqual({
			'@type': 'CreativeWork',
			name: 'Fizika 10. klasei',
			url: 'https://example.org/f',
			author: { '@type': 'Organization', name: 'VISC' },
		});
		const printed = materialJsonLd(
			entry('fizika/a', { origin: 'adaptets', source: { title: 'Latvju dainas', authors: 'Krišjānis Barons', year: 1894 } }),
			context,
		);
		expect(printed.isBasedOn).toEqual({
			'@type': 'CreativeWork',
			name: 'Latvju dainas',
			datePublished: '1894',
			author: { '@type': 'Organization', name: 'Krišjānis Barons' },
		});
	});

	test('assessments assess their outcomes instead of teaching them', () => {
		const ld = materialJsonLd(entry('fizika/a', { kind: 'summativa-vertesana' }), context);
		expect(ld.assesses).toEqual(['Skolēns aprēķina paātrinājumu.']);
		expect(ld).not.toHaveProperty('teaches');
	});
});

test('licence URLs are the canonical ones', () => {
	expect(licenseUrl('CC0-1.0')).toBe('https://creativecommons.org/publicdomain/zero/1.0/');
});

test('serialised JSON-LD cannot close its script element', () => {
	const text = serializeJsonLd({ name: '</script><script>alert(1)</script>' });
	expect(text).not.toContain('</script');
	expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script>' });
});
