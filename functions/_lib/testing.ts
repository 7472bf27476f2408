/**
 * For the functions' tests: runs the sign-in page's inline script against a stand-in
 * window, the way Decap CMS's opener would answer it, and records what it posts where.
 */
export const SITE = 'https://materiali.example.org';

export interface Posted {
	data: unknown;
	targetOrigin: string;
}

/** The text of each <script> element in the page. */
export function inlineScripts(html: string): string[] {
	return [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1]!);
}

/**
 * Runs the page's one script with an opener at `openerOrigin`, which echoes
 * `authorizing:github` as Decap CMS does (it answers only at its own origin).
 */
export function runHandshake(html: string, openerOrigin = SITE, reply: { origin?: string; data?: string } = {}): Posted[] {
	const scripts = inlineScripts(html);
	if (scripts.length !== 1) throw new Error(`expected one script, found ${scripts.length}`);
	const posted: Posted[] = [];
	const listeners: ((event: { source: unknown; origin: string; data: unknown }) => void)[] = [];
	const opener = {
		postMessage(data: unknown, targetOrigin: string) {
			posted.push({ data, targetOrigin });
			// A message for another origin is dropped by the browser: the opener never sees it.
			if (targetOrigin !== openerOrigin) return;
			if (data === 'authorizing:github')
				for (const listener of [...listeners]) listener({ source: opener, origin: reply.origin ?? openerOrigin, data: reply.data ?? data });
		},
	};
	const window = {
		opener,
		addEventListener: (_type: string, listener: (typeof listeners)[number]) => listeners.push(listener),
		removeEventListener: (_type: string, listener: (typeof listeners)[number]) => listeners.splice(listeners.indexOf(listener), 1),
	};
	new Function('window', scripts[0]!)(window);
	return posted;
}
