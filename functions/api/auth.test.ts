import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { onRequestGet } from './auth.ts';
import { STATE_COOKIE, type OAuthEnv } from '../_lib/github-oauth.ts';
import { runHandshake, SITE } from '../_lib/testing.ts';

const ENV: OAuthEnv = { GITHUB_CLIENT_ID: 'Iv1.client', GITHUB_CLIENT_SECRET: 'secret-value', SITE_ORIGIN: SITE };

function call(env: OAuthEnv, url = `${SITE}/api/auth?provider=github&site_id=materiali.example.org&scope=repo`) {
	return onRequestGet({ request: new Request(url), env });
}

describe('GET /api/auth', () => {
	const fetch = vi.fn();
	beforeEach(() => vi.stubGlobal('fetch', fetch));
	afterEach(() => {
		vi.unstubAllGlobals();
		fetch.mockReset();
	});

	test('sends the editor to GitHub with the app, the callback, a fixed scope and a state also set in a cookie', async () => {
		const response = await call(ENV);
		expect(response.status).toBe(302);
		const location = new URL(response.headers.get('Location')!);
		expect(location.origin + location.pathname).toBe('https://github.com/login/oauth/authorize');
		expect([...location.searchParams.keys()].sort()).toEqual(['client_id', 'redirect_uri', 'scope', 'state']);
		expect(location.searchParams.get('client_id')).toBe('Iv1.client');
		expect(location.searchParams.get('redirect_uri')).toBe(`${SITE}/api/callback`);
		// The query asked for `repo`; the scope is not the caller's to choose.
		expect(location.searchParams.get('scope')).toBe('public_repo');
		const state = location.searchParams.get('state')!;
		expect(state).toMatch(/^[A-Za-z0-9_-]{43}$/);
		expect(response.headers.get('Set-Cookie')).toBe(`${STATE_COOKIE}=${state}; HttpOnly; Secure; SameSite=Lax; Path=/api; Max-Age=600`);
		expect(response.headers.get('Cache-Control')).toBe('no-store');
		expect(response.headers.get('Referrer-Policy')).toBe('no-referrer');
		// Never the secret, and GitHub is not asked anything yet.
		expect(response.headers.get('Location')).not.toContain('secret-value');
		expect(fetch).not.toHaveBeenCalled();
	});

	test('a new state each time', async () => {
		const states = await Promise.all([1, 2, 3].map(async () => new URL((await call(ENV)).headers.get('Location')!).searchParams.get('state')));
		expect(new Set(states).size).toBe(3);
	});

	test('GITHUB_SCOPE overrides the scope', async () => {
		const response = await call({ ...ENV, GITHUB_SCOPE: 'repo' });
		expect(new URL(response.headers.get('Location')!).searchParams.get('scope')).toBe('repo');
	});

	test('without SITE_ORIGIN the request’s own origin is used', async () => {
		const response = await call({ ...ENV, SITE_ORIGIN: undefined }, 'https://abc123.metodiskie-materiali.pages.dev/api/auth');
		expect(new URL(response.headers.get('Location')!).searchParams.get('redirect_uri')).toBe('https://abc123.metodiskie-materiali.pages.dev/api/callback');
	});

	test.each([
		['no client id', { ...ENV, GITHUB_CLIENT_ID: undefined }],
		['no client secret', { ...ENV, GITHUB_CLIENT_SECRET: '' }],
		['neither', { SITE_ORIGIN: SITE }],
	])('refuses when a secret is missing (%s), and tells the editor', async (_name, env) => {
		const response = await call(env);
		expect(response.status).toBe(500);
		expect(response.headers.get('Location')).toBeNull();
		expect(response.headers.get('Set-Cookie')).toBeNull();
		const html = await response.text();
		expect(html).toContain('GITHUB_CLIENT_ID vai GITHUB_CLIENT_SECRET');
		const posted = runHandshake(html);
		expect(posted.map((p) => p.targetOrigin)).toEqual([SITE, SITE]);
		expect(posted[1]!.data).toMatch(/^authorization:github:error:\{"message":".*GITHUB_CLIENT_SECRET is missing\."\}$/);
	});

	test.each([
		'https://abc123.metodiskie-materiali.pages.dev/api/auth',
		'https://pr-7.metodiskie-materiali.pages.dev/api/auth',
		'http://materiali.example.org/api/auth',
		'https://materiali.example.org:8443/api/auth',
	])('refuses at an origin other than SITE_ORIGIN: %s', async (url) => {
		const response = await call(ENV, url);
		expect(response.status).toBe(403);
		expect(response.headers.get('Content-Type')).toBe('text/plain; charset=utf-8');
		expect(response.headers.get('Location')).toBeNull();
		expect(response.headers.get('Set-Cookie')).toBeNull();
		expect(await response.text()).toBe('Pieteikšanās ar GitHub šajā adresē nav atļauta.\nSigning in with GitHub is not allowed at this address.\n');
	});

	test('SITE_ORIGIN may be written with a trailing slash; a malformed one refuses everything', async () => {
		expect((await call({ ...ENV, SITE_ORIGIN: `${SITE}/` })).status).toBe(302);
		const response = await call({ ...ENV, SITE_ORIGIN: 'materiali.example.org' });
		expect(response.status).toBe(500);
		expect(await response.text()).toContain('SITE_ORIGIN');
	});
});
