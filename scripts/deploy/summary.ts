/** What the dry run prints about a site: how many files of each kind, how large, the largest. */
import type { SiteFile } from './verify.ts';

const KINDS: [label: string, test: (path: string) => boolean][] = [
	['CDN rules', (path) => path === '_headers' || path === '_redirects'],
	['search index', (path) => path.startsWith('pagefind/')],
	['pages', (path) => path.endsWith('.html')],
	['scripts and styles', (path) => /\.(?:js|mjs|css)$/.test(path)],
	['fonts', (path) => /\.(?:woff2?|ttf|otf)$/.test(path)],
	['images', (path) => /\.(?:webp|avif|png|jpe?g|gif|svg|ico)$/.test(path)],
	['feeds, catalogue, sitemaps, data', (path) => /\.(?:json|xml|txt)$/.test(path)],
	['attachments and other files', () => true],
];

const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : `${(bytes / 1024).toFixed(1)} KiB`);

export function summarise(files: readonly SiteFile[], largest = 3): string[] {
	const groups = new Map<string, { count: number; bytes: number }>();
	for (const file of files) {
		const [label] = KINDS.find(([, test]) => test(file.path))!;
		const group = groups.get(label) ?? { count: 0, bytes: 0 };
		groups.set(label, { count: group.count + 1, bytes: group.bytes + file.bytes });
	}
	const lines = KINDS.flatMap(([label]) => {
		const group = groups.get(label);
		return group ? [`${label}: ${group.count}, ${size(group.bytes)}`] : [];
	});
	const top = [...files].sort((a, b) => b.bytes - a.bytes || (a.path < b.path ? -1 : 1)).slice(0, largest);
	if (top.length > 0) lines.push(`largest: ${top.map((f) => `${f.path} (${size(f.bytes)})`).join(', ')}`);
	return lines;
}
