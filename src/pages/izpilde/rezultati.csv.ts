/** The project's eleven results as of the build, one row each. */
import type { APIRoute } from 'astro';
import { getProgress } from '../../data/progress.ts';
import { resultsTable } from '../../data/progress-exports.ts';
import { toCsv } from '../../lib/csv.ts';

export const GET: APIRoute = async () => {
	const { header, rows } = resultsTable(await getProgress());
	return new Response(toCsv(header, rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
