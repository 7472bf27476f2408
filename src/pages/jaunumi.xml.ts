/**
 * RSS feed of new and updated materials, newest change first. Each item is a material
 * at its current version: the guid carries the version, so an update reaches feed
 * readers as a new item, with the change-log entry as its description.
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getPublishedMaterials } from '../data/materials.ts';
import { t } from '../i18n/index.ts';
import { KINDS, SUBJECTS } from '../schemas/vocabulary.ts';
import { href, materialPath } from '../lib/urls.ts';

/** How many recent changes the feed keeps; the catalogue (/materiali.json) has everything. */
const FEED_ITEMS = 100;

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const GET: APIRoute = async ({ site }) => {
	const materials = (await getPublishedMaterials())
		.sort((a, b) => b.data.updated.localeCompare(a.data.updated) || a.id.localeCompare(b.id))
		.slice(0, FEED_ITEMS);
	const self = new URL(href('/jaunumi.xml'), site).href;
	// The newest change, not the build's clock: the same content gives the same feed.
	const lastChange = materials[0] ? `<lastBuildDate>${new Date(`${materials[0].data.updated}T00:00:00Z`).toUTCString()}</lastBuildDate>` : '';
	return rss({
		title: t('site.name'),
		description: t('feed.description'),
		site: new URL(href('/'), site),
		trailingSlash: true,
		xmlns: { atom: 'http://www.w3.org/2005/Atom' },
		customData: `<language>lv</language>${lastChange}<atom:link href="${escapeXml(self)}" rel="self" type="application/rss+xml"/>`,
		items: materials.map(({ id, data }) => {
			const url = new URL(href(materialPath(id)), site).href;
			const latest = data.changelog[0];
			const isUpdate = data.updated > data.published;
			return {
				title: isUpdate ? t('feed.updatedTitle', { title: data.title, version: data.version }) : data.title,
				link: url,
				pubDate: new Date(`${data.updated}T00:00:00Z`),
				description: isUpdate && latest ? `${latest.changes} — ${data.summary}` : data.summary,
				categories: [SUBJECTS[data.subject].label, KINDS[data.kind].label],
				customData: `<guid isPermaLink="false">${escapeXml(`${url}#v${data.version}`)}</guid>`,
			};
		}),
	});
};
