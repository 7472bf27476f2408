// ESLint (npm run lint): the recommended JavaScript and TypeScript rules, and the
// boundaries that keep the folders a map of the architecture.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

/** Code that must run outside Astro (the content check, the scripts, the browser) never imports its virtual modules. */
const noAstroModules = {
	patterns: [
		{ group: ['astro:*'], message: 'authoring/, lib/ and schemas/ run outside Astro (npm run check, scripts, the browser): no astro:* modules here.' },
	],
};

export default tseslint.config(
	{
		ignores: [
			'dist/',
			'dist-figures/',
			'node_modules/',
			'.astro/',
			'.exp/',
			'test-results/',
			'playwright-report/',
			'.lighthouseci/',
			'public/',
			'tests/fixtures/',
			'content/',
		],
	},
	js.configs.recommended,
	...tseslint.configs.recommended,
	...astro.configs.recommended,
	{
		languageOptions: {
			globals: {
				console: 'readonly',
				process: 'readonly',
				URL: 'readonly',
				Buffer: 'readonly',
				document: 'readonly',
				window: 'readonly',
				globalThis: 'readonly',
			},
		},
		rules: {
			// Authors' text is refused when it holds control characters, so the expressions that find them must name them.
			'no-control-regex': 'off',
			// `_name` marks what a destructuring leaves out on purpose.
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
		},
	},
	{ files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } } },
	{ files: ['src/authoring/**', 'src/lib/**', 'src/schemas/**'], rules: { 'no-restricted-imports': ['error', noAstroModules] } },
	{
		// Cloudflare Pages Functions run in the Workers runtime without Node.js compatibility, bundled on their own:
		// web APIs and functions/_lib/ only (their tests run in Node).
		files: ['functions/**'],
		ignores: ['functions/**/*.test.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{ regex: '^(?!\\.\\.?/)', message: 'Pages Functions import only relative modules under functions/: the Workers runtime has no Node.js here.' },
					],
				},
			],
		},
	},
	{
		// Pages read materials only through src/data/, which keeps drafts out.
		files: ['src/pages/**', 'src/components/**', 'src/layouts/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					paths: [
						{
							name: 'astro:content',
							importNames: ['getCollection', 'getEntry', 'getEntries', 'getLiveCollection', 'getLiveEntry'],
							message: 'Read materials through src/data/ (getPublishedMaterials…): it keeps drafts off the site.',
						},
					],
				},
			],
		},
	},
);
