import { describe, expect, test } from 'vitest';
import { ALIAS_LENGTH, branchAlias, outputLine, previewAddress, previewBranch } from './preview.ts';

describe('branchAlias follows Cloudflare Pages’ rule for branch aliases', () => {
	test.each([
		['pr-12', 'pr-12'],
		['fix/api', 'fix-api'],
		['Labojums/Ķīmija_11', 'labojums---mija-11'],
		['-/pr-7/-', 'pr-7'],
	])('%s → %s', (branch, alias) => {
		expect(branchAlias(branch)).toBe(alias);
	});

	test('a long branch name is cut to 28 characters', () => {
		expect(branchAlias('dependabot/npm_and_yarn/dustjs-linkedin-3.0.0')).toBe('dependabot-npm-and-yarn-dust');
		expect(branchAlias('a'.repeat(40))).toHaveLength(ALIAS_LENGTH);
	});

	test('a name without letters or digits has no predictable alias', () => {
		expect(() => branchAlias('-::-')).toThrow(/no letters or digits/);
	});
});

describe('previewBranch and previewAddress', () => {
	test('a pull request’s preview is the branch pr-<number> at its alias on pages.dev', () => {
		expect(previewBranch('12')).toBe('pr-12');
		expect(previewAddress('metodiskie-materiali', '12')).toBe('https://pr-12.metodiskie-materiali.pages.dev/');
		expect(previewAddress('metodiskie-materiali', '4321', '/portals/')).toBe('https://pr-4321.metodiskie-materiali.pages.dev/portals/');
		expect(previewAddress('metodiskie-materiali', '7', 'portals')).toBe('https://pr-7.metodiskie-materiali.pages.dev/portals/');
	});

	test.each(['', 'abc', '12a', '-1', '0', '012', '1.5', '12\nurl=https://example.org', '1'.repeat(11)])(
		'a pull request number that is not one is refused: %j',
		(number) => {
			expect(() => previewBranch(number)).toThrow('--preview takes a pull request number (digits only)');
			expect(() => previewAddress('metodiskie-materiali', number)).toThrow('--preview takes a pull request number');
		},
	);

	test('a project name Cloudflare would not accept is refused', () => {
		expect(() => previewAddress('Metodiskie materiali', '12')).toThrow('is not a Cloudflare Pages project name');
		expect(() => previewAddress('x.evil.example', '12')).toThrow('is not a Cloudflare Pages project name');
	});
});

test('outputLine writes one name=value line, and refuses a value that would add another', () => {
	expect(outputLine('url', 'https://pr-12.x.pages.dev/')).toBe('url=https://pr-12.x.pages.dev/\n');
	expect(() => outputLine('url', 'a\nother=b')).toThrow('must be one line');
});
