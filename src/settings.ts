/**
 * The portal's own settings, read once at build time from the environment (README,
 * "Iestatījumi"). Each has a default for local builds; `npm run deploy` refuses to publish
 * a site built with the default contact address (scripts/deploy/deploy.ts).
 */
export interface Settings {
	/** The editorial team's e-mail: footer, accessibility statement, feedback by e-mail. */
	contactEmail: string;
	/** The repository's web address, for issue forms and edit links. */
	repositoryUrl: string;
	/** The branch that is published, for edit links. */
	branch: string;
}

/** Shown on local builds only: a reserved domain (RFC 2606), so nothing is ever sent to a stranger. */
export const DEFAULT_CONTACT_EMAIL = 'redakcija@example.org';

export function readSettings(env: Record<string, string | undefined>): Settings {
	// GitHub Actions names the repository a build runs in; elsewhere it is set or assumed.
	const fromActions = env.GITHUB_REPOSITORY ? `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}` : undefined;
	return {
		contactEmail: env.CONTACT_EMAIL || DEFAULT_CONTACT_EMAIL,
		repositoryUrl: (env.REPOSITORY_URL || fromActions || 'https://github.com/metodiskie-materiali/portals').replace(/\/+$/, ''),
		branch: env.REPOSITORY_BRANCH || 'main',
	};
}

export const SETTINGS: Settings = readSettings(process.env);
