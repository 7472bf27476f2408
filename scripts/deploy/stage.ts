/**
 * What goes to Cloudflare Pages. The built site's addresses start with the base path, so
 * under a base (BASE_PATH=/portals/) its files go one level down, behind that path, while
 * `_headers` and `_redirects` stay at the top, where Cloudflare reads them; a copy of the
 * 404 page at the top keeps Cloudflare from serving the project as a single-page app.
 * At the root the built folder is uploaded as it is.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const AT_TOP = ['_headers', '_redirects', '404.html'];

export async function stageUpload(dir: string, base: string): Promise<string> {
	if (base === '/' || base === '') return dir;
	const upload = await mkdtemp(join(tmpdir(), 'pages-upload-'));
	const nested = join(upload, ...base.split('/').filter(Boolean));
	await cp(dir, nested, { recursive: true });
	for (const file of AT_TOP) await cp(join(dir, file), join(upload, file));
	for (const file of ['_headers', '_redirects']) await rm(join(nested, file));
	return upload;
}
