/**
 * The project's entered figures (content/rezultati.yaml): the results the portal cannot
 * compute from its own content (seed 000's results 1–3, 10 and 11). Each entry is one
 * measurement with its date, its source and who entered it; several entries of one
 * result are its history, which the board draws as a trend.
 */
import { z } from 'zod';
import { ENTERED_RESULTS, PROJECT, resultDefinition } from './project.ts';
import { isoDate } from './material.ts';
import { t } from '../i18n/index.ts';

const fields = z.strictObject({
	result: z.literal(ENTERED_RESULTS as [number, ...number[]]),
	/** The day the figure describes (the end of the period measured). */
	date: isoDate,
	value: z.int().min(0).max(1_000_000),
	/** The whole a share is a part of: all municipalities, all schools. */
	of: z.int().min(1).max(1_000_000).optional(),
	/** Where the figure comes from: a report, a register, a decision; a link is welcome. */
	source: z.string().trim().min(3).max(300),
	/** Who entered it: a name or a role. */
	enteredBy: z.string().trim().min(2).max(120),
	note: z.string().trim().min(2).max(300).optional(),
});

type Issue = (path: PropertyKey[], message: string, input: unknown, allowed?: string) => void;
const reporter =
	(ctx: z.RefinementCtx): Issue =>
	(path, message, input, allowed) =>
		ctx.addIssue({ code: 'custom', path, message, input, params: allowed === undefined ? undefined : { allowed } });

/** One measurement; each entry is checked on its own, so one bad entry does not hide another's mistakes. */
const figure = (today: string) =>
	fields.superRefine((entry, ctx) => {
		const issue = reporter(ctx);
		const definition = resultDefinition(entry.result);
		if (!definition) return;
		if (definition.measure === 'share' && entry.of === undefined)
			issue(['of'], t('results.ofRequired', { whole: definition.whole ?? '' }), undefined, t('results.ofShape'));
		if (definition.measure !== 'share' && entry.of !== undefined) issue(['of'], t('results.ofOnlyShare'), entry.of, t('schema.omitField'));
		if (entry.of !== undefined && entry.value > entry.of)
			issue(['value'], t('results.valueOverWhole', { of: entry.of }), entry.value, t('results.valueShape', { of: entry.of }));
		if (entry.date < PROJECT.start) issue(['date'], t('results.beforeProject'), entry.date, t('results.dateRange', { start: PROJECT.start, today }));
		else if (entry.date > today) issue(['date'], t('results.future'), entry.date, t('results.dateRange', { start: PROJECT.start, today }));
	});

/** `today` (Riga's date) refuses figures from the future: a mistyped year. */
export const resultsFileSchema = (today: string) =>
	z.strictObject({ figures: z.array(figure(today)) }).superRefine((file, ctx) => {
		const issue = reporter(ctx);
		const seen = new Map<string, number>();
		file.figures.forEach((entry, i) => {
			const key = `${entry.result} ${entry.date}`;
			const first = seen.get(key);
			if (first !== undefined)
				issue(['figures', i, 'date'], t('results.duplicate', { result: entry.result, other: first + 1 }), entry.date, t('results.duplicateAllowed'));
			else seen.set(key, i);
		});
	});

export type ResultsFile = z.output<ReturnType<typeof resultsFileSchema>>;
