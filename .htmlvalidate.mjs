// html-validate over the built site (npm run test:html). The recommended rules, except:
export default {
	extends: ['html-validate:recommended'],
	elements: [
		'html5',
		// Astro writes its island stylesheet (astro-island { display: contents }) just before the
		// first island in the body; browsers apply a <style> there as in the head.
		{ style: { flow: true } },
	],
	rules: {
		// React writes some attribute names in camelCase (dateTime); HTML attribute names are case-insensitive.
		'attr-case': ['error', { style: ['lowercase', 'camelcase'], ignoreForeign: true }],
		// KaTeX positions every glyph with inline styles; formulas cannot be typeset without them.
		'no-inline-style': 'off',
		// Scrollable tables sit in a focusable <div role="region">, the pattern WCAG 2.1.1 techniques describe.
		'prefer-native-element': ['error', { exclude: ['region'] }],
		// Filter lists are named by their headings on purpose, so screen readers announce which list it is.
		'aria-label-misuse': ['error', { allowAnyNamable: true }],
		// The deadline table becomes cards on a phone (display changed by CSS); browsers then drop a table's
		// semantics unless its roles are stated, so the table, rows and cells state theirs on purpose.
		'no-redundant-role': 'off',
		// Heading ids come from the headings' text and may start with a digit ("1-stunda"), which HTML allows.
		'valid-id': ['error', { relaxed: true }],
	},
};
