/**
 * The curriculum vocabularies (Skola2030 competence-based curriculum), defined once.
 *
 * The frontmatter schema, the pages, the search facets, the progress island and the
 * tests all import these lists; nothing else spells out a subject or a kind.
 * Identifiers are ASCII so authors can type them on any keyboard and they make
 * stable URLs; labels are the correct Latvian names. Each list names the source it follows;
 * the curriculum's lists follow the Cabinet regulations on the state standards of basic
 * (MK noteikumi Nr. 747) and general secondary education (MK noteikumi Nr. 416).
 */

/**
 * Stages of general education: basic education in grades 1–9 (MK noteikumi Nr. 747,
 * https://likumi.lv/ta/id/303768) and general secondary education in grades 10–12
 * (MK noteikumi Nr. 416, https://likumi.lv/ta/id/309597). The seeds' "pamatskola" means
 * basic education as a whole.
 */
export const STAGES = {
	pamatskola: { label: 'Pamatizglītība', short: 'Pamatskola', grades: [1, 2, 3, 4, 5, 6, 7, 8, 9] },
	vidusskola: { label: 'Vidējā izglītība', short: 'Vidusskola', grades: [10, 11, 12] },
} as const;
export type StageId = keyof typeof STAGES;
export const STAGE_IDS = Object.keys(STAGES) as StageId[];

export const GRADES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;
export type Grade = (typeof GRADES)[number];

/**
 * Content levels of secondary education (mācību satura apguves līmeņi). Source: MK
 * noteikumi Nr. 416 (2019-09-03), https://likumi.lv/ta/id/309597, and skola2030.lv,
 * https://www.skola2030.lv/lv/istenosana/izglitibas-pakapes/vidusskola: "mācību satura
 * apguvi 3 līmeņos (vispārīgajā, optimālajā un augstākajā)".
 */
export const LEVELS = {
	visparigais: { label: 'Vispārīgais līmenis' },
	optimalais: { label: 'Optimālais līmenis' },
	augstakais: { label: 'Augstākais līmenis' },
} as const;
export type LevelId = keyof typeof LEVELS;
export const LEVEL_IDS = Object.keys(LEVELS) as LevelId[];

/**
 * Kinds of secondary course (kursu veidi). Source as for LEVELS: "satura apguvi kursu
 * veidā – pamata, padziļinātos un specializētos kursos". Specialised is a kind of
 * course, not a level.
 */
export const COURSE_KINDS = {
	pamatkurss: { label: 'Pamatkurss', plural: 'Pamatkursi' },
	padzilinatais: { label: 'Padziļinātais kurss', plural: 'Padziļinātie kursi' },
	specializetais: { label: 'Specializētais kurss', plural: 'Specializētie kursi' },
} as const;
export type CourseKindId = keyof typeof COURSE_KINDS;
export const COURSE_KIND_IDS = Object.keys(COURSE_KINDS) as CourseKindId[];

/**
 * The seven learning areas. Labels are the official names; `short` is for tight spaces.
 * Source: MK noteikumi Nr. 747 (2018-11-27), 7. punkts, https://likumi.lv/ta/id/303768,
 * as quoted by Skola2030 (e.g. https://skola2030.lv/lv/macibu-saturs/macibu-jomas/dabaszinatnes),
 * and MK noteikumi Nr. 416 (2019-09-03), https://likumi.lv/ta/id/309597.
 */
export const LEARNING_AREAS = {
	valodas: { label: 'Valodu mācību joma', short: 'Valodas' },
	'socialas-zinatnes': { label: 'Sociālā un pilsoniskā mācību joma', short: 'Sociālā un pilsoniskā' },
	'kultura-un-maksla': { label: 'Kultūras izpratnes un pašizpausmes mākslā mācību joma', short: 'Kultūra un māksla' },
	dabaszinatnes: { label: 'Dabaszinātņu mācību joma', short: 'Dabaszinātnes' },
	matematika: { label: 'Matemātikas mācību joma', short: 'Matemātika' },
	tehnologijas: { label: 'Tehnoloģiju mācību joma', short: 'Tehnoloģijas' },
	// In secondary education this area also covers safety (MK 416 as amended; see COURSES).
	'veseliba-un-sports': {
		label: 'Veselības un fiziskās aktivitātes mācību joma',
		short: 'Veselība un fiziskās aktivitātes',
		secondaryLabel: 'Veselības, drošības un fiziskās aktivitātes mācību joma',
	},
} as const;
export type AreaId = keyof typeof LEARNING_AREAS;
export const AREA_IDS = Object.keys(LEARNING_AREAS) as AreaId[];
/** An area's official name in a stage (one area is named differently in secondary education). */
export function areaLabelIn(area: AreaId, stage: StageId): string {
	const def: { label: string; secondaryLabel?: string } = LEARNING_AREAS[area];
	return stage === 'vidusskola' && def.secondaryLabel ? def.secondaryLabel : def.label;
}

