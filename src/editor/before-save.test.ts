import { describe, expect, test } from 'vitest';
import { validInput } from '../test/fixtures.ts';
import { frontmatterOf, materialIdOf, saveProblems } from './before-save.ts';

const form = (overrides: Record<string, unknown> = {}) => ({ ...validInput(), body: '## Mērķis\n', ...overrides }) as Record<string, unknown>;

describe('before the editor saves a material', () => {
	test('fields left empty in the form are absent, as in a hand-written file, and the body is not frontmatter', () => {
		const data = frontmatterOf(form({ course: '', source: { title: '', url: '' }, related: [], duration: { minutes: 45, lessons: '' } }));
		expect(data).not.toHaveProperty('course');
		expect(data).not.toHaveProperty('source');
		expect(data).not.toHaveProperty('related');
		expect(data).not.toHaveProperty('body');
		expect(data.duration).toEqual({ minutes: 45 });
	});

	test('a valid new material has nothing in its way', () => {
		expect(saveProblems(form(), { id: undefined, published: [] })).toEqual([]);
	});

	test('what the schema refuses is named by field, in Latvian, with what is allowed', () => {
		const problems = saveProblems(form({ title: 'Īss', grades: [] }), { id: undefined, published: [] });
		expect(problems.some((p) => p.startsWith('title:'))).toBe(true);
		expect(problems.some((p) => p.startsWith('grades:'))).toBe(true);
		const optional = saveProblems(form({ source: { url: 'https://example.org' }, origin: 'adaptets' }), { id: undefined, published: [] });
		expect(optional.some((p) => p.startsWith('source.title:'))).toBe(true);
	});

	test('an edited published material needs a higher version than the published one', () => {
		const published = [{ id: 'fizika/briva-krisana', version: '1.1.0' }];
		const same = saveProblems(form(), { id: 'fizika/briva-krisana', published });
		expect(same).toHaveLength(1);
		expect(same[0]).toMatch(/^version: .*1\.1\.0.*1\.2\.0/);
		const lower = saveProblems(
			form({ version: '1.0.0', changelog: [{ version: '1.0.0', date: '2025-06-12', changes: 'Pirmā versija.' }], updated: '2025-06-12' }),
			{
				id: 'fizika/briva-krisana',
				published,
			},
		);
		expect(lower.some((p) => p.startsWith('version:'))).toBe(true);
		const higher = form({
			version: '1.2.0',
			updated: '2025-10-01',
			changelog: [{ version: '1.2.0', date: '2025-10-01', changes: 'Jauns uzdevums.' }, ...validInput().changelog],
		});
		expect(saveProblems(higher, { id: 'fizika/briva-krisana', published })).toEqual([]);
		// A higher version alone is not enough: its change-log entry must say what changed.
		const noEntry = saveProblems(form({ version: '1.2.0' }), { id: 'fizika/briva-krisana', published });
		expect(noEntry.some((p) => p.startsWith('changelog[0].version:'))).toBe(true);
		// Not yet published (a new material, or one only in a pull request): no version to compare with.
		expect(saveProblems(form(), { id: 'fizika/cits', published })).toEqual([]);
	});

	test('the material’s id comes from its file’s path', () => {
		expect(materialIdOf('content/materials/fizika/briva-krisana/index.mdx')).toBe('fizika/briva-krisana');
		expect(materialIdOf('content/materials/fizika/briva-krisana/dati.csv')).toBeUndefined();
		expect(materialIdOf('src/pages/index.astro')).toBeUndefined();
	});
});
