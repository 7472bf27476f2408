/**
 * Problems found in authors' content, in one shape for the schema, the MDX guard,
 * the build and the content check, so every message names the file, the line,
 * the field, what was found and what is allowed.
 */
import { t } from '../i18n/index.ts';
import { printable } from './text.ts';

export interface ContentIssue {
	/** Path of the file, relative to the project root. */
	file: string;
	line?: number | undefined;
	column?: number | undefined;
	/** Frontmatter field (dotted path) the issue is about. */
	field?: string | undefined;
	/** Or the construct in the body, e.g. `<script>` or `import/export`. */
	construct?: string | undefined;
	message: string;
	found?: string | undefined;
	allowed?: string | undefined;
}

export function formatIssue(issue: ContentIssue): string {
	let where = issue.file;
	if (issue.line !== undefined) where += `:${issue.line}`;
	if (issue.line !== undefined && issue.column !== undefined) where += `:${issue.column}`;
	const subject = issue.field ? `${t('issues.field')} “${issue.field}”: ` : issue.construct ? `“${issue.construct}”: ` : '';
	const parts = [subject ? subject + issue.message : capitalize(issue.message)];
	if (issue.found !== undefined) parts.push(`${capitalize(t('issues.found'))}: ${issue.found}`);
	if (issue.allowed !== undefined) parts.push(`${capitalize(t('issues.allowed'))}: ${issue.allowed}`);
	// Each part ends as a sentence: with its own ? or … where it has one, else with a full stop.
	const sentence = parts.map((part) => (/[.…?!]$/.test(part) ? part : `${part}.`)).join(' ');
	// File names and found values are the author's: printed raw, a newline or an escape code could forge log lines.
	return printable(`${where} — ${sentence}`);
}

/** Thrown to stop a build; its message lists every issue, one a line. */
export class ContentValidationError extends Error {
	readonly issues: readonly ContentIssue[];
	constructor(issues: readonly ContentIssue[]) {
		const heading = t('issues.heading', { count: issues.length });
		super(`${heading}\n${issues.map((issue) => `  • ${formatIssue(issue)}`).join('\n')}`);
		this.name = 'ContentValidationError';
		this.issues = issues;
	}
}

const capitalize = (text: string) => text.charAt(0).toLocaleUpperCase('lv') + text.slice(1);

/** Shows a value from a YAML file the way an author would recognise it. */
export function describeValue(value: unknown): string {
	if (value === undefined) return t('issues.nothing');
	if (value === null) return t('issues.empty');
	if (typeof value === 'string') return `“${value.length > 80 ? `${value.slice(0, 77)}…` : value}”`;
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	if (Array.isArray(value)) return `[${value.map(describeValue).join(', ')}]`.slice(0, 120);
	return t('issues.object');
}

/** Levenshtein distance, for "did you mean" hints on mistyped identifiers. */
export function editDistance(a: string, b: string): number {
	const row = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		let diagonal = row[0]!;
		row[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const above = row[j]!;
			row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
			diagonal = above;
		}
	}
	return row[b.length]!;
}

/** The closest allowed value, if it is close enough to be a likely typo. */
export function closestMatch(value: string, allowed: readonly string[]): string | undefined {
	const normalized = value.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/\s+/g, '-');
	let best: string | undefined;
	let bestDistance = Infinity;
	for (const candidate of allowed) {
		const distance = editDistance(normalized, candidate.toLowerCase());
		if (distance < bestDistance) {
			best = candidate;
			bestDistance = distance;
		}
	}
	return best !== undefined && bestDistance <= Math.max(2, Math.floor(best.length / 4)) ? best : undefined;
}
