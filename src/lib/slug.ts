/** Folder names from Latvian titles: "Brīvā krišana" → "briva-krisana". */
import { fold } from './latvian.ts';

export function slugify(text: string, maxLength = 60): string {
	// The search's fold: one table of Latvian letters for the whole site.
	const ascii = fold(text)
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	if (ascii.length <= maxLength) return ascii;
	const cut = ascii.slice(0, maxLength);
	return cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut;
}
