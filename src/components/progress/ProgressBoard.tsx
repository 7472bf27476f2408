/**
 * The results board on /izpilde/, the site's one island. The build renders it with the
 * build's date, so the whole board reads without JavaScript; once hydrated it takes
 * today's date in Riga, recomputes every status, adds days left or late, and offers
 * filters and sorting that live in the address, so a view can be sent on.
 */
import { useEffect, useMemo, useState } from 'react';
import { daysLeft, statusOn, STATUSES, type ScopeProgress } from '../../lib/progress.ts';
import { dateInRiga } from '../../lib/riga.ts';
import { spellDate } from '../../lib/date-words.ts';
import { resultStatus, summarise, type ResultRow } from '../../lib/results.ts';
import { plural } from '../../i18n/format.ts';
import { statusLabel, type BoardLabels } from './labels.ts';
import ResultCard from './ResultCard.tsx';
import ResultSummary from './ResultSummary.tsx';
import ScopeTable, { type SortKey } from './ScopeTable.tsx';

export interface ScopeInput extends ScopeProgress {
	subjectLabel: string;
	stageLabel: string;
}

interface Props {
	results: ResultRow[];
	scopes: ScopeInput[];
	/** The build's date in Riga: what the page shows until the reader's date is known. */
	asOf: string;
	dueSoonDays: number;
	totalMaterials: number;
	projectEnd: string;
	labels: BoardLabels;
}

/** The address's names for the view: Latvian words, as the rest of the site's addresses. */
const PARAMS = { subject: 'prieksmets', stage: 'pakape', status: 'statuss', sort: 'kartot', order: 'seciba' } as const;
const SORT_WORDS: Record<SortKey, string> = { due: 'termins', subject: 'prieksmets', stage: 'pakape', published: 'publicets', status: 'statuss' };
const SORT_KEYS = Object.keys(SORT_WORDS) as SortKey[];
const DEFAULT_SORT = { key: 'due' as SortKey, ascending: true };

interface View {
	subject: string;
	stage: string;
	status: string;
	sort: { key: SortKey; ascending: boolean };
}

function readView(search: string, known: { subjects: Set<string>; stages: Set<string> }): View {
	const params = new URLSearchParams(search);
	const pick = (value: string | null, allowed: Iterable<string>) => (value !== null && [...allowed].includes(value) ? value : '');
	const key = SORT_KEYS.find((k) => SORT_WORDS[k] === params.get(PARAMS.sort)) ?? DEFAULT_SORT.key;
	return {
		subject: pick(params.get(PARAMS.subject), known.subjects),
		stage: pick(params.get(PARAMS.stage), known.stages),
		status: pick(params.get(PARAMS.status), STATUSES),
		sort: { key, ascending: params.get(PARAMS.order) !== 'dilstosa' },
	};
}

