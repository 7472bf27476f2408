/**
 * One of the project's results: its status beside its name, then the deadline, the
 * goal, the latest figure and where it comes from, the trend, and the history.
 */
import type { ReactNode } from 'react';
import { measureOf, pointsOn, trendOf, type Point, type ResultRow, type ResultStatus } from '../../lib/results.ts';
import type { ProgressStatus } from '../../lib/progress.ts';
import { spellDate } from '../../lib/date-words.ts';
import { formatNumber, formatPercent, interpolate, plural } from '../../i18n/format.ts';
import { formatDate } from '../../lib/dates.ts';
import { statusLabel, type BoardLabels } from './labels.ts';
import TrendChart from './TrendChart.tsx';

export interface CardScope {
	subjectLabel: string;
	stageLabel: string;
	status: ProgressStatus;
	target: number;
}

interface Props {
	row: ResultRow;
	status: ResultStatus;
	scopes: readonly CardScope[];
	today: string;
	projectEnd: string;
	labels: BoardLabels;
	/** Open the history and the official wording (the printed report). */
	open?: boolean;
}

/** Folded on the board; on paper (the report) a plain section, since a closed <details> does not print. */
function Fold({ className, title, open, children }: { className: string; title: string; open: boolean; children: ReactNode }) {
	if (!open)
		return (
			<details className={className}>
				<summary>{title}</summary>
				{children}
			</details>
		);
	return (
		<section className={className}>
			<h4>{title}</h4>
			{children}
		</section>
	);
}

/** A point as the board writes it: a share with its whole and per cent, otherwise the number. */
export function pointText(row: ResultRow, point: Point, labels: BoardLabels): string {
	if (row.measure === 'share' && point.of)
		return interpolate(labels.figureShare, {
			value: formatNumber(point.value),
			of: formatNumber(point.of),
			whole: row.whole ?? '',
			percent: formatPercent(measureOf(row, point)),
		});
	return formatNumber(point.value);
}

function figureText(row: ResultRow, last: Point | undefined, scopes: readonly CardScope[], labels: BoardLabels): string {
	if (row.measure === 'materials')
		return interpolate(labels.figureMaterials, {
			total: formatNumber(last?.value ?? 0),
			developed: formatNumber(row.materials?.developed ?? 0),
			adapted: formatNumber(row.materials?.adapted ?? 0),
		});
	if (row.measure === 'scopes')
		return interpolate(labels.figureScopes, {
			done: scopes.filter((s) => s.status.startsWith('done')).length,
			total: scopes.length,
			published: formatNumber(last?.value ?? 0),
		});
	if (!last) return labels.figureNone;
	if (row.measure === 'started') return last.value > 0 ? plural(labels.figureStarted, last.value) : labels.figureNotStarted;
	return pointText(row, last, labels);
}

function goalText(row: ResultRow, labels: BoardLabels): string {
	// "līdz" takes the dative: "līdz 2025. gada 31. augustam".
	const formatDate = (iso: string) => spellDate(iso, labels.dates.monthsDative);
	if (row.measure === 'share' && row.threshold !== undefined && row.due)
		return interpolate(labels.goalShare, { threshold: row.threshold, whole: row.whole ?? '', date: formatDate(row.due) });
	if (row.measure === 'started' && row.due) return interpolate(labels.goalStarted, { date: formatDate(row.due) });
	if (row.measure === 'scopes' && row.scopeTarget && row.due) return plural(labels.goalScopes, row.scopeTarget, { date: formatDate(row.due) });
	return labels.goalNone;
}

