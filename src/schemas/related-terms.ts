/**
 * The related-terms file (content/saistitie-termini.yaml): what a search should find
 * besides the words typed. `terms` are equal names of one thing (each finds the others:
 * "DNS" and "dezoksiribonukleīnskābe"); `related` are found by the terms but do not find
 * them ("Ņūtona likumi" finds "dinamika", not the other way round).
 */
import { z } from 'zod';
import { namedFacets, termTokens } from '../lib/search-query.ts';
import { t } from '../i18n/index.ts';

const term = z
	.string()
	.trim()
	.min(2)
	.max(80)
	.refine((text) => termTokens(text).some(Boolean), { message: t('relatedTerms.noWords') });

const entry = z
	.strictObject({
		terms: z.array(term).min(1).max(20),
		related: z.array(term).max(20).optional(),
	})
	.superRefine((value, ctx) => {
		if (value.terms.length < 2 && (value.related ?? []).length === 0) {
			ctx.addIssue({
				code: 'custom',
				path: ['terms'],
				message: t('relatedTerms.nothingRelated'),
				input: value.terms,
				params: { allowed: t('relatedTerms.shape') },
			});
		}
	});

export const relatedTermsSchema = z.strictObject({ entries: z.array(entry).min(1) }).superRefine((file, ctx) => {
	const issue = (path: PropertyKey[], message: string, input: unknown, allowed?: string) =>
		ctx.addIssue({ code: 'custom', path, message, input, params: allowed === undefined ? undefined : { allowed } });
	const key = (text: string) => termTokens(text).join(' ');
	const owner = new Map<string, number>();
	file.entries.forEach((value, i) => {
		const own = new Set<string>();
		for (const [field, list] of [
			['terms', value.terms],
			['related', value.related ?? []],
		] as const) {
			list.forEach((text, j) => {
				// A facet's name is a filter before it is a word, so its related terms would never apply.
				const named = namedFacets(text);
				if (field === 'terms' && named.length > 0) issue(['entries', i, field, j], t('relatedTerms.facetName'), text, t('relatedTerms.facetAllowed'));
				if (own.has(key(text))) issue(['entries', i, field, j], t('relatedTerms.repeated'), text);
				own.add(key(text));
			});
		}
		value.terms.forEach((text, j) => {
			const first = owner.get(key(text));
			if (first !== undefined) issue(['entries', i, 'terms', j], t('relatedTerms.duplicate', { other: first + 1 }), text, t('relatedTerms.merge'));
			else owner.set(key(text), i);
		});
	});
});

export type RelatedTermsFile = z.output<typeof relatedTermsSchema>;
