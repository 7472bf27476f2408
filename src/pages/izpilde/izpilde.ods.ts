/** The board's three tables as one spreadsheet: numbers and dates typed, so no locale can misread them. */
import type { APIRoute } from 'astro';
import { getProgress } from '../../data/progress.ts';
import { historyTable, resultsTable, scopesTable } from '../../data/progress-exports.ts';
import { t } from '../../i18n/index.ts';
import { toOds } from '../../lib/ods.ts';

export const GET: APIRoute = async () => {
	const figures = await getProgress();
	const body = toOds([
		{ name: t('progress.sheetResults'), ...resultsTable(figures) },
		{ name: t('progress.sheetScopes'), ...scopesTable(figures) },
		{ name: t('progress.sheetHistory'), ...historyTable(figures) },
	]);
	return new Response(Buffer.from(body), { headers: { 'Content-Type': 'application/vnd.oasis.opendocument.spreadsheet' } });
};