export default function ResultCard({ row, status, scopes, today, projectEnd, labels, open = false }: Props) {
	const known = pointsOn(row, today);
	const trend = trendOf(row, today);
	const last = known.at(-1);
	const id = `rezultats-${row.number}`;
	const show = (p: Point | undefined) => (p ? (row.measure === 'share' ? formatPercent(measureOf(row, p)) : formatNumber(p.value)) : '');
	const trendText =
		trend.direction === 'none'
			? labels.trendNone
			: trend.direction === 'one'
				? interpolate(labels.trendOne, { date: formatDate(trend.last!.date) })
				: interpolate(labels[trend.direction === 'up' ? 'trendUp' : trend.direction === 'down' ? 'trendDown' : 'trendFlat'], {
						first: show(trend.first),
						last: show(trend.last),
						from: formatDate(trend.first!.date),
						to: formatDate(trend.last!.date),
					});
	const goal = row.measure === 'share' ? row.threshold : row.measure === 'scopes' ? scopes.reduce((sum, s) => sum + s.target, 0) : undefined;
	return (
		<article className={`result-card status--${status}`} id={id} aria-labelledby={`${id}-name`}>
			<header className="result-card__head">
				<h3 id={`${id}-name`}>
					<span className="result-card__number">{interpolate(labels.resultShort, { number: row.number })}</span> {row.name}
				</h3>
				<span className={`status-badge status-badge--${status}`} data-testid="result-status">
					{statusLabel(labels, status)}
				</span>
			</header>
			<dl className="result-card__facts">
				<div>
					<dt>{labels.due}</dt>
					<dd>{row.due ? <time dateTime={row.due}>{formatDate(row.due)}</time> : interpolate(labels.noDeadline, { date: formatDate(projectEnd) })}</dd>
				</div>
				<div>
					<dt>{labels.goal}</dt>
					<dd>{goalText(row, labels)}</dd>
				</div>
				<div>
					<dt>{labels.figure}</dt>
					<dd data-testid="result-figure">
						{figureText(row, last, scopes, labels)}
						{row.entered && last && (
							<span className="muted"> ({interpolate(labels.measuredOn, { date: spellDate(last.date, labels.dates.monthsAccusative) })})</span>
						)}
					</dd>
				</div>
				<div>
					<dt>{labels.origin}</dt>
					<dd data-testid="result-origin">
						{row.entered
							? last
								? `${labels.entered}: ${last.source}; ${interpolate(labels.enteredBy, { who: last.enteredBy ?? '' })}`
								: labels.entered
							: labels.computed}
					</dd>
				</div>
				<div>
					<dt>{labels.trend}</dt>
					<dd data-testid="result-trend">{trendText}</dd>
				</div>
			</dl>
			<TrendChart
				id={`${id}-chart`}
				label={interpolate(labels.trendChart, { name: row.name })}
				points={known.map((p) => ({ date: p.date, y: measureOf(row, p) }))}
				goal={goal}
			/>
			{scopes.length > 0 && (
				<ul className="result-card__scopes" aria-label={labels.scopesOfResult}>
					{scopes.map((s) => (
						<li key={`${s.subjectLabel}-${s.stageLabel}`}>
							{s.subjectLabel} ({s.stageLabel.toLocaleLowerCase('lv')}):{' '}
							<span className={`status-text status-text--${s.status}`}>{statusLabel(labels, s.status)}</span>
						</li>
					))}
				</ul>
			)}
			{row.entered && known.length > 0 && (
				<Fold className="result-card__history" title={labels.history} open={open}>
					<div className="table-scroll" role="region" tabIndex={0} aria-label={labels.history}>
						<table>
							<thead>
								<tr>
									<th scope="col">{labels.historyDate}</th>
									<th scope="col">{labels.historyValue}</th>
									<th scope="col">{labels.historySource}</th>
									<th scope="col">{labels.historyBy}</th>
								</tr>
							</thead>
							<tbody>
								{[...known].reverse().map((p) => (
									<tr key={p.date}>
										<th scope="row">
											<time dateTime={p.date}>{formatDate(p.date)}</time>
										</th>
										<td>{pointText(row, p, labels)}</td>
										<td>
											{p.source}
											{p.note && <span className="muted"> ({p.note})</span>}
										</td>
										<td>{p.enteredBy}</td>
									</tr>
								))}
							</tbody>
						</table>
					</div>
				</Fold>
			)}
			<Fold className="result-card__official" title={labels.official} open={open}>
				<p>{row.official}.</p>
			</Fold>
		</article>
	);
}
