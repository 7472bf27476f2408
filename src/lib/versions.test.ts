import { describe, expect, test } from 'vitest';
import { compareVersions, parseVersion } from './versions.ts';

describe('versions', () => {
	test('parses MAJOR.MINOR.PATCH', () => {
		expect(parseVersion('1.10.3')).toEqual([1, 10, 3]);
	});
	test('refuses other shapes', () => {
		expect(() => parseVersion('1.0')).toThrow();
		expect(() => parseVersion('v1.0.0')).toThrow();
	});
	test('compares numerically, not as text', () => {
		expect(compareVersions('1.10.0', '1.9.0')).toBeGreaterThan(0);
		expect(compareVersions('1.0.0', '1.0.1')).toBeLessThan(0);
		expect(compareVersions('2.0.0', '2.0.0')).toBe(0);
	});
});
