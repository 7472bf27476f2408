/**
 * Starts a new material: asks for (or takes as flags) title, subject, grades and kind,
 * and writes content/materials/<subject>/<slug>/index.mdx with valid frontmatter from
 * the shared vocabularies and an outline for that kind of material.
 *
 *   npm run new
 *   npm run new -- --title "Brīvā krišana" --subject fizika --grades 10 --kind stundas-plans
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { t } from '../src/i18n/index.ts';
import { closestMatch } from '../src/lib/content-issues.ts';
import { dateInRiga } from '../src/lib/dates.ts';
import { slugify } from '../src/lib/slug.ts';
import { materialFile, stageForGrades } from '../src/authoring/template.ts';
import { KIND_IDS, KINDS, STAGES, SUBJECT_IDS, SUBJECTS, type KindId, type SubjectId } from '../src/schemas/vocabulary.ts';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
	options: {
		title: { type: 'string' },
		subject: { type: 'string' },
		grades: { type: 'string' },
		kind: { type: 'string' },
		slug: { type: 'string' },
	},
});

const interactive = process.stdin.isTTY === true;
const rl = interactive ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;

function fail(message: string): never {
	console.error(message);
	rl?.close();
	process.exit(1);
}

async function ask(question: string, flag: string | undefined, parse: (answer: string) => string | undefined): Promise<string> {
	if (flag !== undefined) return parse(flag) ?? fail(t('newMaterial.invalid', { value: flag, question }));
	if (!rl) fail(t('newMaterial.missingFlag', { question }));
	for (;;) {
		const answer = (await rl.question(`${question} `)).trim();
		const parsed = parse(answer);
		if (parsed !== undefined) return parsed;
		console.log(t('newMaterial.tryAgain'));
	}
}

/** A choice by number, id or (near-)name. */
function choose<T extends string>(ids: readonly T[], label: (id: T) => string) {
	return (answer: string): T | undefined => {
		const number = Number(answer);
		if (Number.isInteger(number) && number >= 1 && number <= ids.length) return ids[number - 1];
		if ((ids as readonly string[]).includes(answer)) return answer as T;
		const byLabel = ids.find((id) => label(id).toLocaleLowerCase('lv') === answer.toLocaleLowerCase('lv'));
		return byLabel ?? (closestMatch(answer, ids) as T | undefined);
	};
}

const list = <T extends string>(ids: readonly T[], label: (id: T) => string) =>
	ids.map((id, i) => `  ${String(i + 1).padStart(2)}. ${label(id)} (${id})`).join('\n');

const title = await ask(t('newMaterial.title'), values.title, (answer) => (answer.length >= 5 ? answer : undefined));

if (!values.subject && rl) console.log(list(SUBJECT_IDS, (id) => SUBJECTS[id].label));
const subject = (await ask(
	t('newMaterial.subject'),
	values.subject,
	choose(SUBJECT_IDS, (id) => SUBJECTS[id].label),
)) as SubjectId;

const gradesText = await ask(t('newMaterial.grades'), values.grades, (answer) => {
	const grades = answer
		.split(/[\s,;]+/)
		.filter(Boolean)
		.map(Number);
	if (grades.length === 0 || grades.some((g) => !Number.isInteger(g) || g < 1 || g > 12)) return undefined;
	const stage = stageForGrades(grades);
	if (!stage || !(SUBJECTS[subject].stages as readonly string[]).includes(stage)) return undefined;
	return grades.join(',');
});
const grades = gradesText.split(',').map(Number);

if (!values.kind && rl) console.log(list(KIND_IDS, (id) => KINDS[id].label));
const kind = (await ask(
	t('newMaterial.kind'),
	values.kind,
	choose(KIND_IDS, (id) => KINDS[id].label),
)) as KindId;
rl?.close();

const slug = values.slug ?? slugify(title);
const folder = join(resolve(root, process.env.MATERIALS_DIR ?? 'content/materials'), subject, slug);
if (existsSync(folder)) fail(t('newMaterial.exists', { folder: relative(root, folder) }));
await mkdir(folder, { recursive: true });
const file = join(folder, 'index.mdx');
await writeFile(file, materialFile({ title, subject, grades, kind, today: dateInRiga() }));
console.log(t('newMaterial.created', { file: relative(root, file), stage: STAGES[stageForGrades(grades)!].label }));
