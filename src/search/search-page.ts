/**
 * The search page in the browser: reads the search from the address, lets the query's
 * facet words act as filters, runs the rest through the search engine (engine.ts),
 * shows full and partial results with excerpts, facets with counts, the filters in force
 * as chips, spelling suggestions and, when nothing is found, ways on. Every change is
 * written back to the address, so a search can be shared and Back works.
 */
import { formatNumber, translator } from '../i18n/format.ts';
import { search } from '../i18n/lv.ts';
import { gradesLabel } from '../lib/materials.ts';
import {
	excerpt,
	FACETS,
	paramsFromState,
	resultCount,
	searchDocumentUrl,
	stateFromParams,
	META_WEIGHTS,
	type SearchDocument,
	type SearchState,
} from '../lib/search.ts';
import { queryWords, readSearch, withoutSpans, type Reading, type RelatedTerms } from '../lib/search-query.ts';
import { gradePath, subjectPath, withBase } from '../lib/urls.ts';
import { KINDS, SUBJECTS } from '../schemas/vocabulary.ts';
import { SearchEngine, type Pagefind, type PagefindResult, type QueryOutcome } from './engine.ts';

const PAGE_SIZE = 10;
// Only the search section of the dictionary: the rest would be most of this script.
const searchText = translator(search);

interface Item {
	result: PagefindResult;
	words: readonly number[];
	partial: boolean;
	missing: string[];
	via: string[];
}

const readQuery = (state: SearchState): Reading => readSearch(state.query, state.filters);

/** The query with each word that found nothing replaced by its suggested spelling. */
function correctedQuery(query: string, outcome: QueryOutcome): string {
	let corrected = query;
	for (const word of queryWords(query).reverse()) {
		const suggestion = outcome.suggestions.get(word.text);
		if (suggestion) corrected = `${corrected.slice(0, word.start)}${suggestion.form}${corrected.slice(word.end)}`;
	}
	return corrected;
}

const facetLabel = (key: string, value: string) => FACETS.find((facet) => facet.key === key)?.valueLabel(value) ?? value;

