/**
 * Where a pull request's preview lives on Cloudflare Pages. Each pull request is uploaded
 * as the Pages branch `pr-<number>`, and Pages gives the newest upload of a branch a
 * stable alias, `<alias>.<project>.pages.dev`, so the address in the pull request's
 * comment stays the same from push to push.
 */

/** Cloudflare Pages' longest branch alias; longer names are cut (community.cloudflare.com/t/477633). */
export const ALIAS_LENGTH = 28;

/**
 * The alias Cloudflare Pages gives a branch: lowercased, every character other than a–z
 * and 0–9 turned into `-`, no `-` at either end, at most 28 characters
 * (developers.cloudflare.com/pages/configuration/preview-deployments, "Preview aliases").
 */
export function branchAlias(branch: string): string {
	const alias = branch
		.toLowerCase()
		.replace(/[^a-z0-9]/g, '-')
		.replace(/^-+|-+$/g, '');
	if (alias === '') throw new Error(`The branch "${branch}" has no letters or digits; Cloudflare would give it a random alias.`);
	return alias.slice(0, ALIAS_LENGTH);
}

/** The Pages branch of a pull request; the number must be digits, as GitHub numbers them. */
export function previewBranch(prNumber: string): string {
	if (!/^[1-9][0-9]{0,9}$/.test(prNumber)) throw new Error(`--preview takes a pull request number (digits only), not "${prNumber}".`);
	return `pr-${prNumber}`;
}

/**
 * The preview's address, e.g. `https://pr-12.metodiskie-materiali.pages.dev/`. It assumes
 * the project's pages.dev subdomain is its name, which Cloudflare gives unless that name
 * was taken when the project was created.
 */
export function previewAddress(project: string, prNumber: string, base = '/'): string {
	if (!/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/.test(project)) throw new Error(`"${project}" is not a Cloudflare Pages project name (a–z, 0–9 and -).`);
	const path = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
	return `https://${branchAlias(previewBranch(prNumber))}.${project}.pages.dev${path}`;
}

/** A `name=value` line for `$GITHUB_OUTPUT`; a line break in the value would start another output, so it is refused. */
export function outputLine(name: string, value: string): string {
	if (/[\r\n]/.test(name + value)) throw new Error(`The output ${name} must be one line.`);
	return `${name}=${value}\n`;
}
