/**
 * What the two sign-in functions (functions/api/auth.ts, functions/api/callback.ts) share.
 * This module exports no `onRequest…` handler, so Cloudflare Pages does not make it a
 * route; the functions bundle it. It runs in the Workers runtime without the Node.js
 * compatibility flag: web APIs only, no imports.
 *
 * Decap CMS's GitHub backend (base_url = the site's origin, auth_endpoint = api/auth)
 * opens /api/auth in a popup and expects the page that ends the sign-in to post
 * `authorizing:github` to its opener, wait for the echo, then post
 * `authorization:github:success:{"token":…,"provider":"github"}` or
 * `authorization:github:error:{"message":…}` (decap-cms-lib-auth, netlify-auth.js).
 */

/** The part of Cloudflare's EventContext the functions read (declared here: no @cloudflare/workers-types). */
export interface PagesContext {
	request: Request;
	env: OAuthEnv;
}

/** Pages environment variables; the two GitHub ones are encrypted and set for production only. */
export interface OAuthEnv {
	GITHUB_CLIENT_ID?: string;
	GITHUB_CLIENT_SECRET?: string;
	/** Scope the token gets; never taken from the request. */
	GITHUB_SCOPE?: string;
	/** The one origin allowed to sign in (the production address); other deployments refuse. */
	SITE_ORIGIN?: string;
}

export const PROVIDER = 'github';
export const DEFAULT_SCOPE = 'public_repo';
export const AUTHORIZE_URL = 'https://github.com/login/oauth/authorize';
export const TOKEN_URL = 'https://github.com/login/oauth/access_token';
export const CALLBACK_PATH = '/api/callback';
/** `__Secure-` makes browsers refuse the cookie unless it is set Secure over HTTPS. */
export const STATE_COOKIE = '__Secure-decap-oauth-state';
/** Ten minutes to sign in at GitHub; the state is useless after that. */
export const STATE_MAX_AGE = 600;

/** A refusal in both languages: Latvian for the editors, English for whoever configures the project. */
export interface Refusal {
	status: number;
	lv: string;
	en: string;
}

const SECURITY_HEADERS = {
	'Cache-Control': 'no-store',
	'Referrer-Policy': 'no-referrer',
	'X-Content-Type-Options': 'nosniff',
	// The popup must keep window.opener to hand the token to the editor that opened it.
	'Cross-Origin-Opener-Policy': 'unsafe-none',
};

/** Headers for every response of the functions: _headers does not apply to them. */
export function securityHeaders(contentSecurityPolicy = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"): Headers {
	return new Headers({ ...SECURITY_HEADERS, 'Content-Security-Policy': contentSecurityPolicy });
}

/** A short plain-text answer, for refusals where nothing may be told to an opener. */
export function plainText({ status, lv, en }: Refusal, setCookie?: string): Response {
	const headers = securityHeaders();
	headers.set('Content-Type', 'text/plain; charset=utf-8');
	if (setCookie) headers.set('Set-Cookie', setCookie);
	return new Response(`${lv}\n${en}\n`, { status, headers });
}

export function requestOrigin(request: Request): string {
	return new URL(request.url).origin;
}

/**
 * Refuses requests at any origin but SITE_ORIGIN (when it is set): a preview or an old
 * deployment runs other code under another address and must never hand out a token.
 */
export function checkOrigin(request: Request, env: OAuthEnv): Refusal | undefined {
	const wanted = env.SITE_ORIGIN?.trim();
	if (!wanted) return undefined;
	let origin: string;
	try {
		origin = new URL(wanted).origin;
	} catch {
		origin = 'null';
	}
	if (origin === 'null')
		return {
			status: 500,
			lv: 'SITE_ORIGIN nav derīga adrese (piemēram, https://example.org).',
			en: 'SITE_ORIGIN is not a valid origin (e.g. https://example.org).',
		};
	if (origin !== requestOrigin(request))
		return { status: 403, lv: 'Pieteikšanās ar GitHub šajā adresē nav atļauta.', en: 'Signing in with GitHub is not allowed at this address.' };
	return undefined;
}

/** The OAuth App's credentials, or a refusal naming what is missing (never its value). */
export function credentials(env: OAuthEnv): { clientId: string; clientSecret: string } | Refusal {
	const clientId = env.GITHUB_CLIENT_ID?.trim();
	const clientSecret = env.GITHUB_CLIENT_SECRET?.trim();
	if (clientId && clientSecret) return { clientId, clientSecret };
	return {
		status: 500,
		lv: 'Pieteikšanās ar GitHub nav iestatīta: trūkst GITHUB_CLIENT_ID vai GITHUB_CLIENT_SECRET.',
		en: 'GitHub sign-in is not configured: GITHUB_CLIENT_ID or GITHUB_CLIENT_SECRET is missing.',
	};
}

