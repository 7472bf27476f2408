/**
 * The figures of the results board (/izpilde/, its report and exports), computed at
 * build from seed 000's results, the targets, the entered figures and the published
 * materials. Bad targets or figures stop the build with the content check's messages.
 */
import { readResults } from '../authoring/results.ts';
import { readTargets } from '../authoring/targets.ts';
import { ContentValidationError } from '../lib/content-issues.ts';
import { buildDate } from '../lib/dates.ts';
import { areaOf } from '../lib/materials.ts';
import { countBy, scopeProgress, statusOn, type ScopeProgress, type ProgressStatus } from '../lib/progress.ts';
import { monthlySeries, resultStatus, summarise, type BoardSummary, type ResultRow, type ResultStatus } from '../lib/results.ts';
import { PROJECT, RESULTS, isEntered } from '../schemas/project.ts';
import type { Targets } from '../schemas/targets.ts';
import { getPublishedMaterials } from './materials.ts';

export type ScopeRow = ScopeProgress & { status: ProgressStatus };
export type ResultWithStatus = ResultRow & { status: ResultStatus };

export interface ProgressFigures {
	targets: Targets;
	/** The Riga date the static figures are computed for (the build's). */
	asOf: string;
	results: ResultWithStatus[];
	scopes: ScopeRow[];
	summary: BoardSummary;
	total: number;
	byOrigin: Map<string, number>;
	byArea: Map<string, number>;
	bySubject: Map<string, number>;
	byStage: Map<string, number>;
	byKind: Map<string, number>;
}

let memo: Promise<ProgressFigures> | undefined;

/** One computation per build: the board, its report and four exports read the same figures. */
export function getProgress(): Promise<ProgressFigures> {
	memo ??= compute();
	return memo;
}

async function compute(): Promise<ProgressFigures> {
	const asOf = buildDate();
	const [{ targets, issues }, entered] = await Promise.all([
		readTargets(process.cwd(), process.env.TARGETS_FILE),
		readResults(process.cwd(), process.env.RESULTS_FILE, asOf),
	]);
	if (!targets || !entered.results) throw new ContentValidationError([...issues, ...entered.issues]);
	const materials = await getPublishedMaterials();
	const facts = materials.map((m) => m.data);
	const scopes = scopeProgress(targets.deadlines, facts).map((scope) => ({ ...scope, status: statusOn(scope, asOf, targets.dueSoonDays) }));
	const byOrigin = countBy(materials, (m) => m.data.origin);

	const results = RESULTS.map((definition): ResultWithStatus => {
		const deadline = targets.deadlines.find((d) => d.result === definition.number);
		const row: ResultRow = {
			number: definition.number,
			name: definition.name,
			official: definition.official,
			measure: definition.measure,
			due: definition.due,
			threshold: definition.threshold,
			whole: definition.whole,
			entered: isEntered(definition),
			points: [],
		};
		if (row.entered) {
			row.points = entered
				.results!.figures.filter((f) => f.result === definition.number)
				.map(({ result: _result, ...point }) => point)
				.sort((a, b) => a.date.localeCompare(b.date));
		} else if (definition.measure === 'materials') {
			row.points = monthlySeries(
				facts.map((m) => m.published),
				PROJECT.start,
				asOf,
			);
			row.materials = { developed: byOrigin.get('izstradats') ?? 0, adapted: byOrigin.get('adaptets') ?? 0 };
		} else if (deadline) {
			const inScope = (m: (typeof facts)[number]) => deadline.scopes.some((s) => s.subjects.includes(m.subject) && s.stage === m.stage);
			row.points = monthlySeries(
				facts.filter(inScope).map((m) => m.published),
				PROJECT.start,
				asOf,
			);
			row.scopeTarget = deadline.target;
		}
		const own = scopes.filter((s) => s.result === definition.number);
		return { ...row, status: resultStatus(row, own, asOf, targets.dueSoonDays) };
	});

	return {
		targets,
		asOf,
		results,
		scopes,
		summary: summarise(results, scopes, asOf),
		total: materials.length,
		byOrigin,
		byArea: countBy(materials, areaOf),
		bySubject: countBy(materials, (m) => m.data.subject),
		byStage: countBy(materials, (m) => m.data.stage),
		byKind: countBy(materials, (m) => m.data.kind),
	};
}
