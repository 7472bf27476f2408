/**
 * The curriculum vocabularies (Skola2030 competence-based curriculum), defined once.
 *
 * The frontmatter schema, the pages, the search facets, the progress island and the
 * tests all import these lists; nothing else spells out a subject or a kind.
 * Identifiers are ASCII so authors can type them on any keyboard and they make
 * stable URLs; labels are the correct Latvian names.
 */

export const STAGES = {
	pamatskola: { label: 'Pamatizglītība', short: 'Pamatskola', grades: [1, 2, 3, 4, 5, 6, 7, 8, 9] },
	vidusskola: { label: 'Vidējā izglītība', short: 'Vidusskola', grades: [10, 11, 12] },
} as const;
export type StageId = keyof typeof STAGES;
export const STAGE_IDS = Object.keys(STAGES) as StageId[];

export const GRADES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;
export type Grade = (typeof GRADES)[number];

/** Course levels exist only in secondary education (vidusskola). */
export const COURSE_LEVELS = {
	visparejais: { label: 'Vispārējais (optimālais) līmenis' },
	padzilinatais: { label: 'Padziļinātais (augstākais) līmenis' },
	specializetais: { label: 'Specializētais kurss' },
} as const;
export type CourseLevelId = keyof typeof COURSE_LEVELS;
export const COURSE_LEVEL_IDS = Object.keys(COURSE_LEVELS) as CourseLevelId[];

/** The seven learning areas (mācību jomas), in the curriculum's order. */
export const LEARNING_AREAS = {
	valodas: { label: 'Valodu joma' },
	'socialas-zinatnes': { label: 'Sociālā un pilsoniskā joma' },
	'kultura-un-maksla': { label: 'Kultūras izpratnes un pašizpausmes mākslā joma' },
	dabaszinatnes: { label: 'Dabaszinātņu joma' },
	matematika: { label: 'Matemātikas joma' },
	tehnologijas: { label: 'Tehnoloģiju joma' },
	'veseliba-un-sports': { label: 'Veselības un fiziskās aktivitātes joma' },
} as const;
export type AreaId = keyof typeof LEARNING_AREAS;
export const AREA_IDS = Object.keys(LEARNING_AREAS) as AreaId[];

interface SubjectDef {
	/** Name in the nominative, as written in curricula. */
	label: string;
	/** Genitive, for phrases like "fizikas materiāli". */
	genitive: string;
	area: AreaId;
	/** Stages in which the subject is taught. */
	stages: readonly StageId[];
}

const both = ['pamatskola', 'vidusskola'] as const;
const basic = ['pamatskola'] as const;
const secondary = ['vidusskola'] as const;

/**
 * Subjects of general education. Every subject named in the project's deadlines
 * (seed 000) is here, with room for all others.
 */
export const SUBJECTS = {
	'latviesu-valoda': { label: 'Latviešu valoda', genitive: 'latviešu valodas', area: 'valodas', stages: both },
	'mazakumtautibas-valoda': { label: 'Mazākumtautības valoda', genitive: 'mazākumtautības valodas', area: 'valodas', stages: both },
	'anglu-valoda': { label: 'Angļu valoda', genitive: 'angļu valodas', area: 'valodas', stages: both },
	'vacu-valoda': { label: 'Vācu valoda', genitive: 'vācu valodas', area: 'valodas', stages: both },
	'francu-valoda': { label: 'Franču valoda', genitive: 'franču valodas', area: 'valodas', stages: both },
	'socialas-zinibas': { label: 'Sociālās zinības', genitive: 'sociālo zinību', area: 'socialas-zinatnes', stages: basic },
	vesture: { label: 'Latvijas un pasaules vēsture', genitive: 'Latvijas un pasaules vēstures', area: 'socialas-zinatnes', stages: basic },
	'vesture-un-socialas-zinatnes': { label: 'Vēsture un sociālās zinātnes', genitive: 'vēstures un sociālo zinātņu', area: 'socialas-zinatnes', stages: secondary },
	etika: { label: 'Ētika', genitive: 'ētikas', area: 'socialas-zinatnes', stages: basic },
	'kristiga-maciba': { label: 'Kristīgā mācība', genitive: 'kristīgās mācības', area: 'socialas-zinatnes', stages: basic },
	ekonomika: { label: 'Ekonomika', genitive: 'ekonomikas', area: 'socialas-zinatnes', stages: secondary },
	psihologija: { label: 'Psiholoģija', genitive: 'psiholoģijas', area: 'socialas-zinatnes', stages: secondary },
	filozofija: { label: 'Filozofija', genitive: 'filozofijas', area: 'socialas-zinatnes', stages: secondary },
	literatura: { label: 'Literatūra', genitive: 'literatūras', area: 'kultura-un-maksla', stages: both },
	'vizuala-maksla': { label: 'Vizuālā māksla', genitive: 'vizuālās mākslas', area: 'kultura-un-maksla', stages: both },
	muzika: { label: 'Mūzika', genitive: 'mūzikas', area: 'kultura-un-maksla', stages: both },
	teatris: { label: 'Teātra māksla', genitive: 'teātra mākslas', area: 'kultura-un-maksla', stages: both },
	'kulturas-pamati': { label: 'Kultūras pamati', genitive: 'kultūras pamatu', area: 'kultura-un-maksla', stages: secondary },
	dabaszinibas: { label: 'Dabaszinības', genitive: 'dabaszinību', area: 'dabaszinatnes', stages: basic },
	dabaszinatnes: { label: 'Dabaszinātnes', genitive: 'dabaszinātņu', area: 'dabaszinatnes', stages: secondary },
	fizika: { label: 'Fizika', genitive: 'fizikas', area: 'dabaszinatnes', stages: both },
	kimija: { label: 'Ķīmija', genitive: 'ķīmijas', area: 'dabaszinatnes', stages: both },
	biologija: { label: 'Bioloģija', genitive: 'bioloģijas', area: 'dabaszinatnes', stages: both },
	geografija: { label: 'Ģeogrāfija', genitive: 'ģeogrāfijas', area: 'dabaszinatnes', stages: both },
	matematika: { label: 'Matemātika', genitive: 'matemātikas', area: 'matematika', stages: both },
	datorika: { label: 'Datorika', genitive: 'datorikas', area: 'tehnologijas', stages: both },
	programmesana: { label: 'Programmēšana', genitive: 'programmēšanas', area: 'tehnologijas', stages: secondary },
	inzenierzinibas: { label: 'Inženierzinības', genitive: 'inženierzinību', area: 'tehnologijas', stages: both },
	'dizains-un-tehnologijas': { label: 'Dizains un tehnoloģijas', genitive: 'dizaina un tehnoloģiju', area: 'tehnologijas', stages: both },
	robotika: { label: 'Robotika', genitive: 'robotikas', area: 'tehnologijas', stages: secondary },
	'sports-un-veseliba': { label: 'Sports un veselība', genitive: 'sporta un veselības', area: 'veseliba-un-sports', stages: both },
	'veselibas-maciba': { label: 'Veselības mācība', genitive: 'veselības mācības', area: 'veseliba-un-sports', stages: basic },
} as const satisfies Record<string, SubjectDef>;
export type SubjectId = keyof typeof SUBJECTS;
export const SUBJECT_IDS = Object.keys(SUBJECTS) as SubjectId[];

