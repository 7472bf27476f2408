/** For the deploy script's tests: the smallest site `verifySite` accepts, and a run of the script that cannot reach the network. */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { REQUIRED } from './verify.ts';

export const DEPLOY_SCRIPT = resolve(import.meta.dirname, 'deploy.ts');

/** A site with every required file, a CSP and an empty `_redirects`; `files` adds or replaces some. */
export async function writeSite(files: Record<string, string> = {}): Promise<string> {
	const dir = await mkdtemp(join(tmpdir(), 'deploy-site-'));
	const all: Record<string, string> = {
		...Object.fromEntries(REQUIRED.map((file) => [file, ''])),
		_headers: "/*\n  Content-Security-Policy: default-src 'self'; script-src 'self'\n",
		_redirects: '',
		'index.html': '<link rel="canonical" href="https://metodiskie-materiali.pages.dev/">',
		...files,
	};
	for (const [path, content] of Object.entries(all)) {
		await mkdir(dirname(join(dir, path)), { recursive: true });
		await writeFile(join(dir, path), content);
	}
	return dir;
}

export interface Run {
	code: number;
	stdout: string;
	stderr: string;
}

/**
 * Runs `node scripts/deploy/deploy.ts …` with only the given environment and a PATH with
 * nothing on it: were it to start Wrangler (npx), the run would fail instead of uploading.
 */
export function runDeploy(args: readonly string[], env: Record<string, string> = {}): Promise<Run> {
	return new Promise((done) => {
		execFile(process.execPath, [DEPLOY_SCRIPT, ...args], { env: { PATH: '/nonexistent', ...env } }, (error, stdout, stderr) =>
			done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
		);
	});
}
