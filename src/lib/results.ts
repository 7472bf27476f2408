/**
 * The project's eleven results as plain functions: each result's figure over time, its
 * status on a given day and the board's summary. The page computes them at build; the
 * island recomputes statuses with the reader's date in Riga, so nothing here imports
 * more than progress.ts and riga.ts.
 */
import { daysBetween } from './riga.ts';
import { statusOn, type ProgressStatus, type ScopeProgress } from './progress.ts';

export const RESULT_STATUSES = ['late', 'due-soon', 'planned', 'done-late', 'done-on-time', 'no-data', 'no-target'] as const;
export type ResultStatus = (typeof RESULT_STATUSES)[number];

/** One measurement: entered with its source, or a computed count at a day's end. */
export interface Point {
	date: string;
	value: number;
	/** The whole of a share. */
	of?: number | undefined;
	source?: string | undefined;
	enteredBy?: string | undefined;
	note?: string | undefined;
}

/** A result as the board receives it: the definition, where its figures come from, and their history. */
export interface ResultRow {
	number: number;
	name: string;
	official: string;
	measure: 'share' | 'count' | 'started' | 'materials' | 'scopes';
	due?: string | undefined;
	threshold?: number | undefined;
	whole?: string | undefined;
	/** Entered by the project (true) or computed from the materials. */
	entered: boolean;
	/** Oldest first. */
	points: Point[];
	/** Result 4: developed and adapted materials now. */
	materials?: { developed: number; adapted: number } | undefined;
	/** Results 5–9: materials each scope needs. */
	scopeTarget?: number | undefined;
}

type Dated = Pick<ScopeProgress, 'due' | 'reachedOn'>;

/** The value a point is compared and drawn by: a share in per cent, otherwise the number. */
export function measureOf(row: Pick<ResultRow, 'measure'>, point: Point): number {
	return row.measure === 'share' && point.of ? (point.value / point.of) * 100 : point.value;
}

/** Whether a point meets the seed's threshold (only results with one can). */
export function meets(row: Pick<ResultRow, 'measure' | 'threshold'>, point: Point): boolean {
	if (row.threshold === undefined) return false;
	return row.measure === 'share' ? point.of !== undefined && point.value * 100 >= row.threshold * point.of : point.value >= row.threshold;
}

/** The points known on `today`: a figure dated later is not yet history for that day. */
export const pointsOn = (row: Pick<ResultRow, 'points'>, today: string): Point[] => row.points.filter((p) => p.date <= today);

/**
 * A result's status on `today`. Materials per scope (5–9) are done when every scope is,
 * on the day the last one was; an entered result with a threshold is done on the first
 * measurement that meets it. A result without a threshold cannot be late or done.
 */
export function resultStatus(row: ResultRow, scopes: readonly Dated[], today: string, dueSoonDays: number): ResultStatus {
	if (row.measure === 'materials') return 'no-target';
	if (row.measure === 'scopes') {
		if (scopes.length === 0 || row.due === undefined) return 'no-data';
		const reached = scopes.map((s) => s.reachedOn);
		const reachedOn = reached.every((d): d is string => d !== undefined) ? reached.sort().at(-1) : undefined;
		return statusOn({ due: row.due, reachedOn }, today, dueSoonDays);
	}
	const known = pointsOn(row, today);
	if (known.length === 0) return 'no-data';
	if (row.threshold === undefined || row.due === undefined) return 'no-target';
	return statusOn({ due: row.due, reachedOn: known.find((p) => meets(row, p))?.date }, today, dueSoonDays);
}

export type Direction = 'up' | 'down' | 'flat' | 'one' | 'none';

/** Which way a figure went from its first known point to its last. */
export function trendOf(row: ResultRow, today: string): { direction: Direction; first?: Point; last?: Point } {
	const known = pointsOn(row, today);
	const first = known[0];
	const last = known.at(-1);
	if (!first || !last) return { direction: 'none' };
	if (known.length === 1) return { direction: 'one', first, last };
	const change = measureOf(row, last) - measureOf(row, first);
	return { direction: Math.abs(change) < 1e-9 ? 'flat' : change > 0 ? 'up' : 'down', first, last };
}

const lastDayOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);

/**
 * A count that grows with publications, as it stood at the end of every month from
 * `start` to `asOf` (the last point is `asOf` itself): at most one point a month, so
 * the series stays small at any size of collection.
 */
export function monthlySeries(dates: readonly string[], start: string, asOf: string): Point[] {
	const sorted = [...dates].sort();
	const points: Point[] = [];
	let year = Number(start.slice(0, 4));
	let month = Number(start.slice(5, 7));
	let i = 0;
	for (;;) {
		const end = lastDayOfMonth(year, month);
		const day = end < asOf ? end : asOf;
		while (i < sorted.length && sorted[i]! <= day) i++;
		points.push({ date: day, value: i });
		if (day === asOf || end > asOf) break;
		if (month === 12) {
			month = 1;
			year++;
		} else month++;
	}
	return points;
}

export interface BoardSummary {
	counts: Record<ResultStatus, number>;
	done: number;
	late: number[];
	noData: number[];
	/** No data although the deadline has passed: nobody can say whether it was met. */
	overdueNoData: number[];
	next?: { number: number; due: string; daysLeft: number } | undefined;
	scopesDone: number;
	scopesTotal: number;
}

/** What the board says first: statuses counted, what is late, what is due next. */
export function summarise(
	results: readonly { number: number; due?: string | undefined; status: ResultStatus }[],
	scopes: readonly { status: ProgressStatus }[],
	today: string,
): BoardSummary {
	const counts = Object.fromEntries(RESULT_STATUSES.map((s) => [s, 0])) as Record<ResultStatus, number>;
	for (const r of results) counts[r.status]++;
	const open = results
		.filter((r): r is typeof r & { due: string } => r.due !== undefined && r.due >= today && !r.status.startsWith('done') && r.status !== 'no-target')
		.sort((a, b) => a.due.localeCompare(b.due) || a.number - b.number);
	const next = open[0];
	return {
		counts,
		done: counts['done-late'] + counts['done-on-time'],
		late: results.filter((r) => r.status === 'late').map((r) => r.number),
		noData: results.filter((r) => r.status === 'no-data').map((r) => r.number),
		overdueNoData: results.filter((r) => r.status === 'no-data' && r.due !== undefined && r.due < today).map((r) => r.number),
		next: next && { number: next.number, due: next.due, daysLeft: daysBetween(today, next.due) },
		scopesDone: scopes.filter((s) => s.status.startsWith('done')).length,
		scopesTotal: scopes.length,
	};
}
