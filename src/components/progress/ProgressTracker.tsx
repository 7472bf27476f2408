/**
 * The progress island on /izpilde/. The build renders it with the build's date, so
 * the table is complete without JavaScript; once hydrated it takes today's date in
 * Riga, recomputes every status, adds days left or late, and offers sorting and
 * filters. Strings come as props: importing the dictionary would triple its size.
 */
import { useEffect, useMemo, useState, type ReactElement } from 'react';
import { daysLeft, statusOn, STATUSES, type ProgressStatus, type ScopeProgress } from '../../lib/progress.ts';
import { dateInRiga } from '../../lib/riga.ts';
import { spellDate } from '../../lib/date-words.ts';

export interface ProgressRow extends ScopeProgress {
	subjectLabel: string;
	stageLabel: string;
}

export interface ProgressLabels {
	caption: string;
	result: string;
	due: string;
	subject: string;
	stage: string;
	published: string;
	byDeadline: string;
	target: string;
	status: string;
	days: string;
	all: string;
	filters: string;
	statuses: Record<ProgressStatus, string>;
	/** "{n}" is replaced; one/other/zero follow Latvian plural rules. */
	daysLeft: Plural;
	daysLate: Plural;
	dueToday: string;
	shown: Plural;
	lateNone: string;
	lateList: string;
	chartTitle: string;
	asOf: string;
	/** Month names in the accusative ("decembri"): the date follows "uz". */
	monthsAccusative: readonly string[];
}

interface Plural {
	zero: string;
	one: string;
	other: string;
}

interface Props {
	rows: ProgressRow[];
	/** The build's date in Riga: what the page shows until the reader's date is known. */
	asOf: string;
	dueSoonDays: number;
	labels: ProgressLabels;
}

type SortKey = 'due' | 'subject' | 'stage' | 'published' | 'status';
const plurals = new Intl.PluralRules('lv');
// The same long form as the rest of the site ("2026. gada 31. augusts"); UTC keeps the day as written.
const longDate = new Intl.DateTimeFormat('lv', { dateStyle: 'long', timeZone: 'UTC' });
const formatDate = (iso: string) => longDate.format(new Date(`${iso}T00:00:00Z`));
const plural = (forms: Plural, n: number) => forms[plurals.select(n) as keyof Plural].replace('{n}', String(n));

