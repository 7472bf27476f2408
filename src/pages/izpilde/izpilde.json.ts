/** The results board's figures as JSON, for reports and other systems. */
import type { APIRoute } from 'astro';
import { getProgress } from '../../data/progress.ts';
import { progressJson } from '../../data/progress-exports.ts';

export const GET: APIRoute = async () =>
	new Response(JSON.stringify(progressJson(await getProgress()), null, '\t'), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
