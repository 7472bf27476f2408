import { describe, expect, test } from 'vitest';
import { editUrl, issueFormUrl, mailtoUrl } from './feedback.ts';
import { DEFAULT_CONTACT_EMAIL, readSettings } from '../settings.ts';

const material = { id: 'fizika/briva-krisana', title: 'Brīvā krišana', version: '1.2.0', url: 'https://portals.example/materiali/fizika/briva-krisana/' };

describe('settings', () => {
	test('a build in GitHub Actions links to its own repository', () => {
		expect(readSettings({ GITHUB_REPOSITORY: 'skola/materiali', GITHUB_SERVER_URL: 'https://github.com' }).repositoryUrl).toBe(
			'https://github.com/skola/materiali',
		);
		expect(readSettings({ REPOSITORY_URL: 'https://git.example/portals/', GITHUB_REPOSITORY: 'skola/materiali' }).repositoryUrl).toBe(
			'https://git.example/portals',
		);
	});

	test('the contact address is one setting, with a reserved default for local builds', () => {
		expect(readSettings({}).contactEmail).toBe(DEFAULT_CONTACT_EMAIL);
		expect(readSettings({ CONTACT_EMAIL: 'materiali@skola.lv' }).contactEmail).toBe('materiali@skola.lv');
	});
});

describe('feedback links', () => {
	const settings = readSettings({ REPOSITORY_URL: 'https://github.com/skola/materiali', CONTACT_EMAIL: 'materiali@skola.lv' });

	test('the issue form is prefilled with the material, its version and address', () => {
		const url = new URL(issueFormUrl(settings, 'kluda', material, 'Kļūda: Brīvā krišana'));
		expect(url.origin + url.pathname).toBe('https://github.com/skola/materiali/issues/new');
		expect(Object.fromEntries(url.searchParams)).toEqual({
			template: 'kluda.yml',
			title: 'Kļūda: Brīvā krišana',
			materials: material.id,
			versija: '1.2.0',
			adrese: material.url,
		});
	});

	test('the edit link opens the material file on the published branch', () => {
		expect(editUrl(settings, material.id)).toBe('https://github.com/skola/materiali/edit/main/content/materials/fizika/briva-krisana/index.mdx');
	});

	test('the e-mail keeps Latvian letters and spaces readable to mail programs', () => {
		const url = mailtoUrl(settings, 'Kļūda: Brīvā krišana', 'Materiāls: fizika/briva-krisana');
		expect(url.startsWith('mailto:materiali@skola.lv?subject=')).toBe(true);
		expect(url).not.toContain('+');
		expect(decodeURIComponent(url.split('subject=')[1]!.split('&')[0]!)).toBe('Kļūda: Brīvā krišana');
	});
});