export function scope(env: OAuthEnv): string {
	return env.GITHUB_SCOPE?.trim() || DEFAULT_SCOPE;
}

/** 32 random bytes, base64url: 43 characters. */
export function randomState(): string {
	return base64url(crypto.getRandomValues(new Uint8Array(32)));
}

const STATE_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function isState(value: string | null | undefined): value is string {
	return typeof value === 'string' && STATE_PATTERN.test(value);
}

/** The cookie that carries the state from /api/auth to /api/callback; `maxAge` 0 clears it. */
export function stateCookie(value: string, maxAge: number): string {
	return `${STATE_COOKIE}=${value}; HttpOnly; Secure; SameSite=Lax; Path=/api; Max-Age=${maxAge}`;
}

export function readCookie(request: Request, name: string): string | undefined {
	for (const part of (request.headers.get('Cookie') ?? '').split(';')) {
		const at = part.indexOf('=');
		if (at !== -1 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
	}
	return undefined;
}

/** Compares without stopping at the first difference, so the time taken tells nothing about the secret. */
export function safeEqual(a: string, b: string): boolean {
	const x = new TextEncoder().encode(a);
	const y = new TextEncoder().encode(b);
	if (x.length !== y.length) return false;
	let difference = 0;
	for (let i = 0; i < x.length; i++) difference |= x[i]! ^ y[i]!;
	return difference === 0;
}

/** A value as a JavaScript literal that cannot end the <script> element it sits in, whatever it holds. */
export function scriptLiteral(value: unknown): string {
	return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export type Outcome = { token: string } | { error: string };

/** The message Decap CMS parses: `authorization:github:success:{…}` or `authorization:github:error:{…}`. */
export function authorizationMessage(outcome: Outcome): string {
	return 'token' in outcome
		? `authorization:${PROVIDER}:success:${messageJson({ token: outcome.token, provider: PROVIDER })}`
		: `authorization:${PROVIDER}:error:${messageJson({ message: outcome.error })}`;
}

/** JSON on one line: Decap CMS matches the message with `(.+)$`, and `.` stops at U+2028 and U+2029, which JSON.stringify leaves as they are. */
function messageJson(value: unknown): string {
	return JSON.stringify(value).replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}

/**
 * The inline script: announce itself to the opener, and only when the opener at this
 * very origin answers, send the outcome there. Every postMessage names this origin, so
 * an opener at any other origin receives nothing.
 */
export function handshakeScript(origin: string, message: string): string {
	const announce = scriptLiteral(`authorizing:${PROVIDER}`);
	return [
		'(function () {',
		`var origin = ${scriptLiteral(origin)};`,
		`var message = ${scriptLiteral(message)};`,
		'var opener = window.opener;',
		'if (!opener) return;',
		"window.addEventListener('message', function receive(event) {",
		`if (event.source !== opener || event.origin !== origin || event.data !== ${announce}) return;`,
		"window.removeEventListener('message', receive);",
		'opener.postMessage(message, origin);',
		'});',
		`opener.postMessage(${announce}, origin);`,
		'})();',
	].join('\n');
}

/** `'sha256-…'` of exactly the script's text, for the Content-Security-Policy. */
export async function scriptHash(script: string): Promise<string> {
	const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(script));
	return `'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`;
}

function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The page that ends the sign-in in the popup: it hands the token (or the error) to the
 * editor that opened it, at `origin` only. Its policy allows that one script and nothing else.
 */
export async function handshakePage(origin: string, outcome: Outcome, status = 200, setCookie?: string): Promise<Response> {
	const script = handshakeScript(origin, authorizationMessage(outcome));
	const text =
		'token' in outcome
			? 'Pieteikšanās izdevās; ja šis logs neaizveras pats, aizveriet to. Signed in; if this window does not close by itself, close it.'
			: outcome.error;
	const html = `<!doctype html>
<html lang="lv">
<head>
<meta charset="utf-8">
<meta name="robots" content="noindex">
<title>GitHub</title>
</head>
<body>
<p>${escapeHtml(text)}</p>
<script>${script}</script>
</body>
</html>
`;
	const headers = securityHeaders(`default-src 'none'; script-src ${await scriptHash(script)}; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`);
	headers.set('Content-Type', 'text/html; charset=utf-8');
	if (setCookie) headers.set('Set-Cookie', setCookie);
	return new Response(html, { status, headers });
}

/** A refusal on the page that tells the editor too, in the error form Decap CMS shows. */
export function refusalPage(origin: string, refusal: Refusal, setCookie?: string): Promise<Response> {
	return handshakePage(origin, { error: `${refusal.lv} ${refusal.en}` }, refusal.status, setCookie);
}

function base64url(bytes: Uint8Array): string {
	return btoa(String.fromCharCode(...bytes))
		.replace(/\+/g, '-')
		.replace(/\//g, '_')
		.replace(/=+$/, '');
}