interface SubjectDef {
	/** Name in the nominative, as written in curricula. */
	label: string;
	/** Genitive, for phrases like "fizikas materiāli". */
	genitive: string;
	area: AreaId;
	/** Stages in which the subject is taught. */
	stages: readonly StageId[];
	/** Grades in which it is taught, where that is fewer than its stages' grades. */
	grades?: readonly Grade[];
}

const both = ['pamatskola', 'vidusskola'] as const;
const basic = ['pamatskola'] as const;
const secondary = ['vidusskola'] as const;

/**
 * Subjects (mācību priekšmeti) of general education, with the grades that teach them.
 * Basic education: MK noteikumi Nr. 747, 11. pielikums (programmas paraugs), as the
 * Skola2030 area pages quote it: https://skola2030.lv/lv/macibu-saturs/macibu-jomas/dabaszinatnes
 * ("1.–6. klašu posmā … dabaszinību mācību priekšmetā, … sākot ar 7. klasi … ķīmijā,
 * fizikā, bioloģijā un ģeogrāfijā"), …/valodas-sociala-un-pilsoniska-joma (sociālās
 * zinības 1.–3. un 7.–9., sociālās zinības un vēsture 4.–6., Latvijas un pasaules
 * vēsture 7.–9.), …/kulturas-izpratne-un-pasizpausme-maksla (literatūra, teātra māksla
 * 4.–9.), …/tehnologijas (inženierzinības no 7. klases), …/veseliba-un-fiziskas-aktivitates
 * (sports un veselība; veselības mācības kā atsevišķa priekšmeta nav). Secondary
 * education: the subjects of the courses below. Every subject of seed 000 is here.
 */
