/**
 * The project's progress against its deadlines, as plain functions: the page computes
 * the figures at build, the island recomputes statuses and days with the reader's
 * date in Riga. No imports beyond riga.ts, so the island stays small.
 */
import { daysBetween } from './riga.ts';

export const STATUSES = ['late', 'due-soon', 'planned', 'done-late', 'done-on-time'] as const;
export type ProgressStatus = (typeof STATUSES)[number];

export interface DeadlineInput {
	result: number;
	due: string;
	target: number;
	/** `subject` names the scope; `subjects` (default: that one) are what it counts. */
	scopes: readonly { subject: string; subjects?: readonly string[]; label?: string | undefined; stage: string; target?: number | undefined }[];
}

export interface MaterialFacts {
	subject: string;
	stage: string;
	/** First publication, YYYY-MM-DD. */
	published: string;
}

/** One subject × stage under a deadline, with what the collection holds for it. */
export interface ScopeProgress {
	result: number;
	due: string;
	subject: string;
	/** The scope's own name when it joins several subjects. */
	label: string | undefined;
	stage: string;
	target: number;
	/** Published materials in the scope now. */
	published: number;
	/** Of those, published on or before the due date. */
	byDeadline: number;
	/** The day the scope reached its target (the target-th publication), if it has. */
	reachedOn: string | undefined;
}

export function scopeProgress(deadlines: readonly DeadlineInput[], materials: readonly MaterialFacts[]): ScopeProgress[] {
	return deadlines.flatMap((deadline) =>
		deadline.scopes.map((scope) => {
			const target = scope.target ?? deadline.target;
			const subjects = scope.subjects ?? [scope.subject];
			const dates = materials
				.filter((m) => subjects.includes(m.subject) && m.stage === scope.stage)
				.map((m) => m.published)
				.sort();
			return {
				result: deadline.result,
				due: deadline.due,
				subject: scope.subject,
				label: scope.label,
				stage: scope.stage,
				target,
				published: dates.length,
				byDeadline: dates.filter((date) => date <= deadline.due).length,
				reachedOn: dates[target - 1],
			};
		}),
	);
}

/** Days until the due date from `today` (0 on the last day, negative once it has passed). */
export function daysLeft(scope: Pick<ScopeProgress, 'due'>, today: string): number {
	return daysBetween(today, scope.due);
}

/**
 * Done on time / done late once the target is reached (by when it was reached);
 * otherwise late after the due day, due soon within `dueSoonDays`, else planned.
 * The due day itself still counts as in time.
 */
export function statusOn(scope: Pick<ScopeProgress, 'due' | 'reachedOn'>, today: string, dueSoonDays: number): ProgressStatus {
	if (scope.reachedOn !== undefined && scope.reachedOn <= today) return scope.reachedOn <= scope.due ? 'done-on-time' : 'done-late';
	const left = daysLeft(scope, today);
	if (left < 0) return 'late';
	return left <= dueSoonDays ? 'due-soon' : 'planned';
}

/** How many items fall under each key, in first-seen order. */
export function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
	const counts = new Map<string, number>();
	for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
	return counts;
}
