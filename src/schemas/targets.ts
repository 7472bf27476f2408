/**
 * The project's targets (content/targets.yaml): each deadline of seed 000's results
 * 5–9 with the subject × stage scopes it covers, its due date and how many published
 * materials make a scope done. The seed names scopes and dates but no counts, so the
 * counts are settings of this portal; the file says so, and so does the page.
 */
import { z } from 'zod';
import { STAGE_IDS, STAGES, SUBJECT_IDS, SUBJECTS } from './vocabulary.ts';
import { isoDate } from './material.ts';
import { resultDefinition, SCOPE_RESULTS } from './project.ts';
import { isRealDate } from '../lib/dates.ts';
import { t } from '../i18n/index.ts';

const count = z.int().min(1).max(100000);

const scope = z
	.strictObject({
		subject: z.enum(SUBJECT_IDS).optional(),
		/** Subjects that count together, e.g. "vēsture un sociālās zinātnes": two courses since 2024. */
		subjects: z.array(z.enum(SUBJECT_IDS)).min(2).optional(),
		/** The scope's name when it joins several subjects, as the seed writes it. */
		label: z.string().trim().min(3).max(120).optional(),
		stage: z.enum(STAGE_IDS),
		/** Overrides the deadline's target for this scope. */
		target: count.optional(),
	})
	.superRefine((s, ctx) => {
		const issue = (path: PropertyKey[], message: string, input: unknown, allowed: string) =>
			ctx.addIssue({ code: 'custom', path, message, input, params: { allowed } });
		if (s.subject === undefined && s.subjects === undefined) issue(['subject'], t('schema.required'), undefined, t('targets.subjectShape'));
		if (s.subject !== undefined && s.subjects !== undefined) issue(['subjects'], t('targets.subjectOrSubjects'), s.subjects, t('targets.subjectShape'));
		if (s.subjects !== undefined && s.label === undefined) issue(['label'], t('targets.labelRequired'), undefined, t('targets.labelShape'));
		if (s.subjects === undefined && s.label !== undefined) issue(['label'], t('targets.labelOnlyJoined'), s.label, t('schema.omitField'));
	})
	// One shape downstream: `subject` is the scope's key, `subjects` what it counts.
	.transform(({ subject, subjects, ...rest }) => ({
		...rest,
		subject: subjects ? subjects.join('+') : (subject ?? ''),
		subjects: subjects ?? (subject ? [subject] : []),
	}));

const deadline = z.strictObject({
	/** The result's number in seed 000. */
	result: z.int().min(1).max(99),
	due: isoDate,
	/** Published materials each scope needs (a setting: the seed gives no count). */
	target: count,
	scopes: z.array(scope).min(1),
});

export const targetsSchema = z
	.strictObject({
		/** A deadline this close (in days) and not yet met is "due soon". */
		dueSoonDays: z.int().min(1).max(365),
		deadlines: z.array(deadline).min(1),
	})
	.superRefine((targets, ctx) => {
		const issue = (path: PropertyKey[], message: string, input: unknown, allowed?: string) =>
			ctx.addIssue({ code: 'custom', path, message, input, params: allowed === undefined ? undefined : { allowed } });
		const results = new Map<number, number>();
		const scopes = new Map<string, string>();
		targets.deadlines.forEach((entry, i) => {
			const earlier = results.get(entry.result);
			if (earlier !== undefined) issue(['deadlines', i, 'result'], t('targets.duplicateResult', { other: earlier + 1 }), entry.result);
			results.set(entry.result, i);
			// Results 5–9 are seed 000's deadlines for materials: their numbers and dates are facts.
			const definition = resultDefinition(entry.result);
			if (definition?.measure !== 'scopes') issue(['deadlines', i, 'result'], t('targets.notScopeResult'), entry.result, SCOPE_RESULTS.join(', '));
			else if (isRealDate(entry.due) && definition.due !== entry.due)
				issue(['deadlines', i, 'due'], t('targets.dueNotSeed', { result: entry.result }), entry.due, definition.due);
			entry.scopes.forEach((s, j) => {
				for (const id of s.subjects) {
					const subject = SUBJECTS[id];
					if (subject && STAGES[s.stage] && !(subject.stages as readonly string[]).includes(s.stage)) {
						issue(['deadlines', i, 'scopes', j, 'stage'], t('schema.stageOfSubject', { subject: subject.label }), s.stage, subject.stages.join(', '));
					}
				}
				const where = t('targets.entry', { result: entry.result, due: entry.due });
				// A subject counted twice in a stage would be counted under two deadlines.
				for (const id of s.subjects) {
					const key = `${id} × ${s.stage}`;
					const first = scopes.get(key);
					if (first !== undefined) issue(['deadlines', i, 'scopes', j], t('targets.duplicateScope', { scope: key, other: first }), key);
					else scopes.set(key, where);
				}
			});
		});
		for (const number of SCOPE_RESULTS) {
			if (!results.has(number)) issue(['deadlines'], t('targets.missingResult', { result: number }), undefined, t('targets.missingResultAllowed'));
		}
	});

export type Targets = z.output<typeof targetsSchema>;