export const SUBJECTS = {
	'latviesu-valoda': { label: 'Latviešu valoda', genitive: 'latviešu valodas', area: 'valodas', stages: both },
	'mazakumtautibas-valoda': { label: 'Mazākumtautības valoda', genitive: 'mazākumtautības valodas', area: 'valodas', stages: both },
	'anglu-valoda': { label: 'Angļu valoda', genitive: 'angļu valodas', area: 'valodas', stages: both },
	'vacu-valoda': { label: 'Vācu valoda', genitive: 'vācu valodas', area: 'valodas', stages: both },
	'francu-valoda': { label: 'Franču valoda', genitive: 'franču valodas', area: 'valodas', stages: both },
	'krievu-valoda': { label: 'Krievu valoda', genitive: 'krievu valodas', area: 'valodas', stages: both },
	'socialas-zinibas': { label: 'Sociālās zinības', genitive: 'sociālo zinību', area: 'socialas-zinatnes', stages: basic, grades: [1, 2, 3, 7, 8, 9] },
	'socialas-zinibas-un-vesture': {
		label: 'Sociālās zinības un vēsture',
		genitive: 'sociālo zinību un vēstures',
		area: 'socialas-zinatnes',
		stages: basic,
		grades: [4, 5, 6],
	},
	'latvijas-un-pasaules-vesture': {
		label: 'Latvijas un pasaules vēsture',
		genitive: 'Latvijas un pasaules vēstures',
		area: 'socialas-zinatnes',
		stages: basic,
		grades: [7, 8, 9],
	},
	vesture: { label: 'Vēsture', genitive: 'vēstures', area: 'socialas-zinatnes', stages: secondary },
	'socialas-zinatnes': { label: 'Sociālās zinātnes', genitive: 'sociālo zinātņu', area: 'socialas-zinatnes', stages: secondary },
	'valsts-aizsardzibas-maciba': { label: 'Valsts aizsardzības mācība', genitive: 'valsts aizsardzības mācības', area: 'veseliba-un-sports', stages: secondary },
	// Ethics is taught inside Sociālās zinības; Christian education is an elective in grades 1–3
	// (MK 747, 11. pielikums, 12.2. punkts; https://www.skola2030.lv/lv/biezak-uzdotie-jautajumi/vai-sakumskola-vairs-nav-etikas-un-kristigas-macibas).
	'kristiga-maciba': { label: 'Kristīgā mācība', genitive: 'kristīgās mācības', area: 'socialas-zinatnes', stages: basic, grades: [1, 2, 3] },
	literatura: { label: 'Literatūra', genitive: 'literatūras', area: 'kultura-un-maksla', stages: both, grades: [4, 5, 6, 7, 8, 9, 10, 11, 12] },
	'vizuala-maksla': { label: 'Vizuālā māksla', genitive: 'vizuālās mākslas', area: 'kultura-un-maksla', stages: basic },
	muzika: { label: 'Mūzika', genitive: 'mūzikas', area: 'kultura-un-maksla', stages: basic },
	'teatra-maksla': { label: 'Teātra māksla', genitive: 'teātra mākslas', area: 'kultura-un-maksla', stages: basic, grades: [4, 5, 6, 7, 8, 9] },
	'kultura-un-maksla': { label: 'Kultūra un māksla', genitive: 'kultūras un mākslas', area: 'kultura-un-maksla', stages: secondary },
	dabaszinibas: { label: 'Dabaszinības', genitive: 'dabaszinību', area: 'dabaszinatnes', stages: both, grades: [1, 2, 3, 4, 5, 6, 10, 11, 12] },
	fizika: { label: 'Fizika', genitive: 'fizikas', area: 'dabaszinatnes', stages: both, grades: [7, 8, 9, 10, 11, 12] },
	kimija: { label: 'Ķīmija', genitive: 'ķīmijas', area: 'dabaszinatnes', stages: both, grades: [7, 8, 9, 10, 11, 12] },
	biologija: { label: 'Bioloģija', genitive: 'bioloģijas', area: 'dabaszinatnes', stages: both, grades: [7, 8, 9, 10, 11, 12] },
	geografija: { label: 'Ģeogrāfija', genitive: 'ģeogrāfijas', area: 'dabaszinatnes', stages: both, grades: [7, 8, 9, 10, 11, 12] },
	matematika: { label: 'Matemātika', genitive: 'matemātikas', area: 'matematika', stages: both },
	datorika: { label: 'Datorika', genitive: 'datorikas', area: 'tehnologijas', stages: basic },
	programmesana: { label: 'Programmēšana', genitive: 'programmēšanas', area: 'tehnologijas', stages: secondary },
	inzenierzinibas: { label: 'Inženierzinības', genitive: 'inženierzinību', area: 'tehnologijas', stages: basic, grades: [7, 8, 9] },
	'dizains-un-tehnologijas': { label: 'Dizains un tehnoloģijas', genitive: 'dizaina un tehnoloģiju', area: 'tehnologijas', stages: both },
	'sports-un-veseliba': { label: 'Sports un veselība', genitive: 'sporta un veselības', area: 'veseliba-un-sports', stages: both },
} as const satisfies Record<string, SubjectDef>;
export type SubjectId = keyof typeof SUBJECTS;
export const SUBJECT_IDS = Object.keys(SUBJECTS) as SubjectId[];

/** Grades in which a subject is taught within a stage. */
export function subjectGrades(subject: SubjectId, stage: StageId): readonly number[] {
	const def: SubjectDef = SUBJECTS[subject];
	const stageGrades = STAGES[stage].grades as readonly number[];
	const taught = def.grades as readonly number[] | undefined;
	return taught ? stageGrades.filter((grade) => taught.includes(grade)) : stageGrades;
}

interface CourseDef {
	label: string;
	kind: CourseKindId;
	level: LevelId;
	/** Subjects whose materials may name this course; the first is the course's own. */
	subjects: readonly SubjectId[];
}

