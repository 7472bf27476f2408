import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { PAGE_IDS } from './page-ids.ts';

const src = resolve(import.meta.dirname, '..');

describe('PAGE_IDS', () => {
	test('holds every literal id the components and pages write', () => {
		const written = new Set<string>();
		for (const file of readdirSync(src, { recursive: true, encoding: 'utf8' })) {
			if (!/\.(astro|tsx)$/.test(file)) continue;
			const text = readFileSync(join(src, file), 'utf8');
			for (const match of text.matchAll(/\bid[=:]\s*["']([a-z][\w-]*)["']/g)) written.add(match[1]!);
		}
		expect(written.size).toBeGreaterThan(10);
		expect([...written].filter((id) => !PAGE_IDS.includes(id))).toEqual([]);
	});
});
