/**
 * GET /api/callback — where GitHub sends the editor back: checks the state against the
 * cookie /api/auth set, exchanges the code for a token with the OAuth App's secret, and
 * answers with the page that hands the token to the editor at this origin only.
 */
import {
	CALLBACK_PATH,
	checkOrigin,
	credentials,
	handshakePage,
	isState,
	plainText,
	readCookie,
	refusalPage,
	requestOrigin,
	safeEqual,
	STATE_COOKIE,
	stateCookie,
	TOKEN_URL,
	type PagesContext,
	type Refusal,
} from '../_lib/github-oauth.ts';

/** Every answer clears the state: it serves one sign-in only. */
const CLEAR = stateCookie('', 0);

const GITHUB_UNREACHABLE: Refusal = {
	status: 502,
	lv: 'GitHub neatbildēja, kā gaidīts; mēģiniet vēlreiz.',
	en: 'GitHub did not answer as expected; try again.',
};

/** GitHub's error codes are short snake_case words; anything else is not repeated back. */
function errorCode(value: unknown): string {
	return typeof value === 'string' && /^[a-z_]{1,64}$/.test(value) ? ` (${value})` : '';
}

export async function onRequestGet({ request, env }: PagesContext): Promise<Response> {
	const wrongOrigin = checkOrigin(request, env);
	if (wrongOrigin) return plainText(wrongOrigin, CLEAR);
	const origin = requestOrigin(request);
	const app = credentials(env);
	if ('status' in app) return refusalPage(origin, app, CLEAR);

	const query = new URL(request.url).searchParams;
	const state = query.get('state');
	const expected = readCookie(request, STATE_COOKIE);
	if (!isState(state) || !isState(expected) || !safeEqual(state, expected))
		return refusalPage(
			origin,
			{
				status: 400,
				lv: 'Pieteikšanās sesija nav derīga vai ir beigusies; sāciet pieteikšanos vēlreiz.',
				en: 'The sign-in session is invalid or has expired; start signing in again.',
			},
			CLEAR,
		);
	// The editor declined at GitHub, or GitHub refused the request.
	if (query.has('error')) {
		const code = errorCode(query.get('error'));
		return refusalPage(origin, { status: 403, lv: `GitHub neatļāva pieteikšanos${code}.`, en: `GitHub did not allow the sign-in${code}.` }, CLEAR);
	}
	const code = query.get('code');
	if (!code) return refusalPage(origin, { status: 400, lv: 'GitHub neatsūtīja kodu.', en: 'GitHub sent no code.' }, CLEAR);

	let answer: unknown;
	try {
		const response = await fetch(TOKEN_URL, {
			method: 'POST',
			headers: { Accept: 'application/json', 'Content-Type': 'application/x-www-form-urlencoded', 'User-Agent': 'decap-cms-oauth' },
			body: new URLSearchParams({ client_id: app.clientId, client_secret: app.clientSecret, code, redirect_uri: `${origin}${CALLBACK_PATH}` }),
			signal: AbortSignal.timeout(10_000),
		});
		if (!response.ok) return refusalPage(origin, GITHUB_UNREACHABLE, CLEAR);
		answer = await response.json();
	} catch {
		return refusalPage(origin, GITHUB_UNREACHABLE, CLEAR);
	}
	const { access_token: token, error } = (answer ?? {}) as { access_token?: unknown; error?: unknown };
	// GitHub answers 200 with { error, error_description } when the code is bad or expired.
	if (typeof token !== 'string' || token === '') {
		const code = errorCode(error);
		return refusalPage(origin, { status: 502, lv: `GitHub neizsniedza piekļuves atslēgu${code}.`, en: `GitHub issued no access token${code}.` }, CLEAR);
	}
	return handshakePage(origin, { token }, 200, CLEAR);
}
