/**
 * The figures of /izpilde/, computed at build from the targets and the published
 * materials. Bad targets stop the build with the content check's messages.
 */
import { readTargets } from '../authoring/targets.ts';
import { ContentValidationError } from '../lib/content-issues.ts';
import { dateInRiga } from '../lib/riga.ts';
import { areaOf } from '../lib/materials.ts';
import { countBy, scopeProgress, statusOn, type ScopeProgress, type ProgressStatus } from '../lib/progress.ts';
import type { Targets } from '../schemas/targets.ts';
import { getPublishedMaterials } from './materials.ts';

export interface ProgressFigures {
	targets: Targets;
	/** The Riga date the static figures are computed for (the build's). */
	asOf: string;
	scopes: (ScopeProgress & { status: ProgressStatus })[];
	total: number;
	byOrigin: Map<string, number>;
	byArea: Map<string, number>;
	bySubject: Map<string, number>;
	byStage: Map<string, number>;
	byKind: Map<string, number>;
}

export async function getProgress(): Promise<ProgressFigures> {
	const { targets, issues } = await readTargets(process.cwd(), process.env.TARGETS_FILE);
	if (!targets) throw new ContentValidationError(issues);
	const materials = await getPublishedMaterials();
	// SOURCE_DATE_EPOCH (seconds) pins the build's date, so two builds of one commit are identical.
	const epoch = process.env.SOURCE_DATE_EPOCH;
	const asOf = dateInRiga(epoch ? new Date(Number(epoch) * 1000) : new Date());
	const scopes = scopeProgress(
		targets.deadlines,
		materials.map((m) => m.data),
	).map((scope) => ({ ...scope, status: statusOn(scope, asOf, targets.dueSoonDays) }));
	return {
		targets,
		asOf,
		scopes,
		total: materials.length,
		byOrigin: countBy(materials, (m) => m.data.origin),
		byArea: countBy(materials, areaOf),
		bySubject: countBy(materials, (m) => m.data.subject),
		byStage: countBy(materials, (m) => m.data.stage),
		byKind: countBy(materials, (m) => m.data.kind),
	};
}
