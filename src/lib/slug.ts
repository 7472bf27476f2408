/** Folder names from Latvian titles: "Brīvā krišana" → "briva-krisana". */

const LATVIAN: Record<string, string> = { ā: 'a', č: 'c', ē: 'e', ģ: 'g', ī: 'i', ķ: 'k', ļ: 'l', ņ: 'n', š: 's', ū: 'u', ž: 'z', ō: 'o', ŗ: 'r' };

export function slugify(text: string, maxLength = 60): string {
	const ascii = text
		.toLocaleLowerCase('lv')
		.replace(/[āčēģīķļņšūžōŗ]/g, (letter) => LATVIAN[letter] ?? letter)
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	if (ascii.length <= maxLength) return ascii;
	const cut = ascii.slice(0, maxLength);
	return cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut;
}
