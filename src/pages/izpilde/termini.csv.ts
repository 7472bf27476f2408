/** Every subject and stage with a deadline (results 5–9), one row each. */
import type { APIRoute } from 'astro';
import { getProgress } from '../../data/progress.ts';
import { scopesTable } from '../../data/progress-exports.ts';
import { toCsv } from '../../lib/csv.ts';

export const GET: APIRoute = async () => {
	const { header, rows } = scopesTable(await getProgress());
	return new Response(toCsv(header, rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
