import { defineConfig, devices } from '@playwright/test';
import { FIGURES_DIR, FIGURES_FILE } from './tests/e2e/figures.ts';

/**
 * Browser tests run in Debian's Chromium (scripts/ensure-chromium.sh installs it)
 * against the built site in dist/, served by `astro preview`, and against the same
 * site built with test figures (tests/e2e/figures.ts).
 */
const port = Number(process.env.E2E_PORT ?? 4329);

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	// The machine is shared and often busy: a page loop over every material must not fail for want of a quiet minute.
	timeout: 120_000,
	expect: { timeout: 15_000 },
	reporter: [['list']],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		...devices['Desktop Chrome'],
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			// The machine has no network beyond loopback: keep Chromium from calling home.
			args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
		},
	},
	webServer: [
		{
			// --ignore-lock: run in the foreground even beside another preview (Astro backgrounds it for coding agents).
			command: `npx astro preview --ignore-lock --host 127.0.0.1 --port ${port}`,
			url: `http://127.0.0.1:${port}/`,
			reuseExistingServer: false,
			timeout: 60_000,
		},
		{
			// The same site with the project's entered figures replaced by test figures with history
			// (tests/fixtures/results/): the results board's trends and entered values are tested there.
			command: `node node_modules/astro/bin/astro.mjs build && npx astro preview --ignore-lock --host 127.0.0.1 --port ${port + 1}`,
			env: { RESULTS_FILE: FIGURES_FILE, OUT_DIR: FIGURES_DIR },
			url: `http://127.0.0.1:${port + 1}/`,
			reuseExistingServer: false,
			timeout: 600_000,
		},
	],
});
