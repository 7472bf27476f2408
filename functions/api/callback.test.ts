import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { onRequestGet } from './callback.ts';
import { STATE_COOKIE, type OAuthEnv } from '../_lib/github-oauth.ts';
import { inlineScripts, runHandshake, SITE } from '../_lib/testing.ts';

const ENV: OAuthEnv = { GITHUB_CLIENT_ID: 'Iv1.client', GITHUB_CLIENT_SECRET: 'secret-value', SITE_ORIGIN: SITE };
const STATE = 'a'.repeat(21) + '-_' + 'B'.repeat(20);
const CLEARED = `${STATE_COOKIE}=; HttpOnly; Secure; SameSite=Lax; Path=/api; Max-Age=0`;

function call({ env = ENV, origin = SITE, query = `code=c0de&state=${STATE}`, cookie = `other=1; ${STATE_COOKIE}=${STATE}` } = {}) {
	const headers = cookie ? { Cookie: cookie } : undefined;
	return onRequestGet({ request: new Request(`${origin}/api/callback?${query}`, { headers }), env });
}

/** What GitHub's token endpoint answers (it answers 200 with an `error` too). */
function github(body: unknown, status = 200) {
	fetch.mockResolvedValue(new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }));
}

const fetch = vi.fn<typeof globalThis.fetch>();
beforeEach(() => vi.stubGlobal('fetch', fetch));
afterEach(() => {
	vi.unstubAllGlobals();
	fetch.mockReset();
});

