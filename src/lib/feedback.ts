/**
 * Where a reader reports a mistake or suggests an improvement to a material: the
 * repository's issue forms (.github/ISSUE_TEMPLATE), prefilled with the material's id,
 * version and address, an e-mail for those without an account, and the file to edit.
 */
import type { Settings } from '../settings.ts';

export type FeedbackKind = 'kluda' | 'uzlabojums';

export interface MaterialRef {
	id: string;
	title: string;
	version: string;
	/** The page's absolute address. */
	url: string;
}

/** GitHub issue forms take a field's value from the query parameter named by its id. */
export function issueFormUrl(settings: Settings, kind: FeedbackKind, material: MaterialRef, title: string): string {
	const params = new URLSearchParams({ template: `${kind}.yml`, title, materials: material.id, versija: material.version, adrese: material.url });
	return `${settings.repositoryUrl}/issues/new?${params}`;
}

export function editUrl(settings: Settings, id: string): string {
	return `${settings.repositoryUrl}/edit/${settings.branch}/content/materials/${id}/index.mdx`;
}

export function mailtoUrl(settings: Settings, subject: string, body: string): string {
	// mailto wants %20 for spaces, not "+": URLSearchParams would write "+".
	return `mailto:${settings.contactEmail}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
