import { describe, expect, test } from 'vitest';
import { placeOf, unitOf } from './units.ts';
import type { MaterialEntry } from './materials.ts';

const material = (id: string, data: { lessons?: string[]; duration?: { minutes: number; lessons?: number } }): MaterialEntry =>
	({ id, data: { lessons: data.lessons ?? [], duration: data.duration } }) as unknown as MaterialEntry;

const plan = material('matematika/temats', { lessons: ['matematika/a', 'matematika/b', 'matematika/c'], duration: { minutes: 240, lessons: 6 } });
const a = material('matematika/a', { duration: { minutes: 40, lessons: 1 } });
const b = material('matematika/b', { duration: { minutes: 80, lessons: 2 } });
const c = material('matematika/c', {});
const all = [plan, a, b, c];

describe('a unit and its lessons', () => {
	test('each lesson covers its school lessons in order; the unit keeps its own total', () => {
		const unit = unitOf(plan, new Map(all.map((m) => [m.id, m])));
		expect(unit.lessons.map((l) => [l.material.id, l.from, l.to])).toEqual([
			['matematika/a', 1, 1],
			['matematika/b', 2, 3],
			['matematika/c', 4, 4],
		]);
		expect(unit.total).toBe(6);
	});

	test('a plan without a count counts its lessons; unknown ids are left out', () => {
		const bare = material('matematika/temats', { lessons: ['matematika/a', 'matematika/nav', 'matematika/b'] });
		const unit = unitOf(bare, new Map(all.map((m) => [m.id, m])));
		expect(unit.lessons.map((l) => l.material.id)).toEqual(['matematika/a', 'matematika/b']);
		expect(unit.total).toBe(3);
	});

	test('a lesson knows its unit, its neighbours and its place', () => {
		const first = placeOf('matematika/a', all);
		expect(first?.unit.plan.id).toBe('matematika/temats');
		expect(first?.previous).toBeUndefined();
		expect(first?.next?.id).toBe('matematika/b');
		const middle = placeOf('matematika/b', all);
		expect([middle?.previous?.id, middle?.next?.id, middle?.lesson.from, middle?.lesson.to]).toEqual(['matematika/a', 'matematika/c', 2, 3]);
		expect(placeOf('matematika/c', all)?.next).toBeUndefined();
		expect(placeOf('matematika/temats', all)).toBeUndefined();
	});
});
