// Lighthouse CI over the built site (npm run test:lighthouse): the page types teachers use most.
const chromeFlags = '--no-sandbox --headless=new';

module.exports = {
	ci: {
		collect: {
			staticDistDir: process.env.OUT_DIR ?? './dist',
			url: ['/', '/materiali/matematika/linearie-vienadojumi-temata-plans/', '/meklet/?q=vien%C4%81dojums', '/izpilde/'],
			// The best of five runs (assertions aggregate optimistically): a busy two-core machine
			// doubles the simulated blocking time in some runs; beside a CPU-bound process the best
			// of three fell to 0.94 on a material page and on the board (3 December 2026).
			numberOfRuns: 5,
			settings: { chromeFlags },
		},
		assert: {
			assertMatrix: [
				{
					matchingUrlPattern: '.*',
					assertions: {
						'categories:accessibility': ['error', { minScore: 1 }],
						'categories:best-practices': ['error', { minScore: 1 }],
						'categories:seo': ['error', { minScore: 1 }],
					},
				},
				{
					matchingUrlPattern: '^(?!.*/izpilde/)',
					assertions: { 'categories:performance': ['error', { minScore: 0.95 }] },
				},
				{
					// The results board hydrates a React island of eleven cards and a table: simulated blocking
					// time 166–284 ms on an idle two-core machine (score 0.94–0.98), 272–1,158 ms beside a
					// CPU-bound process (best 0.94). 0.9 still fails a page that grew slower at rest.
					matchingUrlPattern: '/izpilde/',
					assertions: { 'categories:performance': ['error', { minScore: 0.9 }] },
				},
				{
					// A material is read, not run: the only script is the DOCX buttons' module and its loader
					// (about 3.5 KB); the converter loads only when a button is pressed.
					matchingUrlPattern: '/materiali/',
					assertions: {
						'resource-summary:script:count': ['error', { maxNumericValue: 2 }],
						'resource-summary:script:size': ['error', { maxNumericValue: 5 * 1024 }],
					},
				},
				{
					// Pages with an island or search keep their scripts small (bytes on the wire).
					matchingUrlPattern: '/(meklet|izpilde)/',
					assertions: { 'resource-summary:script:size': ['error', { maxNumericValue: 70 * 1024 }] },
				},
			],
		},
		upload: { target: 'filesystem', outputDir: '.lighthouseci/reports' },
	},
};
