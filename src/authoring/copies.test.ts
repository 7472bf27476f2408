import { describe, expect, test } from 'vitest';
import { renderBody, type RenderOptions } from './render.ts';
import { hasPupilCopy, isTeachersKind } from './copies.ts';

const options: RenderOptions = {
	file: 'content/materials/matematika/a/index.mdx',
	lineOffset: 30,
	folderFiles: new Set(['index.mdx']),
	attachments: new Set(),
	attachmentUrl: (file) => `/materiali/matematika/a/${file}`,
};

async function rendered(body: string) {
	const result = await renderBody(body, options);
	expect(result.issues).toEqual([]);
	return result;
}

const task = (title: string, answer: string, lines = '') =>
	`<Uzdevums virsraksts="${title}">\n\nAtrisini.\n\n${lines}<Atbilde>\n\n${answer}\n\n</Atbilde>\n</Uzdevums>\n`;

describe('the pupil copy of a pupil kind (the whole text)', () => {
	test('keeps the tasks and drops answers and teacher notes', async () => {
		const body = `## Uzdevumi\n\n${task('Vienādojums', 'x = 4', '<Rakstam rindas="2" />\n\n')}\n<Skolotajam>\n\n## Vērtēšana\n\nPar pareizu atbildi 2 punkti.\n\n</Skolotajam>\n`;
		const result = await rendered(body);
		expect(result.html).toContain('x = 4');
		expect(result.html).toContain('Par pareizu atbildi');
		const pupil = result.pupilHtml ?? '';
		expect(pupil).toContain('Uzdevums 1. Vienādojums');
		expect(pupil).toContain('Atrisini.');
		expect(pupil).not.toContain('x = 4');
		expect(pupil).not.toContain('Atbilde');
		expect(pupil).not.toContain('Vērtēšana');
		expect(pupil).not.toContain('Par pareizu atbildi');
		// Two ruled lines, and their meaning for a screen reader.
		expect(pupil.match(/class="writing-space__line"/g)).toHaveLength(2);
		expect(pupil).toContain('Vieta atbildei: 2 rindas');
		expect(result.pupil).toEqual({
			parts: 0,
			strays: [
				{ tag: '<Uzdevums>', line: 33 },
				{ tag: '<Rakstam>', line: 37 },
			],
		});
	});

	test('a body with nothing marked has no separate pupil HTML: the page itself is the copy', async () => {
		const result = await rendered('## Teksts\n\nLasi un atbildi.\n');
		expect(result.pupilHtml).toBeUndefined();
	});
});

