import { describe, expect, test } from 'vitest';
import { meets, monthlySeries, resultStatus, summarise, trendOf, type ResultRow } from './results.ts';

const share = (points: ResultRow['points'], extra: Partial<ResultRow> = {}): ResultRow => ({
	number: 1,
	name: 'Mācības pašvaldību izglītības speciālistiem',
	official: '',
	measure: 'share',
	due: '2025-08-31',
	threshold: 90,
	whole: 'pašvaldību',
	entered: true,
	points,
	...extra,
});
const point = (date: string, value: number, of?: number) => ({ date, value, of, source: 'Pārskats', enteredBy: 'Vadītājs' });

describe('meets', () => {
	test('a share meets its threshold in per cent, exactly at the threshold too', () => {
		expect(meets(share([]), point('2025-08-31', 38, 43))).toBe(false); // 88.4 %
		expect(meets(share([]), point('2025-08-31', 39, 43))).toBe(true); // 90.7 %
		expect(meets(share([], { threshold: 20 }), point('2025-08-31', 20, 100))).toBe(true);
	});

	test('“started” is met by one participant; a result without a threshold never is', () => {
		const started = share([], { measure: 'started', threshold: 1, whole: undefined });
		expect(meets(started, point('2025-02-28', 0))).toBe(false);
		expect(meets(started, point('2025-02-28', 24))).toBe(true);
		expect(meets(share([], { threshold: undefined }), point('2025-02-28', 43, 43))).toBe(false);
	});
});

describe('resultStatus', () => {
	const history = share([point('2025-03-31', 18, 43), point('2025-08-31', 37, 43), point('2025-12-31', 40, 43)]);

	test('an entered result is done on the first measurement that meets it: late when that came after the deadline', () => {
		expect(resultStatus(history, [], '2026-01-10', 60)).toBe('done-late');
		expect(resultStatus(share([point('2025-08-31', 40, 43)]), [], '2026-01-10', 60)).toBe('done-on-time');
	});

	test('until then it is late, due soon or planned by the day', () => {
		expect(resultStatus(history, [], '2025-09-01', 60)).toBe('late');
		expect(resultStatus(history, [], '2025-08-31', 60)).toBe('due-soon');
		expect(resultStatus(history, [], '2025-04-01', 60)).toBe('planned');
	});

	test('a figure dated after the day asked about does not count yet', () => {
		expect(resultStatus(history, [], '2025-12-30', 60)).toBe('late');
		expect(resultStatus(share([point('2025-12-31', 40, 43)]), [], '2025-12-30', 60)).toBe('no-data');
	});

	test('no measurement is “no data”; a result without a threshold or a deadline has no target', () => {
		expect(resultStatus(share([]), [], '2026-01-10', 60)).toBe('no-data');
		expect(resultStatus(share([point('2026-06-30', 420, 1150)], { number: 10, due: undefined, threshold: undefined }), [], '2026-07-01', 60)).toBe('no-target');
		expect(resultStatus(share([], { measure: 'materials', entered: false }), [], '2026-07-01', 60)).toBe('no-target');
	});

	test('materials per scope are done when the last scope is, and late while any is missing after the deadline', () => {
		const scopes = share([], { measure: 'scopes', entered: false, threshold: undefined, due: '2026-06-30' });
		expect(
			resultStatus(
				scopes,
				[
					{ due: '2026-06-30', reachedOn: '2026-05-01' },
					{ due: '2026-06-30', reachedOn: '2026-06-30' },
				],
				'2026-12-01',
				60,
			),
		).toBe('done-on-time');
		expect(
			resultStatus(
				scopes,
				[
					{ due: '2026-06-30', reachedOn: '2026-05-01' },
					{ due: '2026-06-30', reachedOn: '2026-07-02' },
				],
				'2026-12-01',
				60,
			),
		).toBe('done-late');
		expect(
			resultStatus(
				scopes,
				[
					{ due: '2026-06-30', reachedOn: '2026-05-01' },
					{ due: '2026-06-30', reachedOn: undefined },
				],
				'2026-07-01',
				60,
			),
		).toBe('late');
		expect(resultStatus(scopes, [], '2026-07-01', 60)).toBe('no-data');
	});
});

describe('trendOf', () => {
	test('compares the first and the last known point, a share by its per cent', () => {
		const rising = share([point('2025-03-31', 18, 43), point('2025-12-31', 40, 43)]);
		expect(trendOf(rising, '2026-01-01')).toMatchObject({ direction: 'up', first: { value: 18 }, last: { value: 40 } });
		// The same count of a larger whole is a smaller share.
		expect(trendOf(share([point('2025-03-31', 40, 43), point('2025-12-31', 40, 50)]), '2026-01-01').direction).toBe('down');
		expect(trendOf(share([point('2025-03-31', 40, 43), point('2025-12-31', 40, 43)]), '2026-01-01').direction).toBe('flat');
		expect(trendOf(rising, '2025-06-01').direction).toBe('one');
		expect(trendOf(rising, '2025-01-01').direction).toBe('none');
	});
});

describe('monthlySeries', () => {
	test('counts what was published by the end of each month, ending on the day asked about', () => {
		expect(monthlySeries(['2024-11-15', '2024-10-01', '2025-01-31', '2025-02-01'], '2024-10-01', '2025-02-10')).toEqual([
			{ date: '2024-10-31', value: 1 },
			{ date: '2024-11-30', value: 2 },
			{ date: '2024-12-31', value: 2 },
			{ date: '2025-01-31', value: 3 },
			{ date: '2025-02-10', value: 4 },
		]);
	});

	test('a leap February, a month end as the last day, and a day in the first month', () => {
		expect(monthlySeries([], '2028-01-01', '2028-02-29').map((p) => p.date)).toEqual(['2028-01-31', '2028-02-29']);
		expect(monthlySeries(['2024-10-02'], '2024-10-01', '2024-10-05')).toEqual([{ date: '2024-10-05', value: 1 }]);
	});

	test('stays one point a month however many materials there are', () => {
		const dates = Array.from({ length: 10_000 }, (_, i) => `2025-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`);
		const series = monthlySeries(dates, '2024-10-01', '2026-12-03');
		expect(series).toHaveLength(27);
		expect(series.at(-1)).toEqual({ date: '2026-12-03', value: 10_000 });
	});
});

describe('summarise', () => {
	test('counts statuses, lists what is late or unknown, and finds the next open deadline', () => {
		const summary = summarise(
			[
				{ number: 1, due: '2025-08-31', status: 'no-data' },
				{ number: 5, due: '2025-08-31', status: 'late' },
				{ number: 6, due: '2026-03-31', status: 'done-on-time' },
				{ number: 8, due: '2026-08-31', status: 'planned' },
				{ number: 7, due: '2026-06-30', status: 'due-soon' },
				{ number: 10, status: 'no-target' },
			],
			[{ status: 'done-late' }, { status: 'late' }, { status: 'done-on-time' }],
			'2026-05-01',
		);
		expect(summary).toMatchObject({
			done: 1,
			late: [5],
			noData: [1],
			overdueNoData: [1],
			scopesDone: 2,
			scopesTotal: 3,
			next: { number: 7, due: '2026-06-30', daysLeft: 60 },
		});
		expect(summary.counts).toMatchObject({ late: 1, 'no-data': 1, 'no-target': 1, planned: 1, 'due-soon': 1, 'done-on-time': 1, 'done-late': 0 });
	});

	test('no open deadline ahead: nothing is next', () => {
		expect(summarise([{ number: 9, due: '2026-12-31', status: 'done-on-time' }], [], '2026-12-03').next).toBeUndefined();
	});
});
