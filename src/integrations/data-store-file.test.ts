import { describe, expect, test } from 'vitest';
import { storeVerdict } from './data-store-file.ts';

const buildId = '5b7c1f1e-1c1e-4e55-9a51-2f7a3f0d8e11';
const file = '/cache/data-store.json';
const store = `[{"materials":1,"meta:materials":2},{"build-id":"${buildId}"}]`;

describe('whether the build may read the content store from its file', () => {
	test('only the single-file store this build wrote', () => {
		expect(storeVerdict({ collectionStorage: undefined, storeText: store, buildId, file })).toEqual({ engage: true });
		expect(storeVerdict({ collectionStorage: 'single-file', storeText: store, buildId, file })).toEqual({ engage: true });
	});

	test('not when Astro keeps the store in chunks (the file there would be an old one), nor without a file: Astro compiles it then', () => {
		expect(storeVerdict({ collectionStorage: 'chunked', storeText: store, buildId, file })).toEqual({
			engage: false,
			why: expect.stringMatching(/collectionStorage is "chunked"/),
		});
		expect(storeVerdict({ collectionStorage: { chunkSize: 1024 }, storeText: store, buildId, file })).toEqual({
			engage: false,
			why: expect.stringMatching(/not one file/),
		});
		expect(storeVerdict({ collectionStorage: undefined, storeText: undefined, buildId, file })).toEqual({
			engage: false,
			why: expect.stringMatching(/no store file/),
		});
	});

	test("a file another build wrote stops the build, naming the file: Astro would publish that build's materials", () => {
		const verdict = storeVerdict({ collectionStorage: undefined, storeText: store.replace(buildId, 'another-build'), buildId, file });
		expect(verdict).toEqual({ refuse: expect.stringMatching(/^\/cache\/data-store\.json was not written by this build.*CACHE_DIR/) });
	});
});
