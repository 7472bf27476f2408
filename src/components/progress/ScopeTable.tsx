/**
 * Every subject and stage with a deadline, as a table that becomes one card per row on a
 * narrow screen: the explicit roles keep it a table for screen readers when CSS changes
 * how it is laid out, and the name and the status share the card's first line.
 */
import type { ProgressStatus } from '../../lib/progress.ts';
import { interpolate, plural } from '../../i18n/format.ts';
import { formatDate } from '../../lib/dates.ts';
import { statusLabel, type BoardLabels } from './labels.ts';

export interface ScopeRowView {
	result: number;
	due: string;
	subject: string;
	subjectLabel: string;
	stage: string;
	stageLabel: string;
	published: number;
	byDeadline: number;
	target: number;
	status: ProgressStatus;
	left: number;
}

export type SortKey = 'due' | 'subject' | 'stage' | 'published' | 'status';

interface Props {
	rows: readonly ScopeRowView[];
	live: boolean;
	sort: { key: SortKey; ascending: boolean };
	onSort: (key: SortKey) => void;
	labels: BoardLabels;
}

export default function ScopeTable({ rows, live, sort, onSort, labels }: Props) {
	const header = (key: SortKey | undefined, text: string, className?: string) => {
		if (!key || !live)
			return (
				<th scope="col" role="columnheader" className={className}>
					{text}
				</th>
			);
		const active = sort.key === key;
		return (
			<th scope="col" role="columnheader" className={className} aria-sort={active ? (sort.ascending ? 'ascending' : 'descending') : undefined}>
				<button type="button" className="sort-button" onClick={() => onSort(key)}>
					{text}
					<span aria-hidden="true">{active ? (sort.ascending ? ' ▲' : ' ▼') : ' ↕'}</span>
				</button>
			</th>
		);
	};
	const days = (row: ScopeRowView) =>
		row.status.startsWith('done')
			? '—'
			: row.left > 0
				? plural(labels.daysLeft, row.left)
				: row.left === 0
					? labels.dueToday
					: plural(labels.daysLate, -row.left);

	return (
		<div className="table-scroll" role="region" tabIndex={0} aria-labelledby="progress-caption">
			<table className="progress-table" role="table" aria-labelledby="progress-caption">
				{/* The heading above says the same: the caption names the table for screen readers only. */}
				<caption id="progress-caption" className="sr-only">
					{labels.caption}
				</caption>
				<thead role="rowgroup">
					<tr role="row">
						{header('subject', labels.subject)}
						{header('stage', labels.stage)}
						{header('status', labels.status)}
						{header('due', labels.due)}
						{header('published', labels.published)}
						{header(undefined, labels.target)}
						{header(undefined, labels.result)}
						{live && header(undefined, labels.days)}
					</tr>
				</thead>
				<tbody role="rowgroup">
					{rows.map((row) => (
						<tr key={`${row.subject}-${row.stage}`} role="row" className={`status--${row.status}`}>
							<th scope="row" role="rowheader" className="cell-name">
								{row.subjectLabel}
							</th>
							<td role="cell" className="cell-stage" data-label={labels.stage}>
								{row.stageLabel}
							</td>
							<td role="cell" className="cell-status">
								<span className={`status-badge status-badge--${row.status}`}>{statusLabel(labels, row.status)}</span>
							</td>
							<td role="cell" data-label={labels.due}>
								<time dateTime={row.due}>{formatDate(row.due)}</time>
							</td>
							<td role="cell" data-label={labels.published}>
								{row.published} <span className="muted">({interpolate(labels.byDeadline, { n: row.byDeadline })})</span>
							</td>
							<td role="cell" data-label={labels.target}>
								{row.target}
							</td>
							<td role="cell" data-label={labels.result}>
								<a href={`#rezultats-${row.result}`}>{row.result}.</a>
							</td>
							{live && (
								<td role="cell" data-label={labels.days}>
									{days(row)}
								</td>
							)}
						</tr>
					))}
				</tbody>
			</table>
		</div>
	);
}
