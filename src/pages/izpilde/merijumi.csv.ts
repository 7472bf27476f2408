/** Every measurement of every result: the history behind the board's trends. */
import type { APIRoute } from 'astro';
import { getProgress } from '../../data/progress.ts';
import { historyTable } from '../../data/progress-exports.ts';
import { toCsv } from '../../lib/csv.ts';

export const GET: APIRoute = async () => {
	const { header, rows } = historyTable(await getProgress());
	return new Response(toCsv(header, rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