/**
 * Secondary courses (MK noteikumi Nr. 416, 11. pielikums, programmas paraugs). Sources:
 * VISC, https://www.visc.gov.lv/lv/jaunums/dabaszinatnu-loma-jaunaja-macibu-satura
 * ("vispārīgajā (kurss Dabaszinības) vai optimālajā (kurss Bioloģija I)"); VISC,
 * 2024-06-25, https://www.visc.gov.lv/lv/jaunums/vesturi-un-socialas-zinatnes-optimalaja-limeni-no-jauna-macibu-gada-vidusskolas-istenos-atseviski
 * ("Vēsture I", 105 stundas, and "Sociālās zinātnes I", 140 stundas, from 2024-09-01,
 * replacing "Vēsture un sociālās zinātnes I"); the advanced courses as Skola2030 names
 * them, https://www.skola2030.lv/lv/skolotajiem/par-macibu-lidzekliem, and as VISC names
 * their examinations, https://www.visc.gov.lv/lv/valsts-parbaudes-darbu-programmas;
 * "Valsts aizsardzības mācība" a pamatkurss from 2024-09-01 (MK 416 amendment,
 * https://tapportals.mk.gov.lv/public_participation/78bc2be0-6ad7-496c-af4e-fd87baf4f4ab).
 * Identifiers are the course names in ASCII.
 */
export const COURSES = {
	'latviesu-valoda-i': { label: 'Latviešu valoda I', kind: 'pamatkurss', level: 'optimalais', subjects: ['latviesu-valoda'] },
	'literatura-i': { label: 'Literatūra I', kind: 'pamatkurss', level: 'optimalais', subjects: ['literatura'] },
	'latviesu-valoda-un-literatura-ii': {
		label: 'Latviešu valoda un literatūra II',
		kind: 'padzilinatais',
		level: 'augstakais',
		subjects: ['latviesu-valoda', 'literatura'],
	},
	'svesvaloda-i': {
		label: 'Svešvaloda I',
		kind: 'pamatkurss',
		level: 'optimalais',
		subjects: ['anglu-valoda', 'vacu-valoda', 'francu-valoda', 'krievu-valoda'],
	},
	'svesvaloda-ii': {
		label: 'Svešvaloda II',
		kind: 'padzilinatais',
		level: 'augstakais',
		subjects: ['anglu-valoda', 'vacu-valoda', 'francu-valoda', 'krievu-valoda'],
	},
	'matematika-i': { label: 'Matemātika I', kind: 'pamatkurss', level: 'optimalais', subjects: ['matematika'] },
	'matematika-ii': { label: 'Matemātika II', kind: 'padzilinatais', level: 'augstakais', subjects: ['matematika'] },
	dabaszinibas: { label: 'Dabaszinības', kind: 'pamatkurss', level: 'visparigais', subjects: ['dabaszinibas', 'fizika', 'kimija', 'biologija', 'geografija'] },
	'fizika-i': { label: 'Fizika I', kind: 'pamatkurss', level: 'optimalais', subjects: ['fizika'] },
	'fizika-ii': { label: 'Fizika II', kind: 'padzilinatais', level: 'augstakais', subjects: ['fizika'] },
	'kimija-i': { label: 'Ķīmija I', kind: 'pamatkurss', level: 'optimalais', subjects: ['kimija'] },
	'kimija-ii': { label: 'Ķīmija II', kind: 'padzilinatais', level: 'augstakais', subjects: ['kimija'] },
	'biologija-i': { label: 'Bioloģija I', kind: 'pamatkurss', level: 'optimalais', subjects: ['biologija'] },
	'biologija-ii': { label: 'Bioloģija II', kind: 'padzilinatais', level: 'augstakais', subjects: ['biologija'] },
	'geografija-i': { label: 'Ģeogrāfija I', kind: 'pamatkurss', level: 'optimalais', subjects: ['geografija'] },
	'geografija-ii': { label: 'Ģeogrāfija II', kind: 'padzilinatais', level: 'augstakais', subjects: ['geografija'] },
	'vesture-i': { label: 'Vēsture I', kind: 'pamatkurss', level: 'optimalais', subjects: ['vesture'] },
	'vesture-ii': { label: 'Vēsture II', kind: 'padzilinatais', level: 'augstakais', subjects: ['vesture'] },
	'socialas-zinatnes-i': { label: 'Sociālās zinātnes I', kind: 'pamatkurss', level: 'optimalais', subjects: ['socialas-zinatnes'] },
	'socialas-zinatnes-ii': { label: 'Sociālās zinātnes II', kind: 'padzilinatais', level: 'augstakais', subjects: ['socialas-zinatnes'] },
	'kultura-un-maksla-i': { label: 'Kultūra un māksla I', kind: 'pamatkurss', level: 'optimalais', subjects: ['kultura-un-maksla'] },
	'kultura-un-maksla-ii': { label: 'Kultūra un māksla II', kind: 'padzilinatais', level: 'augstakais', subjects: ['kultura-un-maksla'] },
	'programmesana-i': { label: 'Programmēšana I', kind: 'pamatkurss', level: 'optimalais', subjects: ['programmesana'] },
	'programmesana-ii': { label: 'Programmēšana II', kind: 'padzilinatais', level: 'augstakais', subjects: ['programmesana'] },
	'dizains-un-tehnologijas-i': { label: 'Dizains un tehnoloģijas I', kind: 'pamatkurss', level: 'optimalais', subjects: ['dizains-un-tehnologijas'] },
	'dizains-un-tehnologijas-ii': { label: 'Dizains un tehnoloģijas II', kind: 'padzilinatais', level: 'augstakais', subjects: ['dizains-un-tehnologijas'] },
	'sports-un-veseliba': { label: 'Sports un veselība', kind: 'pamatkurss', level: 'optimalais', subjects: ['sports-un-veseliba'] },
	'valsts-aizsardzibas-maciba': { label: 'Valsts aizsardzības mācība', kind: 'pamatkurss', level: 'optimalais', subjects: ['valsts-aizsardzibas-maciba'] },
} as const satisfies Record<string, CourseDef>;
export type CourseId = keyof typeof COURSES;
export const COURSE_IDS = Object.keys(COURSES) as CourseId[];
export const coursesOfSubject = (subject: SubjectId): CourseId[] => COURSE_IDS.filter((id) => (COURSES[id].subjects as readonly string[]).includes(subject));

