/** Builders for unit tests: a valid material that each test changes in one place. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { materialSchema, type MaterialData, type MaterialInput } from '../schemas/material.ts';
import { coursesOfSubject } from '../schemas/vocabulary.ts';
import { REQUIRED_SECTIONS } from '../authoring/sections.ts';
import type { MaterialEntry } from '../lib/materials.ts';

export function validInput(overrides: Partial<MaterialInput> = {}): MaterialInput {
	return {
		title: 'Vienmērīgi paātrināta kustība',
		summary: 'Stundas plāns 10. klasei par vienmērīgi paātrinātu kustību.',
		subject: 'fizika',
		stage: 'vidusskola',
		grades: [10],
		course: 'fizika-i',
		topic: 'Kustība un spēks',
		outcomes: ['Skolēns aprēķina paātrinājumu.'],
		skills: ['kritiska-domasana'],
		kind: 'stundas-plans',
		origin: 'izstradats',
		authors: [{ name: 'Portāla redakcija' }],
		reviewers: [{ name: 'Dabaszinātņu mācību jomas koordinatori' }],
		license: 'CC-BY-4.0',
		version: '1.1.0',
		published: '2025-06-12',
		updated: '2025-09-03',
		changelog: [
			{ version: '1.1.0', date: '2025-09-03', changes: 'Pievienots uzdevums.' },
			{ version: '1.0.0', date: '2025-06-12', changes: 'Pirmā versija.' },
		],
		duration: { minutes: 80, lessons: 2 },
		// Another subject brings its own first course, unless the test says which.
		...(overrides.subject && !('course' in overrides) ? { course: overrides.stage === 'pamatskola' ? undefined : coursesOfSubject(overrides.subject)[0] } : {}),
		...overrides,
	};
}

export function entry(id: string, overrides: Partial<MaterialInput> = {}): MaterialEntry {
	const data: MaterialData = materialSchema.parse(validInput(overrides));
	return { id, data };
}

/** Writes `<materialsDir>/<id>/index.mdx` (and any other files) for a test collection. */
export async function writeMaterial(
	materialsDir: string,
	id: string,
	overrides: Partial<MaterialInput> = {},
	body = '## Saturs\n\nTeksts.\n',
	files: Record<string, string | Buffer> = {},
): Promise<void> {
	const folder = join(materialsDir, id);
	await mkdir(folder, { recursive: true });
	const data = validInput({ subject: id.split('/')[0] as never, ...overrides });
	// A plan has the sections every plan needs (sections.ts), after the test's own body.
	const sections = (REQUIRED_SECTIONS[data.kind] ?? []).map((s) => `\n## ${s.title}\n\nTeksts.\n`).join('');
	await writeFile(join(folder, 'index.mdx'), `---\n${stringify(data)}---\n\n${body}${sections}`);
	for (const [name, content] of Object.entries(files)) await writeFile(join(folder, name), content);
}
