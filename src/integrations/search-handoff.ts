/**
 * How the content loader tells the search index that the documents are written, so
 * indexing starts at once, on the core the loader no longer needs while Astro saves its
 * content store. The loader is loaded through Vite and the integrations are not, so
 * they share no module state: a build puts its listener on globalThis, and only a build
 * does (`astro dev` and `astro check` load content without indexing it).
 */
const KEY = Symbol.for('metodiskie-materiali.search-documents-written');

type Listener = (documentsFile: string) => void;
type WithListener = { [KEY]?: Listener | undefined };

export function onSearchDocumentsWritten(listener: Listener | undefined): void {
	(globalThis as WithListener)[KEY] = listener;
}

export function searchDocumentsWritten(documentsFile: string): void {
	(globalThis as WithListener)[KEY]?.(documentsFile);
}