/**
 * Subjects this portal once listed that are not subjects of the curriculum (or were renamed),
 * with where their pages went and why. "Vēsture un sociālās zinātnes" was one secondary
 * course until 2024-08-31; the others had no materials, but their empty pages had addresses.
 */
export const RETIRED_SUBJECTS: Readonly<Record<string, { label: string; area: AreaId; successors: readonly SubjectId[]; why: string }>> = {
	'vesture-un-socialas-zinatnes': {
		label: 'Vēsture un sociālās zinātnes',
		area: 'socialas-zinatnes',
		successors: ['vesture', 'socialas-zinatnes'],
		why: 'Kopš 2024. gada 1. septembra vidusskolā to vietā ir divi atsevišķi pamatkursi — “Vēsture I” un “Sociālās zinātnes I”.',
	},
	etika: {
		label: 'Ētika',
		area: 'socialas-zinatnes',
		successors: ['socialas-zinibas'],
		why: 'Ētikas jautājumi ir mācību priekšmeta “Sociālās zinības” saturā.',
	},
	'veselibas-maciba': {
		label: 'Veselības mācība',
		area: 'veseliba-un-sports',
		successors: ['sports-un-veseliba'],
		why: 'Pamatizglītībā tas nav atsevišķs mācību priekšmets: veselības saturs ir priekšmetā “Sports un veselība” un citās mācību jomās.',
	},
	teatris: { label: 'Teātra māksla', area: 'kultura-un-maksla', successors: ['teatra-maksla'], why: 'Priekšmeta adrese ir mainīta.' },
	'kulturas-pamati': {
		label: 'Kultūras pamati',
		area: 'kultura-un-maksla',
		successors: ['kultura-un-maksla'],
		why: 'Vidusskolā šo jomu māca kursos “Kultūra un māksla I” un “Kultūra un māksla II”.',
	},
	dabaszinatnes: {
		label: 'Dabaszinātnes',
		area: 'dabaszinatnes',
		successors: ['dabaszinibas'],
		why: 'Vidusskolas vispārīgā līmeņa kurss saucas “Dabaszinības”.',
	},
	ekonomika: {
		label: 'Ekonomika',
		area: 'socialas-zinatnes',
		successors: ['socialas-zinatnes'],
		why: 'Vidusskolā ekonomikas saturs ir kursā “Sociālās zinātnes I”.',
	},
	psihologija: {
		label: 'Psiholoģija',
		area: 'socialas-zinatnes',
		successors: ['socialas-zinatnes'],
		why: 'Vidusskolā psiholoģijas saturs ir kursā “Sociālās zinātnes I”.',
	},
	filozofija: {
		label: 'Filozofija',
		area: 'socialas-zinatnes',
		successors: ['socialas-zinatnes'],
		why: 'Tas nav valsts standarta kurss; skola to var piedāvāt kā specializēto kursu.',
	},
	robotika: {
		label: 'Robotika',
		area: 'tehnologijas',
		successors: ['programmesana', 'dizains-un-tehnologijas'],
		why: 'Tas nav valsts standarta kurss; skola to var piedāvāt kā specializēto kursu.',
	},
};
/** Where a retired subject's pages redirect: its only successor, or its learning area that lists them all. */
export function retiredTarget(id: string): { subject: SubjectId } | { area: AreaId } | undefined {
	const retired = RETIRED_SUBJECTS[id];
	if (!retired) return undefined;
	const [only, ...others] = retired.successors;
	return only && others.length === 0 ? { subject: only } : { area: retired.area };
}

