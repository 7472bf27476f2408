/**
 * Lessons in sequence: a topic plan (the unit) lists its lessons' materials in teaching
 * order (`lessons`). A lesson material may take more than one school lesson
 * (`duration.lessons`), so each covers a range: the first lesson covers 1, a double lesson
 * after it 2–3. The unit's own `duration.lessons` is its total; where fewer lessons are
 * published, the list covers the unit from its first lesson.
 */
import type { MaterialEntry } from './materials.ts';

export interface UnitLesson<M extends MaterialEntry = MaterialEntry> {
	material: M;
	/** Its first and last school lesson within the unit, from 1. */
	from: number;
	to: number;
}

export interface Unit<M extends MaterialEntry = MaterialEntry> {
	plan: M;
	lessons: UnitLesson<M>[];
	/** School lessons in the unit: its plan's count, or the lessons' own when the plan has none. */
	total: number;
}

export const lessonCount = (m: MaterialEntry): number => m.data.duration?.lessons ?? 1;

/** The unit a topic plan describes, its lessons resolved among `materials` (unknown ids are left out). */
export function unitOf<M extends MaterialEntry>(plan: M, materials: ReadonlyMap<string, M>): Unit<M> {
	const lessons: UnitLesson<M>[] = [];
	let next = 1;
	for (const id of plan.data.lessons) {
		const material = materials.get(id);
		if (!material) continue;
		const count = lessonCount(material);
		lessons.push({ material, from: next, to: next + count - 1 });
		next += count;
	}
	return { plan, lessons, total: Math.max(plan.data.duration?.lessons ?? 0, next - 1) };
}

export interface Place<M extends MaterialEntry = MaterialEntry> {
	unit: Unit<M>;
	lesson: UnitLesson<M>;
	previous: M | undefined;
	next: M | undefined;
}

/** Where a material stands in its unit, if a topic plan lists it. */
export function placeOf<M extends MaterialEntry>(id: string, materials: readonly M[]): Place<M> | undefined {
	const plan = materials.find((m) => m.data.lessons.includes(id));
	if (!plan) return undefined;
	const unit = unitOf(plan, new Map(materials.map((m) => [m.id, m])));
	const index = unit.lessons.findIndex((l) => l.material.id === id);
	const lesson = unit.lessons[index];
	if (!lesson) return undefined;
	return { unit, lesson, previous: unit.lessons[index - 1]?.material, next: unit.lessons[index + 1]?.material };
}
