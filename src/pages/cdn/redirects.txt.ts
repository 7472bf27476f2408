/**
 * Earlier addresses of renamed or moved materials, in `_redirects` form. The CDN
 * integration (src/integrations/cdn-files.ts) moves this file to `/_redirects`: Astro
 * does not route files whose names start with "_". The HTML pages at the old
 * addresses stay as a fallback for hosts without redirects; attachments are published
 * once, at the current address, and reached from earlier ones only by redirect.
 */
import type { APIRoute } from 'astro';
import { getPublishedMaterials } from '../../data/materials.ts';
import { formatRedirects } from '../../lib/cdn.ts';
import { retiredSubjectPages } from '../../lib/materials.ts';
import { retiredTarget } from '../../schemas/vocabulary.ts';
import { areaPath, href, materialPath, subjectPath } from '../../lib/urls.ts';

export const GET: APIRoute = async () => {
	const materials = await getPublishedMaterials();
	// Attachments at an earlier address redirect too, rather than being published once per address.
	const redirects = materials.flatMap((m) =>
		m.data.aliases.flatMap((alias) =>
			['', ...m.data.attachments.map((a) => a.file)].map((file) => ({
				from: `${href(materialPath(alias))}${file}`,
				to: `${href(materialPath(m.id))}${file}`,
				status: 301 as const,
			})),
		),
	);
	// A retired subject's pages go to the subject that replaced it, or to the area listing several.
	const retired = retiredSubjectPages(materials).map(({ subject, path }) => {
		const target = retiredTarget(subject)!;
		return { from: href(path), to: href('subject' in target ? subjectPath(target.subject) : areaPath(target.area)), status: 301 as const };
	});
	return new Response(formatRedirects([...redirects, ...retired].sort((a, b) => a.from.localeCompare(b.from))));
};