/**
 * Kinds of material: the plans, teaching materials and assessment materials that seed 001
 * (result 2, per MK noteikumi Nr. 358) names; the three purposes of assessment are those of
 * the standards (diagnosticējošā, formatīvā, summatīvā vērtēšana; MK noteikumi Nr. 747 and
 * Nr. 416); worksheets, guidance and observation forms are what the portal's users asked for.
 * `audience` says whose the text mainly is: a pupil's kind prints whole as the pupil's copy
 * (without answers and teacher notes); a teacher's kind gives pupils only the parts marked
 * <Skolenam> (src/authoring/copies.ts).
 */
export const KINDS = {
	'stundas-plans': { label: 'Stundas plāns', plural: 'Stundu plāni', schemaType: 'Lesson plan', audience: 'skolotajs' },
	'temata-plans': { label: 'Temata plāns', plural: 'Tematu plāni', schemaType: 'Unit plan', audience: 'skolotajs' },
	'macibu-materials': { label: 'Mācību materiāls', plural: 'Mācību materiāli', schemaType: 'Learning material', audience: 'skolens' },
	'darba-lapa': { label: 'Darba lapa', plural: 'Darba lapas', schemaType: 'Worksheet', audience: 'skolens' },
	'diagnosticejosa-vertesana': {
		label: 'Diagnosticējošā vērtēšana',
		plural: 'Diagnosticējošās vērtēšanas materiāli',
		schemaType: 'Assessment',
		audience: 'skolens',
	},
	'formativa-vertesana': { label: 'Formatīvā vērtēšana', plural: 'Formatīvās vērtēšanas materiāli', schemaType: 'Assessment', audience: 'skolens' },
	'summativa-vertesana': { label: 'Summatīvā vērtēšana', plural: 'Summatīvās vērtēšanas materiāli', schemaType: 'Assessment', audience: 'skolens' },
	'metodiskie-ieteikumi': { label: 'Metodiskie ieteikumi', plural: 'Metodiskie ieteikumi', schemaType: 'Teacher guide', audience: 'skolotajs' },
	'stundas-verosanas-lapa': { label: 'Stundas vērošanas lapa', plural: 'Stundu vērošanas lapas', schemaType: 'Observation form', audience: 'skolotajs' },
} as const;
export type KindId = keyof typeof KINDS;
export const KIND_IDS = Object.keys(KINDS) as KindId[];

/**
 * The six transversal skills (caurviju prasmes) of MK noteikumi Nr. 747 and Nr. 416, as
 * VISC/Skola2030 name them ("Kritiskās domāšanas un problēmrisināšanas, Jaunrades un
 * uzņēmējspējas, Pašvadītas mācīšanās, Sadarbības, Pilsoniskās līdzdalības, Digitālās
 * pratības caurviju prasmes"), in the nominative.
 */
