/**
 * The text of a page's <title>: search results and browser tabs show about 60–70
 * characters, so the site's name is added only when it fits, and a long title is cut
 * at a word with an ellipsis. The page's heading keeps the whole title.
 */
export const MAX_TITLE_LENGTH = 70;

export function documentTitle(title: string, siteName: string, max: number = MAX_TITLE_LENGTH): string {
	const withSite = `${title} — ${siteName}`;
	if (withSite.length <= max) return withSite;
	if (title.length <= max) return title;
	const cut = title.slice(0, max - 1);
	const space = cut.lastIndexOf(' ');
	return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:—–-]+$/, '')}…`;
}