describe('GET /api/callback, signed in', () => {
	test('exchanges the code with the app’s secret', async () => {
		github({ access_token: 'gho_token', token_type: 'bearer', scope: 'public_repo' });
		await call();
		expect(fetch).toHaveBeenCalledTimes(1);
		const [url, init] = fetch.mock.calls[0]!;
		expect(url).toBe('https://github.com/login/oauth/access_token');
		expect(init?.method).toBe('POST');
		expect(new Headers(init?.headers).get('Accept')).toBe('application/json');
		expect(Object.fromEntries(new URLSearchParams(init?.body as URLSearchParams))).toEqual({
			client_id: 'Iv1.client',
			client_secret: 'secret-value',
			code: 'c0de',
			redirect_uri: `${SITE}/api/callback`,
		});
	});

	test('the page posts exactly the success message Decap CMS parses, to this origin only, after its handshake', async () => {
		github({ access_token: 'gho_token', token_type: 'bearer', scope: 'public_repo' });
		const response = await call();
		expect(response.status).toBe(200);
		expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
		expect(response.headers.get('Set-Cookie')).toBe(CLEARED);
		const html = await response.text();
		expect(html).not.toContain('secret-value');
		expect(runHandshake(html)).toEqual([
			{ data: 'authorizing:github', targetOrigin: SITE },
			{ data: 'authorization:github:success:{"token":"gho_token","provider":"github"}', targetOrigin: SITE },
		]);
	});

	test('an opener at another origin gets nothing; a reply from another origin is not answered', async () => {
		github({ access_token: 'gho_token' });
		const html = await (await call()).text();
		// The browser drops the announcement (it names this origin), so no answer comes.
		expect(runHandshake(html, 'https://evil.example')).toEqual([{ data: 'authorizing:github', targetOrigin: SITE }]);
		expect(runHandshake(html, SITE, { origin: 'https://evil.example' })).toEqual([{ data: 'authorizing:github', targetOrigin: SITE }]);
		expect(runHandshake(html, SITE, { data: 'authorizing:gitlab' })).toEqual([{ data: 'authorizing:github', targetOrigin: SITE }]);
	});

	test('its own strict headers, with the hash of exactly its one inline script', async () => {
		github({ access_token: 'gho_token' });
		const response = await call();
		const [script] = inlineScripts(await response.text());
		const hash = createHash('sha256').update(script!, 'utf8').digest('base64');
		expect(response.headers.get('Content-Security-Policy')).toBe(
			`default-src 'none'; script-src 'sha256-${hash}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
		);
		expect(response.headers.get('Cache-Control')).toBe('no-store');
		expect(response.headers.get('Referrer-Policy')).toBe('no-referrer');
		expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
		expect(response.headers.get('Cross-Origin-Opener-Policy')).toBe('unsafe-none');
	});

	test.each(['x</script><script>alert(1)</script>', '</SCRIPT ><!--<script>', '"\');alert(1)//\\', '\u2028\u2029&amp;<>\n'])(
		'a token holding markup or quotes cannot leave the script: %j',
		async (token) => {
			github({ access_token: token });
			const response = await call();
			const html = await response.text();
			expect(html.match(/<\/?script/gi)).toEqual(['<script', '</script']);
			expect(html).not.toContain('<!--');
			const [script] = inlineScripts(html);
			expect(response.headers.get('Content-Security-Policy')).toContain(`'sha256-${createHash('sha256').update(script!).digest('base64')}'`);
			const posted = runHandshake(html);
			// Line separators escaped, or Decap CMS's `(.+)$` would not match.
			const expected = JSON.stringify({ token, provider: 'github' }).replace('\u2028', '\\u2028').replace('\u2029', '\\u2029');
			expect(posted[1]).toEqual({ data: `authorization:github:success:${expected}`, targetOrigin: SITE });
			// Decap CMS reads it with this expression and JSON.parse.
			const [, json] = (posted[1]!.data as string).match(/^authorization:github:success:(.+)$/)!;
			expect(JSON.parse(json!)).toEqual({ token, provider: 'github' });
		},
	);
});

describe('GET /api/callback, refused', () => {
	/** The error form Decap CMS shows (err.message), posted to this origin only. */
	async function expectError(response: Response, status: number, message: RegExp) {
		expect(response.status).toBe(status);
		expect(response.headers.get('Set-Cookie')).toBe(CLEARED);
		const posted = runHandshake(await response.text());
		expect(posted.map((p) => p.targetOrigin)).toEqual([SITE, SITE]);
		const [, json] = (posted[1]!.data as string).match(/^authorization:github:error:(.+)$/)!;
		expect(JSON.parse(json!)).toEqual({ message: expect.stringMatching(message) });
	}

	test.each([
		['another state in the query', { query: `code=c0de&state=${'b'.repeat(43)}` }],
		['no state in the query', { query: 'code=c0de' }],
		['no cookie', { cookie: '' }],
		['another cookie only', { cookie: 'other=1' }],
		['a state of another form', { query: 'code=c0de&state=x', cookie: `${STATE_COOKIE}=x` }],
	])('a state that does not match the cookie: %s', async (_name, options) => {
		await expectError(await call(options), 400, /^Pieteikšanās sesija nav derīga.*The sign-in session is invalid/);
		expect(fetch).not.toHaveBeenCalled();
	});

	test('missing secrets', async () => {
		await expectError(await call({ env: { SITE_ORIGIN: SITE, GITHUB_CLIENT_ID: 'Iv1.client' } }), 500, /GITHUB_CLIENT_SECRET is missing/);
		expect(fetch).not.toHaveBeenCalled();
	});

	test('an origin other than SITE_ORIGIN: plain text, no script, no exchange', async () => {
		const response = await call({ origin: 'https://abc123.metodiskie-materiali.pages.dev' });
		expect(response.status).toBe(403);
		expect(response.headers.get('Content-Type')).toBe('text/plain; charset=utf-8');
		expect(response.headers.get('Set-Cookie')).toBe(CLEARED);
		expect(await response.text()).toBe('Pieteikšanās ar GitHub šajā adresē nav atļauta.\nSigning in with GitHub is not allowed at this address.\n');
		expect(fetch).not.toHaveBeenCalled();
	});

	test('the editor declined at GitHub; its description is not repeated', async () => {
		await expectError(
			await call({ query: `error=access_denied&error_description=Visit+evil.example&state=${STATE}` }),
			403,
			/^GitHub neatļāva pieteikšanos \(access_denied\)\. GitHub did not allow the sign-in \(access_denied\)\.$/,
		);
		expect(fetch).not.toHaveBeenCalled();
	});

	test('no code', async () => {
		await expectError(await call({ query: `state=${STATE}` }), 400, /GitHub sent no code/);
	});

	test('GitHub’s error answer', async () => {
		github({ error: 'bad_verification_code', error_description: 'The code passed is incorrect or expired.' });
		await expectError(
			await call(),
			502,
			/^GitHub neizsniedza piekļuves atslēgu \(bad_verification_code\)\. GitHub issued no access token \(bad_verification_code\)\.$/,
		);
	});

	test.each([
		['an HTTP error', () => github({}, 500)],
		['no JSON', () => fetch.mockResolvedValue(new Response('<html>', { status: 200 }))],
		['no connection', () => fetch.mockRejectedValue(new TypeError('fetch failed'))],
	])('GitHub unreachable: %s', async (_name, arrange) => {
		arrange();
		await expectError(await call(), 502, /GitHub did not answer as expected/);
	});
});
