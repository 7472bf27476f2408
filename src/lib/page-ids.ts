/**
 * Element ids the site's own pages use. A heading in a material gets its id from its
 * text, so `## Saturs` would clash with the page's table of contents (`#saturs`): the
 * renderer treats these as taken and numbers such headings on (`saturs-1`). The test
 * beside this file fails when a component gains an id that is missing here.
 */
export const PAGE_IDS: readonly string[] = [
	'atjaunotie',
	'atsauksmes',
	'eksemplari',
	'filtrs-klase',
	'filtrs-prieksmets',
	'filtrs-veids',
	'header-search-q',
	'izmainas',
	'jaunakie',
	'klases',
	'par-materialu',
	'pielikumi',
	'progress-caption',
	'progress-chart-legend',
	'progress-chart-title',
	'publicetie',
	'rezultati',
	'saistitie',
	'saturs',
	'saturs-raditajs',
	'search-chips',
	'search-clear',
	'search-empty',
	'search-filters',
	'search-form',
	'search-list',
	'search-more',
	'search-notice',
	'search-partial',
	'search-partial-heading',
	'search-partial-list',
	'stundu-seciba',
	'temata-stundas',
	'search-q',
	'search-status',
	'search-without-js',
	// remark-rehype's footnote section heading.
	'footnote-label',
];
