/**
 * The results board's figures as tables and JSON for the project's reports: the CSV
 * files and the JSON under /izpilde/ are built from these, from the same figures as
 * the board, as of the build's date.
 */
import { t } from '../i18n/index.ts';
import { lv } from '../i18n/lv.ts';
import { measureOf, pointsOn, type Point } from '../lib/results.ts';
import type { Cell } from '../lib/csv.ts';
import { statusLabel, type BoardLabels } from '../components/progress/labels.ts';
import { PROJECT } from '../schemas/project.ts';
import { STAGES, SUBJECTS, type StageId, type SubjectId } from '../schemas/vocabulary.ts';
import type { ProgressFigures, ResultWithStatus, ScopeRow } from './progress.ts';

/** The island's strings: the progress section and the month names, passed as a prop. */
export const BOARD_LABELS: BoardLabels = { ...lv.progress, dates: lv.dates };

export const scopeName = (scope: Pick<ScopeRow, 'label' | 'subject'>): string => scope.label ?? SUBJECTS[scope.subject as SubjectId].label;
export const stageName = (scope: Pick<ScopeRow, 'stage'>): string => STAGES[scope.stage as StageId].short;

/** A scope with the names the board, the report and their tables show. */
export const labelled = <S extends Pick<ScopeRow, 'label' | 'subject' | 'stage'>>(scope: S): S & { subjectLabel: string; stageLabel: string } => ({
	...scope,
	subjectLabel: scopeName(scope),
	stageLabel: stageName(scope),
});

const origin = (row: ResultWithStatus) => (row.entered ? lv.progress.entered : lv.progress.computed);
const percent = (row: ResultWithStatus, point: Point) => (row.measure === 'share' && point.of ? Math.round(measureOf(row, point) * 10) / 10 : undefined);

function goal(row: ResultWithStatus): string {
	if (row.measure === 'share' && row.threshold !== undefined) return `≥ ${row.threshold} %`;
	if (row.measure === 'started') return t('progress.goalStarted', { date: row.due ?? '' });
	if (row.measure === 'scopes' && row.scopeTarget) return t('progress.goalScopes', { count: row.scopeTarget, date: row.due ?? '' });
	return lv.progress.goalNone;
}

export function resultsTable({ results, asOf }: ProgressFigures): { header: string[]; rows: Cell[][] } {
	const p = lv.progress;
	return {
		header: [
			p.result,
			p.historyName,
			p.due,
			p.goal,
			p.historyValue,
			p.historyOf,
			p.historyPercent,
			p.historyDate,
			p.status,
			p.origin,
			p.historySource,
			p.historyBy,
			p.asOf,
		],
		rows: results.map((row) => {
			const last = pointsOn(row, asOf).at(-1);
			return [
				row.number,
				row.name,
				row.due ?? PROJECT.end,
				goal(row),
				last?.value,
				last?.of,
				last && percent(row, last),
				last?.date,
				statusLabel(BOARD_LABELS, row.status),
				origin(row),
				last?.source,
				last?.enteredBy,
				asOf,
			];
		}),
	};
}

export function scopesTable({ scopes, asOf }: ProgressFigures): { header: string[]; rows: Cell[][] } {
	const p = lv.progress;
	return {
		header: [p.result, p.due, p.subject, p.stage, p.published, p.historyByDeadline, p.target, p.historyReached, p.status, p.asOf],
		rows: scopes.map((s) => [
			s.result,
			s.due,
			scopeName(s),
			stageName(s),
			s.published,
			s.byDeadline,
			s.target,
			s.reachedOn,
			statusLabel(BOARD_LABELS, s.status),
			asOf,
		]),
	};
}

/** Every point of every result: entered measurements with their sources, computed counts month by month. */
export function historyTable({ results, asOf }: ProgressFigures): { header: string[]; rows: Cell[][] } {
	const p = lv.progress;
	return {
		header: [p.result, p.historyName, p.historyDate, p.historyValue, p.historyOf, p.historyPercent, p.origin, p.historySource, p.historyBy, p.historyNote],
		rows: results.flatMap((row) =>
			pointsOn(row, asOf).map((point) => [
				row.number,
				row.name,
				point.date,
				point.value,
				point.of,
				percent(row, point),
				origin(row),
				point.source,
				point.enteredBy,
				point.note,
			]),
		),
	};
}

export function progressJson(figures: ProgressFigures) {
	const { results, scopes, asOf, summary } = figures;
	return {
		project: PROJECT,
		asOf,
		summary: {
			done: summary.done,
			late: summary.late,
			noData: summary.noData,
			overdueNoData: summary.overdueNoData,
			next: summary.next ?? null,
			scopesDone: summary.scopesDone,
			scopesTotal: summary.scopesTotal,
		},
		results: results.map((row) => ({
			number: row.number,
			name: row.name,
			official: row.official,
			measure: row.measure,
			entered: row.entered,
			due: row.due ?? null,
			threshold: row.threshold ?? null,
			status: row.status,
			statusLabel: statusLabel(BOARD_LABELS, row.status),
			points: pointsOn(row, asOf).map((point) => ({ ...point, share: percent(row, point) ?? null })),
		})),
		scopes: scopes.map((s) => ({
			result: s.result,
			due: s.due,
			subject: s.subject,
			name: scopeName(s),
			stage: s.stage,
			published: s.published,
			byDeadline: s.byDeadline,
			target: s.target,
			reachedOn: s.reachedOn ?? null,
			status: s.status,
			statusLabel: statusLabel(BOARD_LABELS, s.status),
		})),
	};
}
