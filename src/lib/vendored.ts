/**
 * A package whose files the site serves from its own origin, under
 * `/vendor/<name>-<version>/` (src/pages/vendor/): the version in the path lets the CDN
 * cache the files for good (src/lib/cdn.ts, IMMUTABLE_PATHS).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

export interface VendoredPackage {
	/** The installed package's folder. */
	dir: string;
	version: string;
	/** Its folder in the site: `vendor/<name>-<version>`. */
	prefix: string;
}

export function vendoredPackage(name: string): VendoredPackage {
	const dir = dirname(require.resolve(`${name}/package.json`));
	const { version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string };
	return { dir, version, prefix: `vendor/${name}-${version}` };
}
