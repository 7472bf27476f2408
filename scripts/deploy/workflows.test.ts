import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';

const dir = resolve(import.meta.dirname, '../../.github/workflows');
const workflows = readdirSync(dir).map((file) => ({
	file,
	text: readFileSync(join(dir, file), 'utf8'),
	yaml: parse(readFileSync(join(dir, file), 'utf8')) as Workflow,
}));

interface Step {
	uses?: string;
	run?: string;
	env?: Record<string, string>;
}
interface Job {
	needs?: string | string[];
	uses?: string;
	permissions?: Record<string, string>;
	steps?: Step[];
}
interface Workflow {
	on: Record<string, unknown>;
	permissions?: Record<string, string>;
	jobs: Record<string, Job>;
}

describe('GitHub Actions workflows', () => {
	test('there are checks for pull requests and a deploy for main', () => {
		expect(workflows.map((w) => w.file).sort()).toEqual(['checks.yml', 'deploy.yml']);
	});

	test.each(workflows)('$file pins every action to a commit, with its version beside it', ({ text }) => {
		const uses = [...text.matchAll(/uses:\s*(\S+)(.*)$/gm)];
		expect(uses.length).toBeGreaterThan(0);
		for (const [, ref, comment] of uses) {
			if (ref!.startsWith('./')) continue;
			expect(ref, ref).toMatch(/^[\w-]+\/[\w.-]+@[0-9a-f]{40}$/);
			expect(comment, ref).toMatch(/# v\d+\.\d+\.\d+/);
		}
	});

	test.each(workflows)('$file reads the repository and nothing more, and never runs pull requests with secrets', ({ yaml, text }) => {
		expect(yaml.permissions).toEqual({ contents: 'read' });
		expect(yaml.on).not.toHaveProperty('pull_request_target');
		expect(text).not.toMatch(/persist-credentials:\s*true/);
		// Untrusted values reach scripts through env, not by expansion inside `run:`.
		for (const job of Object.values(yaml.jobs))
			for (const step of job.steps ?? []) expect(step.run ?? '').not.toMatch(/\$\{\{\s*github\.(?:head_ref|base_ref|event)/);
	});

	test('the deploy runs only after the checks passed, and only it sees the Cloudflare secrets', () => {
		const deploy = workflows.find((w) => w.file === 'deploy.yml')!;
		expect(Object.keys(deploy.yaml.on)).toEqual(['push']);
		expect(deploy.yaml.jobs.checks?.uses).toBe('./.github/workflows/checks.yml');
		expect(deploy.yaml.jobs.deploy?.needs).toBe('checks');
		const checks = workflows.find((w) => w.file === 'checks.yml')!;
		expect(checks.text).not.toMatch(/secrets\./);
		expect(deploy.text).toMatch(/secrets\.CLOUDFLARE_API_TOKEN/);
	});

	test('the job with the secrets installs no dependencies and uploads the artifact the checks verified', () => {
		const deploy = workflows.find((w) => w.file === 'deploy.yml')!.yaml.jobs.deploy!;
		const runs = (deploy.steps ?? []).map((step) => step.run ?? '');
		expect(runs.filter((run) => /npm (?:install|ci)\b/.test(run))).toEqual([]);
		expect(runs).toContain('node scripts/deploy/deploy.ts --deploy');
		expect((deploy.steps ?? []).some((step) => step.uses?.startsWith('actions/download-artifact@'))).toBe(true);
		// Only the step that uploads sees the secrets.
		const withSecrets = (deploy.steps ?? []).filter((step) => JSON.stringify(step).includes('secrets.'));
		expect(withSecrets.map((step) => step.run)).toEqual(['node scripts/deploy/deploy.ts --deploy']);
	});

	test('the checks run the README’s test command and a dry-run deploy', () => {
		const checks = workflows.find((w) => w.file === 'checks.yml')!;
		const runs = Object.values(checks.yaml.jobs).flatMap((job) => (job.steps ?? []).map((step) => step.run ?? ''));
		expect(runs).toContain('npm test');
		expect(runs).toContain('npm run deploy -- --dry-run');
		// What is tested is what the lock file pins, not a fresh resolution.
		expect(runs.filter((run) => /^npm (?:install|i|ci)\b/.test(run))).toEqual(['npm ci --no-audit --no-fund']);
	});
});
