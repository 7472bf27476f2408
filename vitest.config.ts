import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'functions/**/*.test.ts', 'tests/sites/**/*.test.ts'],
		environment: 'node',
		// The machine is shared and often busy: rendering every material or starting worker threads can take
		// many seconds under load. Slow code is caught by the fuzz test's size-proportional bound and the benchmark.
		testTimeout: 60_000,
	},
});
