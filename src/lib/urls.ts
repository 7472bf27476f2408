/** Site paths, defined once. Pages add the configured base with `withBase`. */

/** `/materiali/fizika/briva-krisana/` */
export const materialPath = (id: string): string => `/materiali/${id}/`;
/** The pupil's copy of a material: printed for pupils, without answers or teacher notes. */
export const pupilCopyPath = (id: string): string => `${materialPath(id)}skolenam/`;
/** The web editor's collection of materials (src/editor/config.ts). */
export const EDITOR_COLLECTION = 'materiali';
/** A material's entry in the web editor, where "Labot" leads. */
export const editorPath = (id: string): string => `/redaktors/#/collections/${EDITOR_COLLECTION}/entries/${id}/index`;
export const areaPath = (area: string): string => `/jomas/${area}/`;
/** A subject's list, optionally narrowed to one grade and/or one kind. */
export function subjectPath(subject: string, filter: { grade?: number | undefined; kind?: string | undefined } = {}): string {
	const parts = [`/prieksmeti/${subject}/`];
	if (filter.grade !== undefined) parts.push(`${filter.grade}-klase/`);
	if (filter.kind !== undefined) parts.push(`${filter.kind}/`);
	return parts.join('');
}

/** Every material of a grade, optionally narrowed to a subject and/or a kind: /klases/7-klase/matematika/. */
export function gradePath(grade: number, filter: { subject?: string | undefined; kind?: string | undefined } = {}): string {
	const parts = [`/klases/${grade}-klase/`];
	if (filter.subject !== undefined) parts.push(`${filter.subject}/`);
	if (filter.kind !== undefined) parts.push(`${filter.kind}/`);
	return parts.join('');
}

/** The route's `filter` parameter of a subject or grade path: "10-klase/stundas-plans", or undefined for the list itself. */
export const filterParamOf = (path: string): string | undefined => path.split('/').slice(3, -1).join('/') || undefined;

/** Joins the site's base ("/" or "/something/") and a root-relative path. */
export function withBase(path: string, base: string): string {
	const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
	return `${prefix}${path.startsWith('/') ? path : `/${path}`}`;
}

/** A site path with the configured base, for links in pages and components. */
export const href = (path: string): string => withBase(path, import.meta.env.BASE_URL);
