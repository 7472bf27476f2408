/**
 * What the web editor checks before it saves a material: the same schema `npm run check`
 * applies, and that an edited published material carries a new version. Plain functions
 * over plain data, so they are tested here and run in the editor's `preSave` event.
 */
import { t } from '../i18n/index.ts';
import { materialSchema } from '../schemas/material.ts';
import { validate } from '../schemas/validate.ts';
import { compareVersions, parseVersion } from '../lib/versions.ts';
import { MATERIALS_FOLDER } from './config.ts';

/**
 * The form's data as the schema reads it: without the body, and without what the form
 * leaves behind for a field nobody filled (an empty string, an empty object or list);
 * an optional field is then simply absent, as in a hand-written file.
 */
export function frontmatterOf(data: Record<string, unknown>): Record<string, unknown> {
	const clean = (value: unknown): unknown => {
		if (typeof value === 'string') return value.trim() === '' ? undefined : value;
		if (Array.isArray(value)) {
			const items = value.map(clean).filter((item) => item !== undefined);
			return items.length > 0 ? items : undefined;
		}
		if (value && typeof value === 'object') {
			const entries = Object.entries(value).flatMap(([key, child]) => {
				const kept = clean(child);
				return kept === undefined ? [] : [[key, kept] as const];
			});
			return entries.length > 0 ? Object.fromEntries(entries) : undefined;
		}
		return value ?? undefined;
	};
	const { body: _body, ...fields } = data;
	return (clean(fields) as Record<string, unknown> | undefined) ?? {};
}

/** `<subject>/<slug>` from the entry's path in the repository, or undefined for another file. */
export function materialIdOf(path: string): string | undefined {
	const match = new RegExp(`^${MATERIALS_FOLDER}/([a-z0-9-]+/[a-z0-9-]+)/index\\.mdx$`).exec(path);
	return match?.[1];
}

const nextMinor = (version: string) => {
	const [major, minor] = parseVersion(version);
	return `${major}.${minor + 1}.0`;
};

export interface Published {
	id: string;
	version: string;
}

/**
 * Everything that stops a save, each as one Latvian sentence naming the field. An edited
 * material the site has published must have a higher version than the published one
 * (the schema already ties the newest change-log entry to the version).
 */
export function saveProblems(data: Record<string, unknown>, options: { id: string | undefined; published: readonly Published[] }): string[] {
	const frontmatter = frontmatterOf(data);
	const problems: string[] = [];
	const result = validate(materialSchema, frontmatter, { file: options.id ?? '', lineOf: () => 0 });
	if (!result.ok) {
		for (const issue of result.issues) {
			const parts = [issue.field ? `${issue.field}: ${issue.message}` : issue.message];
			if (issue.allowed) parts.push(t('editor.allowed', { allowed: issue.allowed }));
			problems.push(parts.join(' '));
		}
	}
	const published = options.id ? options.published.find((material) => material.id === options.id) : undefined;
	const version = typeof frontmatter.version === 'string' ? frontmatter.version : undefined;
	if (published && version && /^\d+\.\d+\.\d+$/.test(version) && compareVersions(version, published.version) <= 0) {
		problems.push(`version: ${t('editor.newVersion', { published: published.version, next: nextMinor(published.version) })}`);
	}
	return problems;
}