export function startSearchPage(): void {
	const form = document.querySelector<HTMLFormElement>('#search-form');
	if (!form) return;
	// The page tells readers without JavaScript how to browse instead; with it, search takes over.
	document.querySelector<HTMLElement>('#search-without-js')?.setAttribute('hidden', '');
	const base = form.dataset.base ?? '/';
	const related = JSON.parse(form.dataset.related ?? '{"entries":[]}') as RelatedTerms;
	const input = form.querySelector<HTMLInputElement>('#search-q')!;
	const filtersBox = form.querySelector<HTMLDetailsElement>('#search-filters')!;
	// Facets sit beside the results on wide screens; on a phone they fold away above them.
	filtersBox.open = window.matchMedia('(min-width: 56rem)').matches;
	// Until the first counts arrive there is nothing to choose from.
	for (const fieldset of filtersBox.querySelectorAll('fieldset')) fieldset.hidden = true;
	const status = form.querySelector<HTMLElement>('#search-status')!;
	const notice = form.querySelector<HTMLElement>('#search-notice')!;
	const list = form.querySelector<HTMLOListElement>('#search-list')!;
	const partialSection = form.querySelector<HTMLElement>('#search-partial')!;
	const partialList = form.querySelector<HTMLOListElement>('#search-partial-list')!;
	const empty = form.querySelector<HTMLElement>('#search-empty')!;
	const chips = form.querySelector<HTMLElement>('#search-chips')!;
	const more = form.querySelector<HTMLButtonElement>('#search-more')!;
	const clear = form.querySelector<HTMLButtonElement>('#search-clear')!;

	let engine: Promise<SearchEngine> | undefined;
	const loadEngine = () =>
		(engine ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (module: Pagefind) => {
			await module.options({ excerptLength: 0, ranking: { metaWeights: META_WEIGHTS } });
			return new SearchEngine(module, base, related, FACETS, Number(form.dataset.materials ?? 0));
		}));

	let state: SearchState = stateFromParams(new URLSearchParams(location.search));
	let items: Item[] = [];
	let shown = 0;
	let generation = 0;

	const addressOf = (next: SearchState) => {
		const params = paramsFromState(next).toString();
		return `${location.pathname}${params ? `?${params}` : ''}`;
	};

	/** Moves to another search, as a link to it would, and records it in the history. */
	function go(next: SearchState) {
		state = next;
		syncForm();
		void run('push');
	}

	/** A link to another search: it works as an address too (new tab, copy), and in place as `go`. */
	function searchLink(next: SearchState): HTMLAnchorElement {
		const link = document.createElement('a');
		link.href = addressOf(next);
		link.addEventListener('click', (event) => {
			event.preventDefault();
			go(next);
		});
		return link;
	}

	function syncForm() {
		input.value = state.query;
		for (const box of form!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
			box.checked = state.filters[box.name]?.includes(box.value) ?? false;
		}
	}

	/** The form as a search; a facet the query's words chose stays chosen by the words, not by its ticked boxes. */
	function readForm(): SearchState {
		const read = stateFromParams(new URLSearchParams(new FormData(form!) as unknown as Record<string, string>));
		for (const key of new Set(readQuery(state).named.map((facet) => facet.key))) {
			if (state.filters[key]) read.filters[key] = state.filters[key];
			else delete read.filters[key];
		}
		return read;
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

	function renderFacets(counts: Record<string, Record<string, number>>, reading: Reading) {
		filtersBox.hidden = false;
		for (const facet of FACETS) {
			const selected = reading.filters[facet.key] ?? [];
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
		clear.hidden = Object.keys(reading.filters).length === 0;
	}

	/** The filters in force, always in sight (on a phone the facets are folded away): each can be taken off. */
	function renderChips(reading: Reading) {
		const entries: { label: string; note?: string; next: SearchState }[] = [];
		for (const facet of reading.named) {
			entries.push({
				label: facetLabel(facet.key, facet.value),
				note: searchText('fromQuery'),
				next: { query: withoutSpans(state.query, reading.named.filter((other) => other.start === facet.start).slice(0, 1)), filters: state.filters },
			});
		}
		for (const [key, values] of Object.entries(state.filters)) {
			if (reading.named.some((facet) => facet.key === key)) continue;
			for (const value of values) {
				const rest = values.filter((other) => other !== value);
				const filters = { ...state.filters };
				if (rest.length > 0) filters[key] = rest;
				else delete filters[key];
				entries.push({ label: facetLabel(key, value), next: { query: state.query, filters } });
			}
		}
		// A grade range names several grades with one span: one chip for the span.
		const seen = new Set<string>();
		const ul = chips.querySelector('ul')!;
		ul.replaceChildren();
		for (const entry of entries) {
			const key = `${entry.label}|${addressOf(entry.next)}`;
			if (seen.has(key)) continue;
			seen.add(key);
			const li = document.createElement('li');
			const link = searchLink(entry.next);
			link.className = 'chip';
			link.setAttribute('aria-label', searchText('removeChip', { label: entry.label }));
			link.append(entry.label);
			if (entry.note) {
				const note = document.createElement('span');
				note.className = 'chip__note';
				note.textContent = `(${entry.note})`;
				link.append(note);
			}
			const x = document.createElement('span');
			x.setAttribute('aria-hidden', 'true');
			x.textContent = '×';
			link.append(x);
			li.append(link);
			ul.append(li);
		}
		chips.hidden = ul.childElementCount === 0;
	}

	async function renderItem(item: Item): Promise<HTMLLIElement> {
		const { url } = await item.result.data();
		const doc = (await (await fetch(searchDocumentUrl(url))).json()) as SearchDocument;
		const li = document.createElement('li');
		const article = document.createElement('article');
		article.className = 'material-card';
		const heading = document.createElement(item.partial ? 'h3' : 'h2');
		heading.className = 'material-card__title';
		const link = document.createElement('a');
		link.href = doc.url;
		link.textContent = doc.title;
		heading.append(link);
		const facts = document.createElement('ul');
		facts.className = 'facts';
		for (const [text, kind] of [
			[KINDS[doc.kind].label, true],
			[SUBJECTS[doc.subject].label, false],
			[gradesLabel(doc.grades), false],
		] as const) {
			const fact = document.createElement('li');
			if (kind) fact.className = 'facts__kind';
			fact.textContent = text;
			facts.append(fact);
		}
		const snippet = document.createElement('p');
		snippet.className = 'excerpt';
		const around = item.words.length > 0 ? excerpt(doc.text, item.words) : [];
		// Words found only past the published part of the text: the summary says what the material is.
		const parts = around.some((part) => part.marked) ? around : [{ text: doc.summary, marked: false }];
		for (const part of parts) {
			if (part.marked) {
				const mark = document.createElement('mark');
				mark.textContent = part.text;
				snippet.append(mark);
			} else snippet.append(part.text);
		}
		article.append(heading, facts, snippet);
		for (const [text, className] of [
			[item.missing.length > 0 ? searchText('missing', { words: item.missing.join(', ') }) : '', 'result-note result-note--missing'],
			[item.via.length > 0 ? searchText('via', { terms: item.via.join(', ') }) : '', 'result-note'],
		] as const) {
			if (!text) continue;
			const note = document.createElement('p');
			note.className = className;
			note.textContent = text;
			article.append(note);
		}
		li.append(article);
		return li;
	}

	async function showMore(current: number) {
		const next = items.slice(shown, shown + PAGE_SIZE);
		shown += next.length;
		const rendered = await Promise.all(next.map(renderItem));
		if (current !== generation) return;
		rendered.forEach((li, i) => (next[i]!.partial ? partialList : list).append(li));
		partialSection.hidden = partialList.childElementCount === 0;
		more.hidden = shown >= items.length;
	}

	function renderNotice(outcome: QueryOutcome | undefined, corrected: { typed: string; query: string } | undefined) {
		notice.replaceChildren();
		if (corrected) {
			const p = document.createElement('p');
			p.textContent = searchText('corrected', { typed: corrected.typed, corrected: corrected.query });
			notice.append(p);
		} else if (outcome && outcome.suggestions.size > 0) {
			const p = document.createElement('p');
			const query = correctedQuery(state.query, outcome);
			const link = searchLink({ query, filters: state.filters });
			link.textContent = query;
			p.append(`${searchText('didYouMean')} `, link, '?');
			notice.append(p);
		}
		notice.hidden = notice.childElementCount === 0;
	}

	/** Nothing found: what was searched, with which filters, and ways on. */
	function renderEmpty(reading: Reading, outcome: QueryOutcome | undefined) {
		empty.replaceChildren();
		const what = document.createElement('p');
		const filterLabels = Object.entries(reading.filters).flatMap(([key, values]) => values.map((value) => facetLabel(key, value)));
		const withFilters = filterLabels.length > 0 ? searchText('noneWithFilters', { filters: filterLabels.join(', ') }) : '';
		const searched = reading.rest
			? [searchText('noneFor', { query: reading.rest }), withFilters].filter(Boolean).join(', ')
			: withFilters.replace(/^./, (letter) => letter.toUpperCase());
		// The status line above already says that nothing was found; this says what was searched.
		what.textContent = searched ? `${searched}.` : searchText('none');
		empty.append(what);
		if (filterLabels.length > 0 && reading.rest && outcome && outcome.withoutFilters > 0) {
			const p = document.createElement('p');
			const link = searchLink({ query: reading.rest, filters: {} });
			link.className = 'button-secondary';
			link.textContent = `${searchText('withoutFilters')} ${searchText('withoutFiltersCount', { count: outcome.withoutFilters, formatted: formatNumber(outcome.withoutFilters) })}`;
			p.append(link);
			empty.append(p);
		}
		const tips = document.createElement('p');
		tips.textContent = searchText('tips');
		const ways = document.createElement('ul');
		ways.className = 'search-empty__ways';
		const links: [string, string][] = [];
		for (const facet of reading.named) {
			if (facet.key === 'prieksmets') links.push([SUBJECTS[facet.value as keyof typeof SUBJECTS].label, subjectPath(facet.value)]);
			if (facet.key === 'klase') links.push([facetLabel('klase', facet.value), gradePath(Number(facet.value))]);
		}
		links.push([searchText('browseAll'), '/jomas/']);
		for (const [text, path] of links) {
			const li = document.createElement('li');
			const a = document.createElement('a');
			a.href = withBase(path, base);
			a.textContent = text;
			li.append(a);
			ways.append(li);
		}
		empty.append(tips, ways);
		empty.hidden = false;
	}

	async function searchFor(search: SearchEngine, reading: Reading): Promise<{ found: Item[]; outcome?: QueryOutcome }> {
		if (queryWords(reading.rest).length > 0) {
			const outcome = await search.run(reading.rest, reading.filters);
			const toItem = (partial: boolean) => (result: QueryOutcome['full'][number]) => ({
				result: search.result(result.id)!,
				words: result.words,
				partial,
				missing: result.missing,
				via: result.via,
			});
			return { found: [...outcome.full.map(toItem(false)), ...outcome.partial.map(toItem(true))], outcome };
		}
		// Filters alone: everything they keep, newest first.
		return { found: (await search.list(reading.filters)).map((result) => ({ result, words: [], partial: false, missing: [], via: [] })) };
	}

	async function run(history: 'push' | 'replace' | 'none') {
		const current = ++generation;
		const address = addressOf(state);
		if (history === 'push' && address !== `${location.pathname}${location.search}`) window.history.pushState(null, '', address);
		if (history === 'replace') window.history.replaceState(null, '', address);
		status.textContent = searchText('loading');
		list.setAttribute('aria-busy', 'true');
		try {
			const search = await loadEngine();
			let reading = readQuery(state);
			let { found, outcome } = await searchFor(search, reading);
			let corrected: { typed: string; query: string } | undefined;
			// Nothing meets every word, but the words spelt as the index has them would: search that.
			if (
				outcome &&
				!found.some((item) => !item.partial) &&
				outcome.suggestions.size > 0 &&
				[...outcome.suggestions.values()].every((suggestion) => suggestion.automatic)
			) {
				const query = correctedQuery(state.query, outcome);
				const correctedReading = readQuery({ query, filters: state.filters });
				const second = await searchFor(search, correctedReading);
				if (second.found.some((item) => !item.partial)) {
					corrected = { typed: state.query, query };
					reading = correctedReading;
					({ found, outcome } = second);
				}
			}
			if (current !== generation) return;
			items = found;
			shown = 0;
			list.replaceChildren();
			partialList.replaceChildren();
			partialSection.hidden = true;
			empty.hidden = true;
			renderChips(reading);
			renderNotice(outcome, corrected);
			// Counts come when the facet index is there; the results do not wait for it.
			const counting = countWhenOpen(() =>
				search.counts(outcome?.matched, reading.filters).then((counts) => {
					if (current === generation) renderFacets(counts, reading);
				}),
			);
			await showMore(current);
			if (current !== generation) return;
			const full = items.filter((item) => !item.partial).length;
			const partial = items.length - full;
			if (items.length === 0) renderEmpty(reading, outcome);
			// Announced once the results are on the page, not before.
			status.textContent =
				items.length === 0
					? searchText('none')
					: full === 0
						? searchText('onlyPartial', { count: partial, formatted: formatNumber(partial) })
						: resultCount(full) + (partial > 0 ? searchText('andPartial', { count: partial, formatted: formatNumber(partial) }) : '');
			list.setAttribute('aria-busy', 'false');
			await counting;
		} catch (error) {
			if (current !== generation) return;
			console.error(error);
			status.textContent = searchText('failed');
			list.setAttribute('aria-busy', 'false');
		}
	}

	/**
	 * Counting needs the facet index (the facet table and one search over every record), so
	 * it waits until the facets are open: on a phone they are folded away, and a first query
	 * there skips that work and those bytes.
	 */
	let pendingCounts: (() => Promise<void>) | undefined;
	function countWhenOpen(count: () => Promise<void>): Promise<void> {
		if (filtersBox.open) {
			pendingCounts = undefined;
			return count();
		}
		pendingCounts = count;
		return Promise.resolve();
	}
	filtersBox.addEventListener('toggle', () => {
		if (!filtersBox.open || !pendingCounts) return;
		const count = pendingCounts;
		pendingCounts = undefined;
		count().catch((error: unknown) => console.error(error));
	});

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
		const box = event.target as HTMLInputElement;
		if (!box.matches('input[type="checkbox"]')) return;
		// A facet the query names is chosen by its words: unticking it takes the words out.
		const reading = readQuery(state);
		const named = reading.named.filter((facet) => facet.key === box.name);
		if (named.length > 0) {
			const filters = { ...state.filters };
			const values = [...form.querySelectorAll<HTMLInputElement>(`input[name="${box.name}"]:checked`)].map((checked) => checked.value);
			if (values.length > 0) filters[box.name] = values;
			else delete filters[box.name];
			go({ query: withoutSpans(state.query, named), filters });
		} else go(readForm());
	});
	// Every filter goes, those the query's words chose with their words.
	clear.addEventListener('click', () => go({ query: withoutSpans(state.query, readQuery(state).named), filters: {} }));
	more.addEventListener('click', () => void showMore(generation));
	window.addEventListener('popstate', () => {
		state = stateFromParams(new URLSearchParams(location.search));
		syncForm();
		void run('none');
	});

	syncForm();
	void run('none');
}
