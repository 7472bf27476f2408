/**
 * GET /api/auth — where Decap CMS's popup starts: sends the editor to GitHub to approve
 * the OAuth App, with a one-time state that /api/callback checks against a cookie.
 * The query (provider, site_id, scope) is ignored: the scope is fixed here.
 */
import {
	AUTHORIZE_URL,
	CALLBACK_PATH,
	checkOrigin,
	credentials,
	plainText,
	randomState,
	refusalPage,
	requestOrigin,
	scope,
	securityHeaders,
	STATE_MAX_AGE,
	stateCookie,
	type PagesContext,
} from '../_lib/github-oauth.ts';

export async function onRequestGet({ request, env }: PagesContext): Promise<Response> {
	// Checked first, and answered without a script: another deployment learns nothing more.
	const wrongOrigin = checkOrigin(request, env);
	if (wrongOrigin) return plainText(wrongOrigin);
	const origin = requestOrigin(request);
	const app = credentials(env);
	if ('status' in app) return refusalPage(origin, app);

	const state = randomState();
	const authorize = new URL(AUTHORIZE_URL);
	authorize.search = new URLSearchParams({
		client_id: app.clientId,
		redirect_uri: `${origin}${CALLBACK_PATH}`,
		scope: scope(env),
		state,
	}).toString();
	const headers = securityHeaders();
	headers.set('Location', authorize.href);
	headers.set('Set-Cookie', stateCookie(state, STATE_MAX_AGE));
	return new Response(null, { status: 302, headers });
}
