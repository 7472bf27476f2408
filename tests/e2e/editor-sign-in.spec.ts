/**
 * GitHub sign-in as the deployed editor does it: Decap's own popup client against the
 * site's Pages Functions (functions/api/), with GitHub replaced at its addresses. The site
 * is served at https://portals.test (not a host Decap's local backend answers for), every
 * request routed: pages from the built site with the CDN's headers, /api/* by the
 * functions themselves, github.com and api.github.com by stand-ins. No network.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { onRequestGet as auth } from '../../functions/api/auth.ts';
import { onRequestGet as callback } from '../../functions/api/callback.ts';
import { TOKEN_URL, type OAuthEnv } from '../../functions/_lib/github-oauth.ts';
import { headersFor, parseHeaders } from '../../src/lib/cdn.ts';

const dist = resolve(import.meta.dirname, '../..', process.env.OUT_DIR ?? 'dist');
const SITE = 'https://portals.test';
const TOKEN = 'gho_testa_zetons_123';
const env: OAuthEnv = { GITHUB_CLIENT_ID: 'klienta-id', GITHUB_CLIENT_SECRET: 'noslepums', SITE_ORIGIN: SITE };

/** A Pages Function's response, handed to the browser as it is (status, Location, Set-Cookie, its own CSP). */
async function runFunction(handler: typeof auth, url: string, cookie: string | undefined) {
	const response = await handler({ request: new Request(url, { headers: cookie ? { cookie } : {} }), env });
	const headers: Record<string, string> = {};
	response.headers.forEach((value, name) => (headers[name] = value));
	return { status: response.status, headers, body: await response.text() };
}

test('signing in with GitHub: Decap’s popup, the site’s functions and the token they hand back agree', async ({ page, context, baseURL }) => {
	const rules = parseHeaders(await readFile(join(dist, '_headers'), 'utf8'));
	const exchanged: URLSearchParams[] = [];
	const realFetch = globalThis.fetch;
	// The functions run in this process: the code exchange goes to a stand-in for GitHub.
	globalThis.fetch = async (input, init) => {
		if (String(input) !== TOKEN_URL) return realFetch(input, init);
		exchanged.push(new URLSearchParams(String(init?.body)));
		return Response.json({ access_token: TOKEN, token_type: 'bearer', scope: 'public_repo' });
	};
	try {
		await context.route(`${SITE}/**`, async (route) => {
			const url = new URL(route.request().url());
			const cookie = (await route.request().allHeaders())['cookie'];
			if (url.pathname === '/api/auth') return route.fulfill(await runFunction(auth, url.href, cookie));
			if (url.pathname === '/api/callback') return route.fulfill(await runFunction(callback, url.href, cookie));
			const response = await route.fetch({ url: `${baseURL}${url.pathname}${url.search}` });
			const headers = { ...response.headers(), ...Object.fromEntries(headersFor(rules, url.pathname)) };
			let body = await response.body();
			if (url.pathname === '/redaktors/') {
				// The editor as deployed at this address: Decap's base_url is the site's own origin.
				const html = body.toString('utf8');
				body = Buffer.from(html.replace(/("siteOrigin":)"[^"]*"/, `$1${JSON.stringify(SITE)}`));
			}
			return route.fulfill({ status: response.status(), headers, body });
		});
		// GitHub's consent screen, approved: back to the callback with a code and the same state.
		await context.route('https://github.com/login/oauth/authorize**', (route) => {
			const asked = new URL(route.request().url());
			expect(asked.searchParams.get('redirect_uri')).toBe(`${SITE}/api/callback`);
			const back = new URL(`${SITE}/api/callback`);
			back.search = new URLSearchParams({ code: 'koda-vertiba', state: asked.searchParams.get('state')! }).toString();
			return route.fulfill({ status: 302, headers: { location: back.href } });
		});
		const apiCalls: { path: string; authorization: string | undefined }[] = [];
		await context.route('https://api.github.com/**', async (route) => {
			const url = new URL(route.request().url());
			apiCalls.push({ path: url.pathname, authorization: (await route.request().allHeaders())['authorization'] });
			if (url.pathname === '/user') return route.fulfill({ json: { login: 'anna-berzina', name: 'Anna Bērziņa', avatar_url: '' } });
			return route.fulfill({ status: 404, json: { message: 'Not Found' } });
		});

		await page.goto(`${SITE}/redaktors/`);
		const popup = page.waitForEvent('popup');
		await page.getByRole('button', { name: 'Ieiet ar GitHub' }).click();
		await (await popup).waitForLoadState();
		// Decap asks GitHub who signed in with the token the callback posted to it.
		await expect.poll(() => apiCalls.find((call) => call.path === '/user')?.authorization, { timeout: 30_000 }).toBe(`token ${TOKEN}`);
		expect(exchanged).toHaveLength(1);
		expect(exchanged[0]!.get('code')).toBe('koda-vertiba');
		expect(exchanged[0]!.get('client_secret')).toBe('noslepums');
	} finally {
		globalThis.fetch = realFetch;
		await context.unrouteAll({ behavior: 'ignoreErrors' });
	}
});
