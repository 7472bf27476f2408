/**
 * Starts the web editor in the browser: Latvian phrases, the checks before each save,
 * then Decap with the configuration generated from the schema. Decap's script (loaded
 * before this module, with CMS_MANUAL_INIT) defines `window.CMS`.
 */
import { materialIdOf, saveProblems, type Published } from './before-save.ts';
import { t } from '../i18n/index.ts';
import { DECAP_LV } from './locale-lv.ts';
import { BODY_WIDGET, editorConfig, type EditorPageSettings } from './config.ts';
import { bodyWidget } from './body-widget.ts';

/** The part of Decap's global API used here (decapcms.org/docs/beta-features, registerEventListener). */
interface ImmutableLike {
	get(key: string): unknown;
	toJS(): unknown;
}
interface DecapCms {
	registerLocale(locale: string, phrases: unknown): void;
	registerWidget(name: string, control: unknown): void;
	registerEventListener(listener: { name: 'preSave'; handler: (event: { entry: ImmutableLike }) => unknown }): void;
	init(options: { config: unknown }): void;
}

const settings = JSON.parse(document.getElementById('editor-settings')?.textContent ?? '{}') as EditorPageSettings;
const cms = (window as unknown as { CMS?: DecapCms }).CMS;
if (!cms) throw new Error('decap-cms.js did not load: the editor cannot start');

/**
 * The site's catalogue names each published material's version; read once, when first
 * needed. Unreachable, it names none: the pull request's check (`--base`) still compares
 * versions, so a save is never blocked for want of the catalogue.
 */
let published: Promise<Published[]> | undefined;
const publishedMaterials = () =>
	(published ??= fetch(settings.catalogue)
		.then((response) => (response.ok ? (response.json() as Promise<{ materials: Published[] }>) : { materials: [] }))
		.then((catalogue) => catalogue.materials.map(({ id, version }) => ({ id, version })))
		.catch(() => []));

cms.registerLocale('lv', DECAP_LV);
const react = window as unknown as { h: Parameters<typeof bodyWidget>[0]; createClass: Parameters<typeof bodyWidget>[1] };
cms.registerWidget(BODY_WIDGET, bodyWidget(react.h, react.createClass));
cms.registerEventListener({
	name: 'preSave',
	handler: async ({ entry }) => {
		const data = (entry.get('data') as ImmutableLike).toJS() as Record<string, unknown>;
		// A new material has no published version to compare with, whatever its path.
		const id = entry.get('newRecord') ? undefined : materialIdOf(String(entry.get('path') ?? ''));
		const problems = saveProblems(data, { id, published: await publishedMaterials() });
		// Decap shows a thrown error's message and keeps the entry unsaved.
		if (problems.length > 0) throw new Error(`${t('editor.saveBlocked')}\n${problems.map((problem) => `• ${problem}`).join('\n')}`);
		return undefined;
	},
});
cms.init({ config: editorConfig(settings) });
