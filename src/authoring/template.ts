/**
 * The starting point `npm run new` writes: valid frontmatter from the shared
 * vocabularies and a body outline suited to the kind of material. Placeholders are
 * marked so the content check can refuse to publish a material that still has them.
 */
import { stringify } from 'yaml';
import { KINDS, STAGES, SUBJECTS, coursesOfSubject, type KindId, type StageId, type SubjectId } from '../schemas/vocabulary.ts';
import type { MaterialInput } from '../schemas/material.ts';

/** Text an author still has to replace. A published material may not contain it. */
export const PLACEHOLDER = '[aizpildi:';
export const placeholder = (what: string): string => `${PLACEHOLDER} ${what}]`;

export interface NewMaterial {
	title: string;
	subject: SubjectId;
	grades: number[];
	kind: KindId;
	/** YYYY-MM-DD, today in Latvia. */
	today: string;
}

/** The stage the grades belong to, or undefined when they span two stages. */
export function stageForGrades(grades: readonly number[]): StageId | undefined {
	const stages = new Set(grades.map((grade) => (Object.keys(STAGES) as StageId[]).find((id) => (STAGES[id].grades as readonly number[]).includes(grade))));
	if (stages.size !== 1 || stages.has(undefined)) return undefined;
	return [...stages][0];
}

const PLANS = new Set<KindId>(['stundas-plans', 'temata-plans']);

export function frontmatter(material: NewMaterial): MaterialInput {
	const stage = stageForGrades(material.grades);
	if (!stage) throw new Error('grades must belong to one stage');
	// The subject's first course (its pamatkurss) is the likeliest; the author changes it if not.
	const course = stage === 'vidusskola' ? coursesOfSubject(material.subject)[0] : undefined;
	return {
		title: material.title,
		summary: placeholder('1–3 teikumi skolotājam: par ko ir materiāls un kam tas domāts'),
		subject: material.subject,
		stage,
		grades: [...material.grades].sort((a, b) => a - b),
		...(course ? { course } : {}),
		topic: placeholder('mācību programmas temats'),
		outcomes: [placeholder('Skolēns … (sasniedzamais rezultāts)')],
		skills: ['kritiska-domasana'],
		kind: material.kind,
		origin: 'izstradats',
		authors: [{ name: placeholder('vārds uzvārds') }],
		reviewers: [{ name: placeholder('recenzenta vārds uzvārds vai redakcija') }],
		license: 'CC-BY-4.0',
		version: '1.0.0',
		published: material.today,
		updated: material.today,
		changelog: [{ version: '1.0.0', date: material.today, changes: 'Pirmā versija.' }],
		status: 'melnraksts',
		...(PLANS.has(material.kind) ? { duration: material.kind === 'temata-plans' ? { minutes: 240, lessons: 6 } : { minutes: 40, lessons: 1 } } : {}),
	};
}

