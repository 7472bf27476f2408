import { describe, expect, test } from 'vitest';
import { whyNotEngaged } from './data-store-file.ts';

const buildId = '5b7c1f1e-1c1e-4e55-9a51-2f7a3f0d8e11';
const store = `[{"materials":1,"meta:materials":2},{"build-id":"${buildId}"}]`;

describe('whether the build may read the content store from its file', () => {
	test('only the single-file store this build wrote', () => {
		expect(whyNotEngaged({ collectionStorage: undefined, storeText: store, buildId })).toBeUndefined();
		expect(whyNotEngaged({ collectionStorage: 'single-file', storeText: store, buildId })).toBeUndefined();
	});

	test('not when Astro keeps the store in chunks: the file there would be an old one', () => {
		expect(whyNotEngaged({ collectionStorage: 'chunked', storeText: store, buildId })).toMatch(/collectionStorage is "chunked"/);
		expect(whyNotEngaged({ collectionStorage: { chunkSize: 1024 }, storeText: store, buildId })).toMatch(/not one file/);
	});

	test('not without a file, nor with a file another build wrote', () => {
		expect(whyNotEngaged({ collectionStorage: undefined, storeText: undefined, buildId })).toMatch(/no store file/);
		expect(whyNotEngaged({ collectionStorage: undefined, storeText: store.replace(buildId, 'an-earlier-build'), buildId })).toMatch(
			/not written by this build/,
		);
	});
});
