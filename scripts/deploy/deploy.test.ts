import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { DEFAULT_CONTACT_EMAIL } from '../../src/settings.ts';
import { runDeploy, writeSite } from './fixture.ts';

const made: string[] = [];
const site = async (files: Record<string, string> = {}) => {
	const dir = await writeSite(files);
	made.push(dir);
	return dir;
};
afterEach(async () => {
	for (const dir of made.splice(0)) await rm(dir, { recursive: true, force: true });
});

describe('deploy.ts --preview', () => {
	test('a dry run verifies the site and prints the pull request’s address and Pages branch, uploading nothing', async () => {
		const dir = await site();
		const { code, stdout } = await runDeploy(['--dir', dir, '--preview', '12', '--dry-run'], { CLOUDFLARE_PAGES_PROJECT: 'metodiskie-materiali' });
		expect(code).toBe(0);
		expect(stdout).toContain('Verified:');
		expect(stdout).toContain('Preview of pull request #12: https://pr-12.metodiskie-materiali.pages.dev/');
		expect(stdout).toMatch(/Dry run: nothing uploaded\. .* --branch pr-12 /);
	});

	test('the address follows the project and the base path', async () => {
		const dir = await site();
		const { stdout } = await runDeploy(['--dir', dir, '--preview', '7', '--dry-run', '--project', 'materiali-test'], { BASE_PATH: '/portals/' });
		expect(stdout).toContain('https://pr-7.materiali-test.pages.dev/portals/');
	});

	test.each(['abc', '12;rm', '0', ''])('a pull request number that is not digits is refused before anything is read: %j', async (number) => {
		const { code, stderr, stdout } = await runDeploy(['--dir', '/nonexistent', '--preview', number, '--dry-run']);
		expect(code).toBe(1);
		expect(stderr).toContain(`--preview takes a pull request number (digits only), not "${number}"`);
		expect(stdout).toBe('');
	});

	test('--preview and --deploy are not given together', async () => {
		const { code, stderr } = await runDeploy(['--preview', '12', '--deploy']);
		expect(code).toBe(1);
		expect(stderr).toContain('give one of them');
	});

	test('a site built for localhost is refused, as by --deploy; its canonical links at the public site are not', async () => {
		const local = await site({ 'index.html': '<link rel="canonical" href="http://localhost:4321/">' });
		const refused = await runDeploy(['--dir', local, '--preview', '12']);
		expect(refused.code).toBe(1);
		expect(refused.stderr).toContain('built for a local address (index.html: http://localhost:4321)');
		// The public address (and the placeholder contact of a fork's build) passes; here only the credentials are missing.
		const good = await site({ 'pieklustamiba/index.html': `<a href="mailto:${DEFAULT_CONTACT_EMAIL}">` });
		const output = join(good, 'github-output');
		await writeFile(output, '');
		const { code, stderr } = await runDeploy(['--dir', good, '--preview', '12'], { GITHUB_OUTPUT: output });
		expect(code).toBe(1);
		expect(stderr).toContain('--preview needs CLOUDFLARE_API_TOKEN and CLOUDFLARE_ACCOUNT_ID.');
		// No upload, so no address for the comment step.
		expect(await readFile(output, 'utf8')).toBe('');
	});

	test('--deploy still refuses the placeholder contact address', async () => {
		const dir = await site({ 'pieklustamiba/index.html': `<a href="mailto:${DEFAULT_CONTACT_EMAIL}">` });
		const { code, stderr } = await runDeploy(['--dir', dir, '--deploy']);
		expect(code).toBe(1);
		expect(stderr).toContain('built without CONTACT_EMAIL');
	});
});
