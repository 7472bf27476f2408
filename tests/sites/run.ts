/** Runs the content check or an Astro build of a fixture site, as the fixture tests do. */
import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const root = resolve(import.meta.dirname, '../..');
export const astro = join(root, 'node_modules/astro/bin/astro.mjs');

export interface Outcome {
	code: number;
	output: string;
}

/**
 * Fixture builds get a clean environment. Vitest puts Vite's `import.meta.env` into
 * process.env (BASE_URL=/, MODE=test, DEV=1…): a build inheriting them would take
 * BASE_URL over the configured base and build in test mode. And the site's own settings
 * (CI sets SITE_URL and BASE_PATH for the real build) are each fixture's to choose.
 */
const NOT_INHERITED = /^(?:BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*|SITE_URL|BASE_PATH|OUT_DIR|MATERIALS_DIR)$/;
const buildEnv = () => Object.fromEntries(Object.entries(process.env).filter(([name]) => !NOT_INHERITED.test(name)));

/** Runs Node with `args` in the project root; never throws, returns the exit code and all output. */
export async function exec(args: string[], env: Record<string, string>): Promise<Outcome> {
	try {
		const { stdout, stderr } = await run(process.execPath, args, { cwd: root, env: { ...buildEnv(), ...env }, maxBuffer: 32 * 1024 * 1024 });
		return { code: 0, output: stdout + stderr };
	} catch (error) {
		const failed = error as { code?: number; stdout?: string; stderr?: string };
		return { code: failed.code ?? 1, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
	}
}
