/**
 * The ESF+ project this portal serves and the eleven results it reports on, as seed 000
 * (the project's description) states them. Facts, not settings: the numbers of
 * materials a scope needs are settings and live in content/targets.yaml; figures the
 * portal cannot compute are entered in content/rezultati.yaml.
 */

export const PROJECT = {
	name: 'Pedagogu profesionālā atbalsta sistēmas izveide',
	applicant: 'Valsts izglītības satura centrs',
	initiator: 'Valmieras novada Izglītības pārvalde',
	fund: 'Eiropas Sociālais fonds Plus',
	start: '2024-10-01',
	end: '2029-12-31',
	/** Total cost in euros. */
	cost: 49_731_514,
} as const;

/**
 * How a result is measured:
 * - `share`: a part of a whole (municipalities, schools), entered with its denominator;
 * - `count`: a number, entered;
 * - `started`: whether something has begun, entered as the number of participants;
 * - `materials`: the published materials, computed;
 * - `scopes`: materials per subject and stage by a deadline (targets.yaml), computed.
 */
export const MEASURES = ['share', 'count', 'started', 'materials', 'scopes'] as const;
export type Measure = (typeof MEASURES)[number];
export const ENTERED_MEASURES = ['share', 'count', 'started'] as const satisfies readonly Measure[];

export interface ResultDefinition {
	number: number;
	/** A short name for the board. */
	name: string;
	/** The result as seed 000 words it. */
	official: string;
	measure: Measure;
	/** The seed's deadline; results 5–9 take theirs from targets.yaml (checked against these). */
	due?: string;
	/** The seed's threshold: per cent for a share, participants for `started`. */
	threshold?: number;
	/** What a share is a part of, in the genitive plural ("pašvaldību"). */
	whole?: string;
}

const BY_31_AUGUST_2025 = '2025-08-31';

export const RESULTS: readonly ResultDefinition[] = [
	{
		number: 1,
		name: 'Mācības pašvaldību izglītības speciālistiem',
		official: 'Līdz 2025. gada 31. augustam uzsāktas mācības izglītības speciālistiem vismaz 90 procentos pašvaldību (īpatsvars no pašvaldību kopskaita)',
		measure: 'share',
		due: BY_31_AUGUST_2025,
		threshold: 90,
		whole: 'pašvaldību',
	},
	{
		number: 2,
		name: 'Mācības izglītības iestāžu vadības komandām',
		official:
			'Līdz 2025. gada 31. augustam uzsāktas mācības izglītības iestāžu vadības komandu pārstāvjiem vismaz 20 procentos izglītības iestāžu (īpatsvars no izglītības iestāžu kopskaita)',
		measure: 'share',
		due: BY_31_AUGUST_2025,
		threshold: 20,
		whole: 'izglītības iestāžu',
	},
	{
		number: 3,
		name: 'Metodiķu un didaktiķu sagatavošana',
		official: 'Līdz 2025. gada 31. augustam uzsāktas mācības metodiķu un didaktiķu sagatavošanai',
		measure: 'started',
		due: BY_31_AUGUST_2025,
		threshold: 1,
	},
	{
		number: 4,
		name: 'Izstrādātie vai adaptētie metodiskā atbalsta materiāli',
		official: 'Izstrādāto vai adaptēto metodiskā atbalsta materiālu skaits',
		measure: 'materials',
	},
	{
		number: 5,
		name: 'Materiāli dabaszinātnēm vidusskolā un inženierzinībām pamatskolā',
		official:
			'Līdz 2025. gada 31. augustam izstrādāti metodiskā atbalsta materiāli dabaszinātņu (fizika, ķīmija, bioloģija, ģeogrāfija) apguvei vidusskolā un inženierzinību apguvei pamatskolā',
		measure: 'scopes',
		due: '2025-08-31',
	},
	{
		number: 6,
		name: 'Materiāli matemātikai un programmēšanai',
		official:
			'Līdz 2026. gada 31. martam izstrādāti metodiskā atbalsta materiāli matemātikas apguvei pamatskolā un vidusskolā un programmēšanas apguvei vidusskolā',
		measure: 'scopes',
		due: '2026-03-31',
	},
	{
		number: 7,
		name: 'Materiāli fizikai, ķīmijai, bioloģijai un datorikai pamatskolā',
		official:
			'Līdz 2026. gada 30. jūnijam izstrādāti metodiskā atbalsta materiāli fizikas, ķīmijas un bioloģijas apguvei pamatskolā un datorikas apguvei pamatskolā',
		measure: 'scopes',
		due: '2026-06-30',
	},
	{
		number: 8,
		name: 'Materiāli latviešu valodai',
		official: 'Līdz 2026. gada 31. augustam izstrādāti metodiskā atbalsta materiāli latviešu valodas apguvei pamatskolā un vidusskolā',
		measure: 'scopes',
		due: '2026-08-31',
	},
	{
		number: 9,
		name: 'Materiāli vēsturei un sociālajām zinātnēm vidusskolā',
		official: 'Līdz 2026. gada 31. decembrim izstrādāti metodiskā atbalsta materiāli vēstures un sociālo zinātņu apguvei vidusskolā',
		measure: 'scopes',
		due: '2026-12-31',
	},
	{
		number: 10,
		name: 'Izglītības iestādes, kas regulāri saņem profesionālo atbalstu',
		official: 'Regulāru (vismaz vienu reizi gadā) profesionālo atbalstu saņēmušo izglītības iestāžu īpatsvars to kopskaitā',
		measure: 'share',
		whole: 'izglītības iestāžu',
	},
	{
		number: 11,
		name: 'Izglītības iestādes ar pozitīvu snieguma dinamiku',
		official: 'Izglītības iestāžu skaits, kuras pēc profesionālā atbalsta saņemšanas demonstrē pozitīvu izglītības iestādes snieguma dinamiku',
		measure: 'count',
	},
];

export const resultDefinition = (number: number): ResultDefinition | undefined => RESULTS.find((r) => r.number === number);
export const isEntered = (definition: ResultDefinition): boolean => (ENTERED_MEASURES as readonly Measure[]).includes(definition.measure);
export const ENTERED_RESULTS = RESULTS.filter(isEntered).map((r) => r.number);
export const SCOPE_RESULTS = RESULTS.filter((r) => r.measure === 'scopes').map((r) => r.number);
