import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/sites/**/*.test.ts'],
		environment: 'node',
	},
});