function writeView(view: View): string {
	const params = new URLSearchParams(window.location.search);
	for (const name of Object.values(PARAMS)) params.delete(name);
	if (view.subject) params.set(PARAMS.subject, view.subject);
	if (view.stage) params.set(PARAMS.stage, view.stage);
	if (view.status) params.set(PARAMS.status, view.status);
	if (view.sort.key !== DEFAULT_SORT.key) params.set(PARAMS.sort, SORT_WORDS[view.sort.key]);
	if (!view.sort.ascending) params.set(PARAMS.order, 'dilstosa');
	const query = params.toString();
	return `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
}

export default function ProgressBoard({ results, scopes, asOf, dueSoonDays, totalMaterials, projectEnd, labels }: Props) {
	const [today, setToday] = useState(asOf);
	const [live, setLive] = useState(false);
	const [view, setView] = useState<View>({ subject: '', stage: '', status: '', sort: DEFAULT_SORT });
	const known = useMemo(() => ({ subjects: new Set(scopes.map((s) => s.subject)), stages: new Set(scopes.map((s) => s.stage)) }), [scopes]);

	useEffect(() => {
		setToday(dateInRiga());
		setView(readView(window.location.search, known));
		setLive(true);
	}, [known]);
	useEffect(() => {
		if (live) window.history.replaceState(window.history.state, '', writeView(view));
	}, [view, live]);

	const scopeRows = useMemo(
		() => scopes.map((s) => ({ ...s, status: statusOn(s, today, dueSoonDays), left: daysLeft(s, today) })),
		[scopes, today, dueSoonDays],
	);
	const withStatus = useMemo(
		() =>
			results.map((row) => ({
				row,
				status: resultStatus(
					row,
					scopeRows.filter((s) => s.result === row.number),
					today,
					dueSoonDays,
				),
			})),
		[results, scopeRows, today, dueSoonDays],
	);
	const summary = summarise(
		withStatus.map(({ row, status }) => ({ number: row.number, due: row.due, status })),
		scopeRows,
		today,
	);

	const shown = useMemo(() => {
		const kept = scopeRows.filter(
			(row) => (!view.subject || row.subject === view.subject) && (!view.stage || row.stage === view.stage) && (!view.status || row.status === view.status),
		);
		const { key, ascending } = view.sort;
		const value = (row: (typeof kept)[number]): string | number =>
			key === 'due'
				? row.due
				: key === 'subject'
					? row.subjectLabel
					: key === 'stage'
						? row.stageLabel
						: key === 'published'
							? row.published
							: STATUSES.indexOf(row.status);
		return kept.sort((a, b) => {
			const [x, y] = [value(a), value(b)];
			const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'lv');
			return (ascending ? order : -order) || a.due.localeCompare(b.due) || a.subjectLabel.localeCompare(b.subjectLabel, 'lv');
		});
	}, [scopeRows, view]);
	const options = (key: 'subject' | 'stage') => [...new Map(scopes.map((row) => [row[key], key === 'subject' ? row.subjectLabel : row.stageLabel])).entries()];

	return (
		<div className="progress-board">
			<p className="progress-asof">
				{labels.asOf} <time dateTime={today}>{spellDate(today, labels.dates.monthsAccusative)}</time>
			</p>
			<ResultSummary
				results={withStatus.map(({ row, status }) => ({ number: row.number, name: row.name, status }))}
				summary={summary}
				scopes={scopeRows}
				totalMaterials={totalMaterials}
				labels={labels}
			/>

			<h2 id="rezultati">{labels.resultsHeading}</h2>
			<ol className="result-cards">
				{withStatus.map(({ row, status }) => (
					<li key={row.number}>
						<ResultCard
							row={row}
							status={status}
							scopes={scopeRows.filter((s) => s.result === row.number)}
							today={today}
							projectEnd={projectEnd}
							labels={labels}
						/>
					</li>
				))}
			</ol>

			<h2 id="termini">{labels.scopesHeading}</h2>
			{live && (
				<fieldset className="progress-filters">
					<legend>{labels.filters}</legend>
					{(['subject', 'stage'] as const).map((key) => (
						<label key={key}>
							{labels[key]}
							<select value={view[key]} onChange={(event) => setView({ ...view, [key]: event.target.value })}>
								<option value="">{labels.all}</option>
								{options(key).map(([value, text]) => (
									<option key={value} value={value}>
										{text}
									</option>
								))}
							</select>
						</label>
					))}
					<label>
						{labels.status}
						<select value={view.status} onChange={(event) => setView({ ...view, status: event.target.value })}>
							<option value="">{labels.all}</option>
							{STATUSES.map((status) => (
								<option key={status} value={status}>
									{statusLabel(labels, status)}
								</option>
							))}
						</select>
					</label>
					<label>
						{labels.sortBy}
						<select value={view.sort.key} onChange={(event) => setView({ ...view, sort: { ...view.sort, key: event.target.value as SortKey } })}>
							{SORT_KEYS.map((key) => (
								<option key={key} value={key}>
									{labels[key]}
								</option>
							))}
						</select>
					</label>
					<label>
						{labels.sortOrder}
						<select
							value={view.sort.ascending ? 'asc' : 'desc'}
							onChange={(event) => setView({ ...view, sort: { ...view.sort, ascending: event.target.value === 'asc' } })}
						>
							<option value="asc">{labels.ascending}</option>
							<option value="desc">{labels.descending}</option>
						</select>
					</label>
					<p className="note">{labels.sortHint}</p>
				</fieldset>
			)}
			<p className="sr-only" role="status" aria-live="polite">
				{live ? plural(labels.shown, shown.length, { total: scopeRows.length }) : ''}
			</p>
			<ScopeTable
				rows={shown}
				live={live}
				sort={view.sort}
				onSort={(key) => setView({ ...view, sort: { key, ascending: view.sort.key === key ? !view.sort.ascending : true } })}
				labels={labels}
			/>
		</div>
	);
}