const BODIES: Record<KindId, string> = {
	'stundas-plans': `## Stundas mērķis

${placeholder('ko skolēni stundā iemācīsies un kāpēc')}

## Snieguma kritēriji

- Es ${placeholder('ko skolēns var pārbaudīt pats, piemēram, “Es aprēķinu …”')}

## Nepieciešamie resursi

- ${placeholder('materiāli, ierīces, darba lapas')}

## Stundas gaita

| Posms | Laiks | Skolotāja darbība | Skolēnu darbība |
| --- | --- | --- | --- |
| Ievads | 5 min | ${placeholder('…')} | ${placeholder('…')} |
| Jaunā satura apguve | 15 min | ${placeholder('…')} | ${placeholder('…')} |
| Patstāvīgs darbs | 15 min | ${placeholder('…')} | ${placeholder('…')} |
| Noslēgums un refleksija | 5 min | ${placeholder('…')} | ${placeholder('…')} |

## Diferenciācija

- Skolēniem ar speciālām vajadzībām: ${placeholder('konkrēti pielāgojumi')}
- Skolēniem, kuriem latviešu valoda ir otrā valoda: ${placeholder('galvenie termini ar skaidrojumu, teikumu sākumi')}
- Ātrākajiem: ${placeholder('papildu izaicinājums')}

## Atbildes

${placeholder('atbildes visiem uzdevumiem')}

## Atgriezeniskā saite un vērtēšana

${placeholder('kā skolotājs un skolēni uzzinās, vai mērķis sasniegts')}
`,
	'temata-plans': `## Temata pārskats

${placeholder('temata jēga, saikne ar iepriekš apgūto un turpmāko')}

## Snieguma kritēriji

- Es ${placeholder('ko skolēns temata beigās var pārbaudīt pats')}

## Stundu secība

| Stunda | Sasniedzamais rezultāts | Mācību darbības | Vērtēšana |
| --- | --- | --- | --- |
| 1. | ${placeholder('…')} | ${placeholder('…')} | ${placeholder('…')} |
| 2. | ${placeholder('…')} | ${placeholder('…')} | ${placeholder('…')} |

## Diferenciācija

- Skolēniem ar speciālām vajadzībām: ${placeholder('konkrēti pielāgojumi')}
- Skolēniem, kuriem latviešu valoda ir otrā valoda: ${placeholder('galvenie termini ar skaidrojumu')}
- Ātrākajiem: ${placeholder('papildu izaicinājumi')}

## Vērtēšana

${placeholder('diagnosticējošā, formatīvā un summatīvā vērtēšana temata laikā')}
`,
	'macibu-materials': `## Saturs

${placeholder('mācību materiāla teksts')}

## Uzdevumi

<Uzdevums>

${placeholder('uzdevuma teksts')}

<Atbilde>

${placeholder('atbilde')}

</Atbilde>

</Uzdevums>
`,
	'darba-lapa': `## Norādījumi

${placeholder('kas jādara skolēnam')}

## Uzdevumi

<Uzdevums punkti="2">

${placeholder('uzdevuma teksts')}

<Atbilde>

${placeholder('atbilde skolotājam')}

</Atbilde>

</Uzdevums>
`,
	'diagnosticejosa-vertesana': '',
	'formativa-vertesana': '',
	'summativa-vertesana': '',
	'metodiskie-ieteikumi': `## Kam un kāpēc

${placeholder('kādā situācijā šie ieteikumi palīdz')}

## Ieteikumi

1. ${placeholder('…')}

## Piemērs

${placeholder('piemērs no mācību stundas')}
`,
	'stundas-verosanas-lapa': `## Vērošanas fokuss

${placeholder('uz ko vērotājs skatās')}

## Rādītāji

| Rādītājs | Novērotie pierādījumi | Piezīmes |
| --- | --- | --- |
| ${placeholder('…')} |  |  |

## Jautājumi sarunai pēc stundas

1. ${placeholder('…')}
`,
};

const ASSESSMENT = `## Norādījumi skolēniem

${placeholder('laiks, atļautie palīglīdzekļi, kā tiks vērtēts')}

## Uzdevumi

<Uzdevums punkti="2">

${placeholder('uzdevuma teksts')}

<Atbilde>

${placeholder('pareizā atbilde un risinājums')}

</Atbilde>

</Uzdevums>

<Rubrika virsraksts="Vērtēšanas kritēriji">

| Kritērijs | Punkti |
| --- | --- |
| ${placeholder('…')} | ${placeholder('…')} |

</Rubrika>
`;

export function body(kind: KindId): string {
	return BODIES[kind] || ASSESSMENT;
}

export function materialFile(material: NewMaterial): string {
	const comment = `# ${KINDS[material.kind].label}: ${SUBJECTS[material.subject].label}. Aizpildi visas vietas, kas sākas ar “aizpildi:”.\n# Kad materiāls gatavs, nomaini status uz publicets. Noteikumi: CONTRIBUTING.md.\n`;
	return `---\n${comment}${stringify(frontmatter(material), { lineWidth: 0 })}---\n\n${body(material.kind)}`;
}
