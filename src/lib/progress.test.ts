import { describe, expect, test } from 'vitest';
import { countBy, daysLeft, scopeProgress, statusOn, type ScopeProgress } from './progress.ts';

const deadlines = [
	{
		result: 5,
		due: '2025-08-31',
		target: 2,
		scopes: [
			{ subject: 'fizika', stage: 'vidusskola' },
			{ subject: 'kimija', stage: 'vidusskola', target: 1 },
		],
	},
	{ result: 7, due: '2026-06-30', target: 2, scopes: [{ subject: 'fizika', stage: 'pamatskola' }] },
];
const materials = [
	{ subject: 'fizika', stage: 'vidusskola', published: '2025-08-22' },
	{ subject: 'fizika', stage: 'vidusskola', published: '2025-06-12' },
	{ subject: 'fizika', stage: 'vidusskola', published: '2025-09-10' },
	{ subject: 'kimija', stage: 'vidusskola', published: '2025-09-01' },
	{ subject: 'fizika', stage: 'pamatskola', published: '2026-05-20' },
	{ subject: 'kimija', stage: 'pamatskola', published: '2026-05-20' },
];

describe('scopeProgress', () => {
	test('counts each scope’s materials, those by the deadline, and when the target was reached', () => {
		expect(scopeProgress(deadlines, materials)).toEqual([
			{ result: 5, due: '2025-08-31', subject: 'fizika', stage: 'vidusskola', target: 2, published: 3, byDeadline: 2, reachedOn: '2025-08-22' },
			{ result: 5, due: '2025-08-31', subject: 'kimija', stage: 'vidusskola', target: 1, published: 1, byDeadline: 0, reachedOn: '2025-09-01' },
			{ result: 7, due: '2026-06-30', subject: 'fizika', stage: 'pamatskola', target: 2, published: 1, byDeadline: 1, reachedOn: undefined },
		]);
	});
});

test('a scope of several subjects counts the materials of each', () => {
	const joined = [
		{
			result: 9,
			due: '2026-12-31',
			target: 2,
			scopes: [
				{ subject: 'vesture+socialas-zinatnes', subjects: ['vesture', 'socialas-zinatnes'], label: 'Vēsture un sociālās zinātnes', stage: 'vidusskola' },
			],
		},
	];
	const history = [
		{ subject: 'vesture', stage: 'vidusskola', published: '2026-10-20' },
		{ subject: 'socialas-zinatnes', stage: 'vidusskola', published: '2026-11-05' },
		{ subject: 'vesture', stage: 'pamatskola', published: '2026-09-01' },
	];
	expect(scopeProgress(joined, history)).toEqual([
		{
			result: 9,
			due: '2026-12-31',
			subject: 'vesture+socialas-zinatnes',
			label: 'Vēsture un sociālās zinātnes',
			stage: 'vidusskola',
			target: 2,
			published: 2,
			byDeadline: 2,
			reachedOn: '2026-11-05',
		},
	]);
});

describe('statusOn', () => {
	const [physics, chemistry, basic] = scopeProgress(deadlines, materials) as [ScopeProgress, ScopeProgress, ScopeProgress];

	test('a target reached by the due date is done on time; after it, done late', () => {
		expect(statusOn(physics, '2026-11-25', 60)).toBe('done-on-time');
		expect(statusOn(chemistry, '2026-11-25', 60)).toBe('done-late');
	});

	test('before the target is reached: planned, then due soon, then late the day after the due date', () => {
		expect(statusOn(basic, '2026-04-30', 60)).toBe('planned');
		expect(statusOn(basic, '2026-05-01', 60)).toBe('due-soon');
		expect(statusOn(basic, '2026-06-30', 60)).toBe('due-soon');
		expect(statusOn(basic, '2026-07-01', 60)).toBe('late');
	});

	test('a scope is not done before the day its target was reached', () => {
		expect(statusOn(physics, '2025-08-21', 60)).toBe('due-soon');
		expect(statusOn(physics, '2025-08-22', 60)).toBe('done-on-time');
	});

	test('days left count down to 0 on the last day and go negative after it', () => {
		expect(daysLeft(basic, '2026-06-29')).toBe(1);
		expect(daysLeft(basic, '2026-06-30')).toBe(0);
		expect(daysLeft(basic, '2026-07-02')).toBe(-2);
	});
});

test('countBy keeps first-seen order', () => {
	expect([...countBy(materials, (m) => m.subject)]).toEqual([
		['fizika', 4],
		['kimija', 2],
	]);
});
