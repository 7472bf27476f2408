/**
 * The web editor's script (Decap CMS, prebuilt), served from the site itself: no
 * third-party CDN, and the version in the path so the files can be cached for good.
 * The bundle loads its chunks and WebAssembly from its own folder, so all of them go.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { vendoredPackage } from './vendored.ts';

const { dir: decapDir, version, prefix } = vendoredPackage('decap-cms');

export const DECAP_PREFIX = prefix;
export const DECAP_SCRIPT = `/${DECAP_PREFIX}/decap-cms.js`;

/**
 * Every file to publish, keyed by its path under DECAP_PREFIX: `decap-cms.js`, its
 * numbered chunks, the WebAssembly and the licence notices. Not the source maps (60 MB)
 * nor `cms.js` and its chunks, the same bundle under another name.
 */
export function decapFiles(): Map<string, () => Uint8Array> {
	const dist = join(decapDir, 'dist');
	const files = new Map<string, () => Uint8Array>();
	for (const file of readdirSync(dist).sort()) {
		if (/^(?:\d+\.)?decap-cms\.js(?:\.LICENSE\.txt)?$|^[0-9a-f]+\.wasm$/.test(file)) files.set(file, () => readFileSync(join(dist, file)));
	}
	if (!files.has('decap-cms.js'))
		throw new Error(`decap-cms ${version}: no dist/decap-cms.js in ${dist}; the web editor (src/pages/redaktors/) needs the prebuilt bundle`);
	return files;
}
