import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { rm } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { runDeploy, writeSite } from './fixture.ts';

const dir = resolve(import.meta.dirname, '../../.github/workflows');
const workflows = readdirSync(dir).map((file) => ({
	file,
	text: readFileSync(join(dir, file), 'utf8'),
	yaml: parse(readFileSync(join(dir, file), 'utf8')) as Workflow,
}));

interface Step {
	id?: string;
	if?: string;
	uses?: string;
	with?: Record<string, string | boolean>;
	run?: string;
	env?: Record<string, string>;
	'working-directory'?: string;
}
interface Job {
	if?: string;
	needs?: string | string[];
	uses?: string;
	permissions?: Record<string, string>;
	environment?: string | { name: string; url?: string };
	steps?: Step[];
}
interface Workflow {
	name: string;
	on: Record<string, unknown>;
	permissions?: Record<string, string>;
	concurrency?: { group: string; 'cancel-in-progress': boolean | string };
	jobs: Record<string, Job>;
}

const workflow = (file: string) => workflows.find((w) => w.file === file)!;
const steps = (job: Job | undefined) => job?.steps ?? [];
/** What each workflow may do with its GITHUB_TOKEN: at the top, then per job. */
const PERMISSIONS: Record<string, { top: Record<string, string>; jobs: Record<string, Record<string, string> | undefined> }> = {
	'checks.yml': { top: { contents: 'read' }, jobs: { site: undefined } },
	'deploy.yml': { top: { contents: 'read' }, jobs: { checks: undefined, deploy: undefined } },
	// Nothing by default; the one job reads the scripts and the other run's artifact, and comments.
	'preview.yml': { top: {}, jobs: { preview: { contents: 'read', actions: 'read', 'pull-requests': 'write' } } },
};

