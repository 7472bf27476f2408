/** The island's strings: the progress section of the dictionary, passed as a prop (types only here). */
import type { dates, progress } from '../../i18n/lv.ts';
import type { ResultStatus } from '../../lib/results.ts';

export type BoardLabels = typeof progress & {
	/** Month names by case: "uz 2. decembri", "līdz 31. augustam". */
	dates: typeof dates;
};

export const statusLabel = (labels: BoardLabels, status: ResultStatus): string =>
	({
		late: labels.statusLate,
		'due-soon': labels.statusDueSoon,
		planned: labels.statusPlanned,
		'done-late': labels.statusDoneLate,
		'done-on-time': labels.statusDoneOnTime,
		'no-data': labels.statusNoData,
		'no-target': labels.statusNoTarget,
	})[status];
