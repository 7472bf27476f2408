/**
 * What the board says in its first ten seconds: every result's status at a glance,
 * the totals, what is late and what is due next.
 */
import type { ReactElement } from 'react';
import { RESULT_STATUSES, type BoardSummary, type ResultStatus } from '../../lib/results.ts';
import { formatNumber, formatPercent, interpolate, plural } from '../../i18n/format.ts';
import { formatDate } from '../../lib/dates.ts';
import { statusLabel, type BoardLabels } from './labels.ts';

interface Props {
	results: readonly { number: number; name: string; status: ResultStatus }[];
	summary: BoardSummary;
	/** Every subject and stage with a deadline: the late ones are named under their result. */
	scopes: readonly { result: number; subjectLabel: string; stageLabel: string; status: ResultStatus }[];
	totalMaterials: number;
	labels: BoardLabels;
}

const outOf = (labels: BoardLabels, value: number, total: number) =>
	interpolate(labels.outOf, { value, total, percent: formatPercent(total ? (value / total) * 100 : 0) });

export default function ResultSummary({ results, summary, scopes, totalMaterials, labels }: Props) {
	const short = (n: number) => interpolate(labels.resultShort, { number: n });
	const lateScopes = (n: number) =>
		scopes.filter((s) => s.result === n && s.status === 'late').map((s) => `${s.subjectLabel}, ${s.stageLabel.toLocaleLowerCase('lv')}`);
	const present = RESULT_STATUSES.filter((s) => summary.counts[s] > 0);
	return (
		<section className="board-summary" aria-labelledby="board-summary-title">
			<h2 id="board-summary-title">{labels.summaryTitle}</h2>
			<ol className="result-tiles" aria-label={labels.resultsOverview}>
				{results.map((r) => (
					<li key={r.number} className={`result-tile status--${r.status}`}>
						<a href={`#rezultats-${r.number}`} title={r.name}>
							<span className="result-tile__number">{r.number}.</span>
							<span className="result-tile__status">{statusLabel(labels, r.status)}</span>
						</a>
					</li>
				))}
			</ol>
			<p className={summary.late.length > 0 ? 'progress-late' : 'progress-late progress-late--none'} data-testid="late-summary">
				<strong>{summary.late.length > 0 ? labels.lateResults : labels.noLateResults}</strong>
				{summary.late.length > 0 &&
					` ${summary.late
						.map((n) => {
							const late = lateScopes(n);
							return late.length > 0 ? `${short(n)} (${late.join('; ')})` : short(n);
						})
						.join(', ')}`}
			</p>
			{summary.overdueNoData.length > 0 && (
				<p className="progress-unknown" data-testid="overdue-no-data">
					<strong>{labels.overdueNoData}</strong> {summary.overdueNoData.map(short).join(', ')}
				</p>
			)}
			<p className="progress-next" data-testid="next-due">
				<strong>{labels.nextDue}</strong>{' '}
				{summary.next
					? `${short(summary.next.number)}, ${formatDate(summary.next.due)} (${summary.next.daysLeft === 0 ? labels.dueToday : plural(labels.daysLeft, summary.next.daysLeft)})`
					: labels.nextDueNone}
			</p>
			<dl className="progress-totals">
				<div>
					<dt>{labels.resultsDone}</dt>
					<dd data-testid="results-done">{outOf(labels, summary.done, results.length)}</dd>
				</div>
				<div>
					<dt>{labels.scopesDone}</dt>
					<dd data-testid="scopes-done">{outOf(labels, summary.scopesDone, summary.scopesTotal)}</dd>
				</div>
				<div>
					<dt>{labels.resultsNoData}</dt>
					<dd data-testid="results-no-data">{summary.noData.length > 0 ? summary.noData.map((n) => `${n}.`).join(', ') : '0'}</dd>
				</div>
				<div>
					<dt>{labels.total}</dt>
					<dd data-testid="total">{formatNumber(totalMaterials)}</dd>
				</div>
			</dl>
			<figure className="progress-chart">
				<figcaption id="progress-chart-title">{labels.chartTitle}</figcaption>
				<svg viewBox="0 0 100 8" preserveAspectRatio="none" role="img" aria-labelledby="progress-chart-title progress-chart-legend" focusable="false">
					{
						present.reduce<{ x: number; bars: ReactElement[] }>(
							(acc, status) => {
								const width = (summary.counts[status] / Math.max(1, results.length)) * 100;
								acc.bars.push(<rect key={status} x={acc.x} y={0} width={width} height={8} className={`bar bar--${status}`} />);
								return { x: acc.x + width, bars: acc.bars };
							},
							{ x: 0, bars: [] },
						).bars
					}
				</svg>
				<ul className="progress-legend" id="progress-chart-legend">
					{present.map((status) => (
						<li key={status}>
							<span className={`swatch swatch--${status}`} aria-hidden="true"></span>
							{statusLabel(labels, status)}: {summary.counts[status]}
						</li>
					))}
				</ul>
			</figure>
		</section>
	);
}