describe('GitHub Actions workflows', () => {
	test('there are checks for pull requests, a preview of each pull request and a deploy for main', () => {
		expect(workflows.map((w) => w.file).sort()).toEqual(['checks.yml', 'deploy.yml', 'preview.yml']);
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

	test('an action is pinned to the same commit in every workflow', () => {
		const pins = new Map<string, Set<string>>();
		for (const { text } of workflows)
			for (const [, action, sha] of text.matchAll(/uses:\s*([\w-]+\/[\w.-]+)@(\S+)/g)) pins.set(action!, (pins.get(action!) ?? new Set()).add(sha!));
		for (const [action, shas] of pins) expect([...shas], action).toHaveLength(1);
	});

	test.each(workflows)('$file grants its token the least it needs, and never runs pull requests with secrets', ({ file, yaml, text }) => {
		expect(yaml.permissions).toEqual(PERMISSIONS[file]!.top);
		expect(Object.fromEntries(Object.entries(yaml.jobs).map(([name, job]) => [name, job.permissions]))).toEqual(PERMISSIONS[file]!.jobs);
		expect(yaml.on).not.toHaveProperty('pull_request_target');
		expect(text).not.toMatch(/persist-credentials:\s*true/);
		// Untrusted values reach scripts through env, not by expansion inside `run:`.
		for (const job of Object.values(yaml.jobs))
			for (const step of steps(job)) {
				expect(step.run ?? '').not.toMatch(/\$\{\{\s*github\.(?:head_ref|base_ref|event)/);
				expect(step.run ?? '').not.toContain('${{');
			}
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

describe('a pull request gets a preview address, with no secret reachable from its code', () => {
	const preview = workflow('preview.yml');
	const job = preview.yaml.jobs.preview!;
	const runs = steps(job).map((step) => step.run ?? '');
	const download = steps(job).find((step) => step.uses?.startsWith('actions/download-artifact@'))!;
	const upload = steps(job).find((step) => step.id === 'deploy')!;
	const comment = steps(job).at(-1)!;

	test('it starts only when the checks of a pull request have passed, from the default branch’s copy of the workflow', () => {
		// workflow_run runs the default branch's file with its secrets; the pull request's own copy never runs here.
		expect(preview.yaml.on).toEqual({ workflow_run: { workflows: ['Checks'], types: ['completed'] } });
		expect(workflow('checks.yml').yaml.name).toBe('Checks');
		expect(workflow('checks.yml').yaml.on).toHaveProperty('pull_request');
		expect(Object.keys(preview.yaml.jobs)).toEqual(['preview']);
		expect(job.if).toBe("github.event.workflow_run.event == 'pull_request' && github.event.workflow_run.conclusion == 'success'");
		// A newer push to the same pull request cancels the older preview run.
		expect(preview.yaml.concurrency?.['cancel-in-progress']).toBe(true);
		expect(preview.yaml.concurrency?.group).toContain('github.event.workflow_run.head_branch');
	});

	test('it checks out the default branch, never the pull request, and installs nothing', () => {
		const checkouts = steps(job).filter((step) => step.uses?.startsWith('actions/checkout@'));
		// No ref and no repository: the commit the workflow_run event names, on the default branch.
		expect(checkouts.map((step) => step.with)).toEqual([{ 'persist-credentials': false }]);
		for (const step of steps(job)) expect(JSON.stringify(step.with ?? {})).not.toMatch(/workflow_run\.head|pull_request|refs\/pull/);
		expect(runs.filter((run) => /\b(?:npm|npx|yarn|pnpm|corepack|git (?:fetch|checkout|switch)|gh pr checkout)\b/.test(run))).toEqual([]);
		const node = steps(job).find((step) => step.uses?.startsWith('actions/setup-node@'))!;
		expect(node.with).not.toHaveProperty('cache');
	});

	test('the artifact of the passed checks is downloaded as data, and nothing in it is executed', () => {
		expect(download.with).toEqual({
			name: 'site',
			path: 'dist/',
			'run-id': '${{ github.event.workflow_run.id }}',
			'github-token': '${{ github.token }}',
		});
		const deployed = steps(workflow('deploy.yml').yaml.jobs.deploy).find((step) => step.uses?.startsWith('actions/download-artifact@'))!;
		expect(download.uses).toBe(deployed.uses);
		// No step runs, sources or changes into the downloaded folder, and no action comes from the workspace.
		expect(runs.filter((run) => /\bdist\b/.test(run))).toEqual([]);
		expect(steps(job).filter((step) => step['working-directory'] || step.uses?.startsWith('./'))).toEqual([]);
		// The script that reads it is the default branch's, run by the Node the workflow set up.
		expect(upload.run).toBe('node scripts/deploy/deploy.ts --preview "$PR_NUMBER"');
	});

	test('the pull request is found by its head commit, and its number must be digits', () => {
		const find = steps(job).find((step) => step.id === 'pr')!;
		expect(find.env).toEqual({ GH_TOKEN: '${{ github.token }}', HEAD_SHA: '${{ github.event.workflow_run.head_sha }}' });
		expect(find.run).toContain('gh pr list --repo "$GITHUB_REPOSITORY" --state open --search "$HEAD_SHA" --json number,headRefOid');
		expect(find.run).toContain('select(.headRefOid == $ENV.HEAD_SHA)');
		expect(find.run).toContain('[[ ! "$number" =~ ^[1-9][0-9]*$ ]]');
		expect(upload.env?.PR_NUMBER).toBe('${{ steps.pr.outputs.number }}');
		expect(upload.if).toBe("steps.pr.outputs.number != ''");
	});

	test('only the upload step sees the Cloudflare secrets; the comment step has the GitHub token and the address', () => {
		const { steps: _steps, ...jobWithoutSteps } = job;
		const { jobs: _jobs, ...workflowWithoutJobs } = preview.yaml;
		expect(JSON.stringify([jobWithoutSteps, workflowWithoutJobs])).not.toContain('secrets.');
		expect(steps(job).filter((step) => JSON.stringify(step).includes('secrets.'))).toEqual([upload]);
		expect(Object.entries(upload.env ?? {}).filter(([, value]) => value.includes('secrets.'))).toEqual([
			['CLOUDFLARE_API_TOKEN', '${{ secrets.CLOUDFLARE_API_TOKEN }}'],
			['CLOUDFLARE_ACCOUNT_ID', '${{ secrets.CLOUDFLARE_ACCOUNT_ID }}'],
		]);
		expect(upload.env?.CLOUDFLARE_PAGES_PROJECT).toBe('${{ vars.CLOUDFLARE_PAGES_PROJECT }}');
		expect(JSON.stringify(upload)).not.toContain('github.token');
		expect(comment.if).toBe("steps.deploy.outputs.url != ''");
		expect(comment.env).toMatchObject({ GH_TOKEN: '${{ github.token }}', PREVIEW_URL: '${{ steps.deploy.outputs.url }}' });
		expect(job.environment).toEqual({ name: 'preview', url: '${{ steps.deploy.outputs.url }}' });
	});

	test('the comment is one per pull request, found by its hidden marker and edited on each push', () => {
		expect(comment.run).toMatch(/^\s*body="<!-- preview-address -->$/m);
		expect(comment.run).toContain('select(.user.login == "github-actions[bot]" and (.body | startswith("<!-- preview-address -->")))');
		expect(comment.run).toContain('gh api --method PATCH "repos/$GITHUB_REPOSITORY/issues/comments/$id"');
		expect(comment.run).toContain('$PREVIEW_URL');
	});

	test('the upload step’s command, as a dry run on a built site, prints the address pr-12.<project>.pages.dev without the network', async () => {
		const dir = await writeSite();
		try {
			const command = upload.run!.replace('"$PR_NUMBER"', '12').split(' ');
			expect(command.slice(0, 2)).toEqual(['node', 'scripts/deploy/deploy.ts']);
			const { code, stdout } = await runDeploy([...command.slice(2), '--dry-run', '--dir', dir], {
				CLOUDFLARE_PAGES_PROJECT: 'metodiskie-materiali',
				DEPLOY_COMMIT: '0123456789abcdef0123456789abcdef01234567',
			});
			expect(code).toBe(0);
			expect(stdout).toContain('Preview of pull request #12: https://pr-12.metodiskie-materiali.pages.dev/');
			expect(stdout).toContain('--branch pr-12 --commit-hash 0123456789abcdef0123456789abcdef01234567');
		} finally {
			await rm(dir, { recursive: true, force: true });
		}
	});
});
