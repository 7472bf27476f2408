/**
 * The search page in the browser: reads the search from the address, runs it with
 * Pagefind over Latvian tokens, shows results with excerpts and facets with counts,
 * and writes every change back to the address so a search can be shared and Back works.
 */
import { t } from '../i18n/index.ts';
import { gradesLabel } from '../lib/materials.ts';
import { excerpt, FACETS, pagefindFilters, pagefindQuery, paramsFromState, resultCount, searchDocumentUrl, stateFromParams, type SearchDocument, type SearchState } from '../lib/search.ts';
import { KINDS, SUBJECTS } from '../schemas/vocabulary.ts';

interface PagefindResult {
	id: string;
	words: number[];
	data(): Promise<{ url: string }>;
}
interface PagefindResponse {
	results: PagefindResult[];
	filters: Record<string, Record<string, number>>;
}
interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	filters(): Promise<Record<string, Record<string, number>>>;
	search(query: string | null, options: { filters?: Record<string, unknown>; sort?: Record<string, string> }): Promise<PagefindResponse | null>;
}

const PAGE_SIZE = 10;

export function startSearchPage(): void {
	const form = document.querySelector<HTMLFormElement>('#search-form');
	if (!form) return;
	// The page tells readers without JavaScript how to browse instead; with it, search takes over.
	document.querySelector<HTMLElement>('#search-without-js')?.setAttribute('hidden', '');
	const base = form.dataset.base ?? '/';
	const input = form.querySelector<HTMLInputElement>('#search-q')!;
	const filtersBox = form.querySelector<HTMLDetailsElement>('#search-filters')!;
	// Facets sit beside the results on wide screens; on a phone they fold away above them.
	filtersBox.open = window.matchMedia('(min-width: 56rem)').matches;
	const status = form.querySelector<HTMLElement>('#search-status')!;
	const list = form.querySelector<HTMLOListElement>('#search-list')!;
	const more = form.querySelector<HTMLButtonElement>('#search-more')!;
	const clear = form.querySelector<HTMLButtonElement>('#search-clear')!;

	let pagefind: Promise<Pagefind> | undefined;
	const loadPagefind = () =>
		(pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (module: Pagefind) => {
			await module.options({ excerptLength: 0 });
			// Counts come only for filters whose data is loaded: load them all once.
			await module.filters();
			return module;
		}));

	let state: SearchState = stateFromParams(new URLSearchParams(location.search));
	let results: PagefindResult[] = [];
	let shown = 0;
	let generation = 0;

	function syncForm() {
		input.value = state.query;
		for (const box of form!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
			box.checked = state.filters[box.name]?.includes(box.value) ?? false;
		}
	}

	function readForm(): SearchState {
		const data = new FormData(form!);
		return stateFromParams(new URLSearchParams(data as unknown as Record<string, string>));
	}

	/** Facet checkboxes are made once and updated in place, so focus and clicks survive a new search. */
	const facetItems = new Map<string, { item: HTMLLIElement; box: HTMLInputElement; count: HTMLSpanElement }>();
	for (const facet of FACETS) {
		const values = form.querySelector<HTMLUListElement>(`[data-facet="${facet.key}"] .facet__values`)!;
		for (const value of facet.values) {
			const item = document.createElement('li');
			const label = document.createElement('label');
			const box = document.createElement('input');
			box.type = 'checkbox';
			box.name = facet.key;
			box.value = value;
			const count = document.createElement('span');
			count.className = 'count';
			label.append(box, ` ${facet.valueLabel(value)} `, count);
			item.append(label);
			item.hidden = true;
			values.append(item);
			facetItems.set(`${facet.key}=${value}`, { item, box, count });
		}
	}

	function renderFacets(counts: PagefindResponse['filters']) {
		filtersBox.hidden = false;
		for (const facet of FACETS) {
			const selected = state.filters[facet.key] ?? [];
			let visible = 0;
			for (const value of facet.values) {
				const { item, box, count } = facetItems.get(`${facet.key}=${value}`)!;
				const n = counts[facet.key]?.[value] ?? 0;
				item.hidden = n === 0 && !selected.includes(value);
				box.checked = selected.includes(value);
				count.textContent = `(${n})`;
				if (!item.hidden) visible += 1;
			}
			form!.querySelector<HTMLFieldSetElement>(`[data-facet="${facet.key}"]`)!.hidden = visible === 0;
		}
		clear.hidden = Object.keys(state.filters).length === 0;
	}

	async function renderResult(result: PagefindResult): Promise<HTMLLIElement> {
		const { url } = await result.data();
		const doc = (await (await fetch(searchDocumentUrl(url))).json()) as SearchDocument;
		const item = document.createElement('li');
		const article = document.createElement('article');
		article.className = 'material-card';
		const heading = document.createElement('h2');
		const link = document.createElement('a');
		link.href = doc.url;
		link.textContent = doc.title;
		heading.append(link);
		const facts = document.createElement('ul');
		facts.className = 'facts';
		for (const [text, kind] of [[KINDS[doc.kind].label, true], [SUBJECTS[doc.subject].label, false], [gradesLabel(doc.grades), false]] as const) {
			const fact = document.createElement('li');
			if (kind) fact.className = 'facts__kind';
			fact.textContent = text;
			facts.append(fact);
		}
		const snippet = document.createElement('p');
		snippet.className = 'excerpt';
		const parts = result.words.length > 0 ? excerpt(doc.text, result.words) : [{ text: doc.summary, marked: false }];
		for (const part of parts) {
			if (part.marked) {
				const mark = document.createElement('mark');
				mark.textContent = part.text;
				snippet.append(mark);
			} else snippet.append(part.text);
		}
		article.append(heading, facts, snippet);
		item.append(article);
		return item;
	}

	async function showMore(current: number) {
		const next = results.slice(shown, shown + PAGE_SIZE);
		shown += next.length;
		const items = await Promise.all(next.map(renderResult));
		if (current !== generation) return;
		list.append(...items);
		more.hidden = shown >= results.length;
	}

	async function run(history: 'push' | 'replace' | 'none') {
		const current = ++generation;
		const params = paramsFromState(state).toString();
		const address = `${location.pathname}${params ? `?${params}` : ''}`;
		if (history === 'push' && address !== `${location.pathname}${location.search}`) window.history.pushState(null, '', address);
		if (history === 'replace') window.history.replaceState(null, '', address);
		status.textContent = t('search.loading');
		list.setAttribute('aria-busy', 'true');
		try {
			const engine = await loadPagefind();
			const query = pagefindQuery(state.query);
			const response = await engine.search(query, {
				filters: pagefindFilters(state.filters),
				...(query === null ? { sort: { published: 'desc' } } : {}),
			});
			if (current !== generation || !response) return;
			// Within a facet the choices add up (any of them), so each chosen facet counts
			// its values as if it were not chosen; across facets, choices narrow.
			const counts = { ...response.filters };
			for (const key of Object.keys(state.filters)) {
				const others = Object.fromEntries(Object.entries(state.filters).filter(([other]) => other !== key));
				const alone = await engine.search(query, { filters: pagefindFilters(others) });
				if (alone?.filters[key]) counts[key] = alone.filters[key];
			}
			if (current !== generation) return;
			results = response.results;
			shown = 0;
			list.replaceChildren();
			renderFacets(counts);
			await showMore(current);
			if (current !== generation) return;
			// Announced once the results are on the page, not before.
			status.textContent = results.length === 0 ? t('search.none') : resultCount(results.length);
			list.setAttribute('aria-busy', 'false');
		} catch (error) {
			if (current !== generation) return;
			console.error(error);
			status.textContent = t('search.failed');
			list.setAttribute('aria-busy', 'false');
		}
	}

	let typing: ReturnType<typeof setTimeout> | undefined;
	input.addEventListener('input', () => {
		clearTimeout(typing);
		typing = setTimeout(() => {
			state = readForm();
			void run('replace');
		}, 250);
	});
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		clearTimeout(typing);
		state = readForm();
		void run('push');
	});
	form.addEventListener('change', (event) => {
		if ((event.target as HTMLElement).matches('input[type="checkbox"]')) {
			state = readForm();
			void run('push');
		}
	});
	clear.addEventListener('click', () => {
		state = { query: state.query, filters: {} };
		syncForm();
		void run('push');
	});
	more.addEventListener('click', () => void showMore(generation));
	window.addEventListener('popstate', () => {
		state = stateFromParams(new URLSearchParams(location.search));
		syncForm();
		void run('none');
	});

	syncForm();
	void run('none');
}
