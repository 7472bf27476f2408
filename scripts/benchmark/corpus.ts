/**
 * Synthetic corpora for the benchmark: copies of the real materials, each with its own
 * folder, title and a paragraph of words drawn from the whole collection, so the search
 * index grows the way a real one would. Written outside the repository, never committed.
 */
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

interface Template {
	subject: string;
	slug: string;
	folder: string;
	frontmatter: string;
	body: string;
}

/** A small seeded generator, so the same N always gives the same corpus. */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let x = state;
		x = Math.imul(x ^ (x >>> 15), x | 1);
		x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
		return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
	};
}

async function readTemplates(materialsDir: string): Promise<Template[]> {
	const templates: Template[] = [];
	for (const subject of (await readdir(materialsDir)).sort()) {
		for (const slug of (await readdir(join(materialsDir, subject))).sort()) {
			const folder = join(materialsDir, subject, slug);
			const source = await readFile(join(folder, 'index.mdx'), 'utf8');
			const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
			if (!match) throw new Error(`${folder}/index.mdx: no frontmatter`);
			// Earlier addresses belong to the original only.
			const frontmatter = match[1]!.replace(/^aliases:\n(?:\s+-.*\n?)+/m, '').replace(/^aliases: \[.*\]\n?/m, '');
			templates.push({ subject, slug, folder, frontmatter, body: match[2]! });
		}
	}
	return templates;
}

/** Words of the real materials, for filler text that looks like the collection. */
function vocabulary(templates: Template[]): string[] {
	const words = new Set<string>();
	for (const { body } of templates) {
		for (const word of body.replace(/<[^>]*>|\$[^$]*\$|`[^`]*`/g, ' ').match(/\p{L}{4,}/gu) ?? []) words.add(word.toLowerCase());
	}
	return [...words].sort();
}

/** Writes `count` materials under `outDir` and returns how many files it wrote. */
export async function generateCorpus(materialsDir: string, outDir: string, count: number): Promise<number> {
	const templates = await readTemplates(materialsDir);
	const words = vocabulary(templates);
	const random = seededRandom(count);
	const pick = () => words[Math.floor(random() ** 2 * words.length)]!;
	await rm(outDir, { recursive: true, force: true });
	let files = 0;
	for (let i = 0; i < count; i++) {
		const template = templates[i % templates.length]!;
		const copy = Math.floor(i / templates.length) + 1;
		const folder = join(outDir, template.subject, `${template.slug}-${copy}`);
		await mkdir(folder, { recursive: true });
		// Attachments and images travel with their material.
		for (const file of await readdir(template.folder)) {
			if (file === 'index.mdx') continue;
			await cp(join(template.folder, file), join(folder, file));
			files++;
		}
		const frontmatter = template.frontmatter
			.replace(/^title: (?:"(.*)"|(.*))$/m, (_, quoted?: string, plain?: string) => {
				const title = quoted !== undefined ? (JSON.parse(`"${quoted}"`) as string) : plain!;
				return `title: ${JSON.stringify(`${title} (${copy}. variants)`)}`;
			})
			// Related materials point at the first copy, which every corpus of 22 or more has.
			.replace(
				/^related: \[(.*)\]$/m,
				(_, ids: string) =>
					`related: [${ids
						.split(',')
						.map((id) => `${id.trim()}-1`)
						.join(', ')}]`,
			)
			// A lesson belongs to one unit: the first copy of a topic plan lists the first copies of its lessons, later copies none.
			.replace(/^lessons:\n((?:[ \t]+- .*(?:\n|$))+)/m, (_, items: string) =>
				copy === 1 ? `lessons:\n${items.replace(/^([ \t]+- )(.*?)\s*$/gm, '$1$2-1')}${items.endsWith('\n') ? '\n' : ''}` : '',
			)
			// Each copy has its own earlier addresses; two materials may not claim one.
			.replace(
				/^aliases: \[(.*)\]$/m,
				(_, ids: string) =>
					`aliases: [${ids
						.split(',')
						.map((id) => `${id.trim()}-${copy}`)
						.join(', ')}]`,
			);
		const filler = Array.from({ length: 40 }, pick).join(' ');
		// A made-up place name per material gives the index the long tail of rare words a real collection has.
		const rare = `Vietvārds${copy.toString(36)}${template.slug.slice(0, 3)}`;
		// Links to other materials, like related ones, go to their first copies.
		const links = template.body.replace(/\/materiali\/([a-z0-9-]+)\/([a-z0-9-]+)(?![a-z0-9-])/g, '/materiali/$1/$2-1');
		const body = `${links}\n\n## Papildu piezīmes\n\n${filler[0]!.toUpperCase()}${filler.slice(1)}. ${rare}.\n`;
		await writeFile(join(folder, 'index.mdx'), `---\n${frontmatter}\n---\n${body}`);
		files++;
	}
	return files;
}