/** Kinds of material named by the project's documents (seed 001) and the portal's users. */
export const KINDS = {
	'stundas-plans': { label: 'Stundas plāns', plural: 'Stundu plāni', schemaType: 'Lesson plan' },
	'temata-plans': { label: 'Temata plāns', plural: 'Tematu plāni', schemaType: 'Unit plan' },
	'macibu-materials': { label: 'Mācību materiāls', plural: 'Mācību materiāli', schemaType: 'Learning material' },
	'darba-lapa': { label: 'Darba lapa', plural: 'Darba lapas', schemaType: 'Worksheet' },
	'diagnosticejosa-vertesana': { label: 'Diagnosticējošā vērtēšana', plural: 'Diagnosticējošās vērtēšanas materiāli', schemaType: 'Assessment' },
	'formativa-vertesana': { label: 'Formatīvā vērtēšana', plural: 'Formatīvās vērtēšanas materiāli', schemaType: 'Assessment' },
	'summativa-vertesana': { label: 'Summatīvā vērtēšana', plural: 'Summatīvās vērtēšanas materiāli', schemaType: 'Assessment' },
	'metodiskie-ieteikumi': { label: 'Metodiskie ieteikumi', plural: 'Metodiskie ieteikumi', schemaType: 'Teacher guide' },
	'stundas-verosanas-lapa': { label: 'Stundas vērošanas lapa', plural: 'Stundu vērošanas lapas', schemaType: 'Observation form' },
} as const;
export type KindId = keyof typeof KINDS;
export const KIND_IDS = Object.keys(KINDS) as KindId[];

/** The six transversal skills (caurviju prasmes). */
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

/** Result 4 of seed 000 counts materials that were developed or adapted. */
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

/** Open licences accepted for materials, by SPDX identifier. */
export const LICENSES = {
	'CC-BY-4.0': { label: 'Creative Commons Attribution 4.0 (CC BY 4.0)', url: 'https://creativecommons.org/licenses/by/4.0/deed.lv' },
	'CC-BY-SA-4.0': { label: 'Creative Commons Attribution-ShareAlike 4.0 (CC BY-SA 4.0)', url: 'https://creativecommons.org/licenses/by-sa/4.0/deed.lv' },
	'CC-BY-NC-4.0': { label: 'Creative Commons Attribution-NonCommercial 4.0 (CC BY-NC 4.0)', url: 'https://creativecommons.org/licenses/by-nc/4.0/deed.lv' },
	'CC-BY-NC-SA-4.0': { label: 'Creative Commons Attribution-NonCommercial-ShareAlike 4.0 (CC BY-NC-SA 4.0)', url: 'https://creativecommons.org/licenses/by-nc-sa/4.0/deed.lv' },
	'CC-BY-ND-4.0': { label: 'Creative Commons Attribution-NoDerivatives 4.0 (CC BY-ND 4.0)', url: 'https://creativecommons.org/licenses/by-nd/4.0/deed.lv' },
	'CC0-1.0': { label: 'CC0 1.0 (nodots sabiedriskajā lietošanā)', url: 'https://creativecommons.org/publicdomain/zero/1.0/deed.lv' },
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

export const subjectArea = (subject: SubjectId): AreaId => SUBJECTS[subject].area;
export const subjectsInArea = (area: AreaId): SubjectId[] =>
	SUBJECT_IDS.filter((id) => SUBJECTS[id].area === area);
export const stageOfGrade = (grade: number): StageId | undefined =>
	STAGE_IDS.find((id) => (STAGES[id].grades as readonly number[]).includes(grade));
