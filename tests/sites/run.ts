/** Runs the content check or an Astro build of a fixture site, as the fixture tests do. */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify, stripVTControlCharacters } from 'node:util';

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

/*
 * One Astro build at a time in this checkout. Vitest runs test files side by side, and two
 * builds in one project share `.astro/` and, by default, the content cache: one build's store
 * would be overwritten under the other (the data-store-file integration then refuses it, and
 * Astro itself would read the other build's materials). A directory is the lock because
 * mkdir is atomic; a lock left by a process that died is taken over.
 */
const LOCK = join(tmpdir(), `materiali-build-lock-${createHash('sha256').update(root).digest('hex').slice(0, 12)}`);

const alive = (pid: number) => {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
};

async function withBuildLock<T>(work: () => Promise<T>): Promise<T> {
	for (;;) {
		try {
			await mkdir(LOCK);
			break;
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
			const owner = Number(await readFile(join(LOCK, 'pid'), 'utf8').catch(() => ''));
			// No pid yet: the owner is between mkdir and writing it, unless that was long ago.
			const orphaned = owner ? !alive(owner) : Date.now() - ((await stat(LOCK).catch(() => undefined))?.mtimeMs ?? Date.now()) > 30_000;
			if (orphaned) await rm(LOCK, { recursive: true, force: true });
			else await sleep(250);
		}
	}
	await writeFile(join(LOCK, 'pid'), String(process.pid));
	try {
		return await work();
	} finally {
		await rm(LOCK, { recursive: true, force: true });
	}
}

/**
 * Runs Node with `args` in the project root; never throws, returns the exit code and all
 * output as plain text. Colour codes are removed: where FORCE_COLOR is set (as on the CI
 * host) Astro colours its log labels, and "[label] message" would no longer match.
 */
export async function exec(args: string[], env: Record<string, string>): Promise<Outcome> {
	const once = async (): Promise<Outcome> => {
		try {
			const { stdout, stderr } = await run(process.execPath, args, { cwd: root, env: { ...buildEnv(), ...env }, maxBuffer: 32 * 1024 * 1024 });
			return { code: 0, output: stripVTControlCharacters(stdout + stderr) };
		} catch (error) {
			const failed = error as { code?: number; stdout?: string; stderr?: string };
			return { code: failed.code ?? 1, output: stripVTControlCharacters(`${failed.stdout ?? ''}${failed.stderr ?? ''}`) };
		}
	};
	return args[0] === astro && args[1] === 'build' ? withBuildLock(once) : once();
}