export const SKILLS = {
	'kritiska-domasana': { label: 'Kritiskā domāšana un problēmrisināšana' },
	'jaunrade-un-uznemejspeja': { label: 'Jaunrade un uzņēmējspēja' },
	'pasvadita-macisanas': { label: 'Pašvadīta mācīšanās' },
	sadarbiba: { label: 'Sadarbība' },
	'pilsoniska-lidzdaliba': { label: 'Pilsoniskā līdzdalība' },
	'digitala-pratiba': { label: 'Digitālā pratība' },
} as const;
export type SkillId = keyof typeof SKILLS;
export const SKILL_IDS = Object.keys(SKILLS) as SkillId[];

/** Result 4 of seed 000 counts materials that were developed ("izstrādāti") or adapted ("adaptēti"). */
export const ORIGINS = {
	izstradats: { label: 'Izstrādāts' },
	adaptets: { label: 'Adaptēts' },
} as const;
export type OriginId = keyof typeof ORIGINS;
export const ORIGIN_IDS = Object.keys(ORIGINS) as OriginId[];

/** Only drafts are kept out of the site. */
export const STATUSES = {
	publicets: { label: 'Publicēts' },
	melnraksts: { label: 'Melnraksts' },
} as const;
export type StatusId = keyof typeof STATUSES;
export const STATUS_IDS = Object.keys(STATUSES) as StatusId[];

/** Open licences accepted for materials, by SPDX identifier (https://spdx.org/licenses/), with Creative Commons' Latvian deeds. */
export const LICENSES = {
	'CC-BY-4.0': { short: 'CC BY 4.0', label: 'Creative Commons Attribution 4.0 (CC BY 4.0)', url: 'https://creativecommons.org/licenses/by/4.0/deed.lv' },
	'CC-BY-SA-4.0': {
		short: 'CC BY-SA 4.0',
		label: 'Creative Commons Attribution-ShareAlike 4.0 (CC BY-SA 4.0)',
		url: 'https://creativecommons.org/licenses/by-sa/4.0/deed.lv',
	},
	'CC-BY-NC-4.0': {
		short: 'CC BY-NC 4.0',
		label: 'Creative Commons Attribution-NonCommercial 4.0 (CC BY-NC 4.0)',
		url: 'https://creativecommons.org/licenses/by-nc/4.0/deed.lv',
	},
	'CC-BY-NC-SA-4.0': {
		short: 'CC BY-NC-SA 4.0',
		label: 'Creative Commons Attribution-NonCommercial-ShareAlike 4.0 (CC BY-NC-SA 4.0)',
		url: 'https://creativecommons.org/licenses/by-nc-sa/4.0/deed.lv',
	},
	'CC-BY-ND-4.0': {
		short: 'CC BY-ND 4.0',
		label: 'Creative Commons Attribution-NoDerivatives 4.0 (CC BY-ND 4.0)',
		url: 'https://creativecommons.org/licenses/by-nd/4.0/deed.lv',
	},
	'CC0-1.0': { short: 'CC0 1.0', label: 'CC0 1.0 (nodots sabiedriskajā lietošanā)', url: 'https://creativecommons.org/publicdomain/zero/1.0/deed.lv' },
} as const;
export type LicenseId = keyof typeof LICENSES;
export const LICENSE_IDS = Object.keys(LICENSES) as LicenseId[];

/** File types an author may attach; archives and executables are refused. */
export const ATTACHMENT_TYPES = {
	pdf: 'PDF',
	docx: 'Word',
	odt: 'OpenDocument teksts',
	xlsx: 'Excel',
	ods: 'OpenDocument izklājlapa',
	pptx: 'PowerPoint',
	odp: 'OpenDocument prezentācija',
	csv: 'CSV dati',
	txt: 'Teksts',
	py: 'Python programma',
	ggb: 'GeoGebra fails',
} as const;
export type AttachmentType = keyof typeof ATTACHMENT_TYPES;

/** Raster images only: an SVG is a document that can carry scripts. */
export const IMAGE_EXTENSIONS = ['png', 'jpg', 'jpeg', 'webp', 'avif', 'gif'] as const;

export const subjectsInArea = (area: AreaId): SubjectId[] => SUBJECT_IDS.filter((id) => SUBJECTS[id].area === area);
export const stageOfGrade = (grade: number): StageId | undefined => STAGE_IDS.find((id) => (STAGES[id].grades as readonly number[]).includes(grade));