export default function ProgressTracker({ rows, asOf, dueSoonDays, labels }: Props) {
	const [today, setToday] = useState(asOf);
	const [live, setLive] = useState(false);
	const [filter, setFilter] = useState({ subject: '', stage: '', status: '' });
	const [sort, setSort] = useState<{ key: SortKey; ascending: boolean }>({ key: 'due', ascending: true });

	useEffect(() => {
		setToday(dateInRiga());
		setLive(true);
	}, []);

	const withStatus = useMemo(() => rows.map((row) => ({ ...row, status: statusOn(row, today, dueSoonDays), left: daysLeft(row, today) })), [rows, today, dueSoonDays]);
	const shown = useMemo(() => {
		const kept = withStatus.filter(
			(row) => (!filter.subject || row.subject === filter.subject) && (!filter.stage || row.stage === filter.stage) && (!filter.status || row.status === filter.status),
		);
		const value = (row: (typeof kept)[number]): string | number =>
			sort.key === 'due' ? row.due : sort.key === 'subject' ? row.subjectLabel : sort.key === 'stage' ? row.stageLabel : sort.key === 'published' ? row.published : STATUSES.indexOf(row.status);
		return kept.sort((a, b) => {
			const [x, y] = [value(a), value(b)];
			const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'lv');
			return (sort.ascending ? order : -order) || a.due.localeCompare(b.due) || a.subjectLabel.localeCompare(b.subjectLabel, 'lv');
		});
	}, [withStatus, filter, sort]);

	const late = withStatus.filter((row) => row.status === 'late');
	const counts = STATUSES.map((status) => [status, withStatus.filter((row) => row.status === status).length] as const);
	const options = (key: 'subject' | 'stage') => [...new Map(rows.map((row) => [row[key], key === 'subject' ? row.subjectLabel : row.stageLabel])).entries()];

	const header = (key: SortKey | undefined, text: string) => {
		if (!key || !live) return <th scope="col">{text}</th>;
		const active = sort.key === key;
		return (
			<th scope="col" aria-sort={active ? (sort.ascending ? 'ascending' : 'descending') : undefined}>
				<button type="button" className="sort-button" onClick={() => setSort({ key, ascending: active ? !sort.ascending : true })}>
					{text}
					<span aria-hidden="true">{active ? (sort.ascending ? ' ▲' : ' ▼') : ' ↕'}</span>
				</button>
			</th>
		);
	};

	return (
		<div className="progress-tracker">
			<p className="progress-asof">
				{labels.asOf} <time dateTime={today}>{spellDate(today, labels.monthsAccusative)}</time>
			</p>
			<p className={late.length > 0 ? 'progress-late' : 'progress-late progress-late--none'} data-testid="late-summary">
				<strong>{late.length > 0 ? labels.lateList : labels.lateNone}</strong>
				{late.length > 0 && ` ${late.map((row) => `${row.subjectLabel} (${row.stageLabel.toLocaleLowerCase('lv')})`).join(', ')}`}
			</p>

			<figure className="progress-chart">
				<figcaption id="progress-chart-title">{labels.chartTitle}</figcaption>
				<svg viewBox="0 0 100 8" preserveAspectRatio="none" role="img" aria-labelledby="progress-chart-title progress-chart-legend" focusable="false">
					{counts.reduce<{ x: number; bars: ReactElement[] }>(
						(acc, [status, n]) => {
							const width = (n / Math.max(1, withStatus.length)) * 100;
							if (n > 0) acc.bars.push(<rect key={status} x={acc.x} y={0} width={width} height={8} className={`bar bar--${status}`} />);
							return { x: acc.x + width, bars: acc.bars };
						},
						{ x: 0, bars: [] },
					).bars}
				</svg>
				<ul className="progress-legend" id="progress-chart-legend">
					{counts.map(([status, n]) => (
						<li key={status}>
							<span className={`swatch swatch--${status}`} aria-hidden="true"></span>
							{labels.statuses[status]}: {n}
						</li>
					))}
				</ul>
			</figure>

			{live && (
				<fieldset className="progress-filters">
					<legend>{labels.filters}</legend>
					{(['subject', 'stage'] as const).map((key) => (
						<label key={key}>
							{labels[key]}
							<select value={filter[key]} onChange={(event) => setFilter({ ...filter, [key]: event.target.value })}>
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
						<select value={filter.status} onChange={(event) => setFilter({ ...filter, status: event.target.value })}>
							<option value="">{labels.all}</option>
							{STATUSES.map((status) => (
								<option key={status} value={status}>
									{labels.statuses[status]}
								</option>
							))}
						</select>
					</label>
				</fieldset>
			)}
			<p className="sr-only" role="status" aria-live="polite">
				{live ? plural(labels.shown, shown.length).replace('{total}', String(rows.length)) : ''}
			</p>

			<div className="table-scroll" role="region" tabIndex={0} aria-labelledby="progress-caption">
				<table className="progress-table">
					<caption id="progress-caption">{labels.caption}</caption>
					<thead>
						<tr>
							{header(undefined, labels.result)}
							{header('due', labels.due)}
							{header('subject', labels.subject)}
							{header('stage', labels.stage)}
							{header('published', labels.published)}
							{header(undefined, labels.target)}
							{header('status', labels.status)}
							{live && header(undefined, labels.days)}
						</tr>
					</thead>
					<tbody>
						{shown.map((row) => (
							<tr key={`${row.subject}-${row.stage}`} className={`status--${row.status}`}>
								<td>{row.result}.</td>
								<td>
									<time dateTime={row.due}>{formatDate(row.due)}</time>
								</td>
								<th scope="row">{row.subjectLabel}</th>
								<td>{row.stageLabel}</td>
								<td>
									{row.published} <span className="muted">({labels.byDeadline.replace('{n}', String(row.byDeadline))})</span>
								</td>
								<td>{row.target}</td>
								<td>
									<span className={`status-badge status-badge--${row.status}`}>{labels.statuses[row.status]}</span>
								</td>
								{live && (
									<td>
										{row.status.startsWith('done')
											? '—'
											: row.left > 0
												? plural(labels.daysLeft, row.left)
												: row.left === 0
													? labels.dueToday
													: plural(labels.daysLate, -row.left)}
									</td>
								)}
							</tr>
						))}
					</tbody>
				</table>
			</div>
		</div>
	);
}