describe('the pupil copy of a teacher kind (only the marked parts)', () => {
	const plan = [
		'## Stundas gaita',
		'',
		'Skolotājs sāk ar jautājumu[^laiks].',
		'',
		'<Skolenam>',
		'',
		'## Snieguma kritēriji',
		'',
		'- Es varu atrisināt vienādojumu.',
		'',
		'</Skolenam>',
		'',
		'## Piezīmes skolotājam',
		'',
		'Biežākā kļūda: zīmes maiņa. Skat. [stundas gaitu](#stundas-gaita).',
		'',
		'<Skolenam>',
		'',
		'## Uzdevumi',
		'',
		'Izmanto [kritērijus](#snieguma-kritēriji) un [gaitu](#stundas-gaita). Avots[^avots].',
		'',
		task('Svari', 'x = 3'),
		'<Skolotajam>',
		'',
		'Dod 5 minūtes.',
		'',
		'</Skolotajam>',
		'',
		'</Skolenam>',
		'',
		'[^laiks]: 5 minūtes.',
		'[^avots]: Mācību grāmata, 12. lpp.',
		'',
	].join('\n');

	test('holds the parts in order, with their headings and tasks, and nothing else', async () => {
		const result = await rendered(plan);
		expect(result.pupil.parts).toBe(2);
		expect(result.pupil.strays).toEqual([]);
		const pupil = result.pupilHtml ?? '';
		expect(pupil.indexOf('Snieguma kritēriji')).toBeGreaterThan(-1);
		expect(pupil.indexOf('Uzdevums 1. Svari')).toBeGreaterThan(pupil.indexOf('Snieguma kritēriji'));
		for (const gone of ['Stundas gaita', 'Skolotājs sāk', 'Piezīmes skolotājam', 'Biežākā kļūda', 'x = 3', 'Dod 5 minūtes', 'Skolēna eksemplārā', '5 minūtes.'])
			expect(pupil, gone).not.toContain(gone);
		// On the teacher's page the parts are labelled for the teacher.
		expect(result.html).toContain('Skolēna eksemplārā');
	});

	test('links into text that went become words; footnotes follow their citations', async () => {
		const pupil = (await rendered(plan)).pupilHtml ?? '';
		expect(pupil).toContain(`href="#${encodeURIComponent('snieguma-kritēriji')}"`);
		expect(pupil).not.toContain('href="#stundas-gaita"');
		expect(pupil).toContain('un gaitu.');
		expect(pupil).toContain('Mācību grāmata, 12. lpp.');
		expect(pupil).toContain('data-footnote-backref');
		expect(pupil.match(/<li id="user-content-fn-/g)).toHaveLength(1);
		// The one footnote left is the first: its citation and its way back say so.
		expect(pupil).toMatch(/data-footnote-ref[^>]*>1<\/a>/);
		expect(pupil).toContain('aria-label="Atpakaļ uz 1. vēri tekstā"');
	});

	test('a task outside the parts is named with its line', async () => {
		const result = await rendered(`${plan}\n${task('Ārpusē', 'x = 1')}`);
		expect(result.pupil.strays).toEqual([{ tag: '<Uzdevums>', line: options.lineOffset + plan.split('\n').length + 1 }]);
	});
});

describe('what may be marked where', () => {
	test.each([
		['<Skolotajam>\n\n<Skolenam>\n\nTeksts.\n\n</Skolenam>\n\n</Skolotajam>\n', '<Skolenam>', 'nedrīkst likt komponentā <Skolotajam>'],
		['<Skolenam>\n\n<Skolenam>\n\nTeksts.\n\n</Skolenam>\n\n</Skolenam>\n', '<Skolenam>', 'nedrīkst likt komponentā <Skolenam>'],
		['<Uzdevums>\n\nTeksts.\n\n<Atbilde>\n\n<Rakstam />\n\n</Atbilde>\n</Uzdevums>\n', '<Rakstam>', 'nedrīkst likt komponentā <Atbilde>'],
		['<Rakstam rindas="40" />\n', '<Rakstam> rindas', '1–20'],
		['<Rakstam>Teksts</Rakstam>\n', '<Rakstam>', ''],
	])('%s is refused', async (body, construct, message) => {
		const result = await renderBody(body, options);
		expect(result.html).toBe('');
		const issue = result.issues.find((i) => i.construct?.startsWith(construct));
		expect(issue, JSON.stringify(result.issues)).toBeDefined();
		expect(`${issue?.message} ${issue?.field ?? ''} ${issue?.found ?? ''} ${issue?.allowed ?? ''}`).toContain(message);
	});
});

describe('which materials have a pupil copy', () => {
	test('a pupil kind always; a teacher kind only with pupil parts', () => {
		expect(isTeachersKind('stundas-plans')).toBe(true);
		expect(isTeachersKind('darba-lapa')).toBe(false);
		expect(hasPupilCopy('darba-lapa', { parts: 0 })).toBe(true);
		expect(hasPupilCopy('summativa-vertesana', { parts: 0 })).toBe(true);
		expect(hasPupilCopy('stundas-plans', { parts: 0 })).toBe(false);
		expect(hasPupilCopy('stundas-plans', { parts: 1 })).toBe(true);
		expect(hasPupilCopy('stundas-verosanas-lapa', { parts: 0 })).toBe(false);
	});
});
