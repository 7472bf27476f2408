/**
 * The body field: the MDX text as written (Decap's rich-text mode rewrites Markdown and
 * drops the backslashes of formulas), with a menu above it that inserts any component of
 * the allowlist at the cursor. Built with the React that Decap's bundle exposes
 * (`window.h`, `window.createClass`), as Decap's documentation shows for custom widgets.
 */
import { editor as strings } from '../i18n/lv.ts';
import { componentSnippets } from './snippets.ts';

interface ControlProps {
	forID: string;
	value?: string;
	onChange(value: string): void;
	classNameWrapper: string;
	setActiveStyle(): void;
	setInactiveStyle(): void;
	/** Decap's media library, as its own image widget opens it: uploads go to the material's folder. */
	field: unknown;
	mediaPaths: { get(controlID: string): MediaPath | undefined };
	onOpenMediaLibrary(options: { controlID: string; forImage: boolean; allowMultiple: boolean; field: unknown; value: string[] }): void;
	onRemoveInsertedMedia(controlID: string): void;
}

/** What the library hands back: a path, or a list of them (an Immutable List with allow_multiple). */
type MediaPath = string | readonly string[] | { toJS(): string[] };
const firstPath = (chosen: MediaPath): string | undefined =>
	typeof chosen === 'string' ? chosen : 'toJS' in chosen ? chosen.toJS()[0] : (chosen as readonly string[])[0];

type Self = { props: ControlProps; area: HTMLTextAreaElement | null; pending: { start: number; end: number } | null };

type CreateElement = (type: string, props: Record<string, unknown> | null, ...children: unknown[]) => unknown;
type CreateClass = (spec: Record<string, unknown>) => unknown;

/** Inserts `text` at the selection, on lines of its own, and returns the new value and caret. */
export function insertAt(value: string, start: number, end: number, text: string): { value: string; caret: number } {
	const before = value.slice(0, start);
	const after = value.slice(end);
	const lead = before === '' || before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
	const tail = after.startsWith('\n') ? '\n' : '\n\n';
	const inserted = `${lead}${text}${tail}`;
	return { value: `${before}${inserted}${after}`, caret: before.length + lead.length + text.length };
}

/** An image in the material's folder, as Markdown the check accepts (`./file`); the author replaces the description. */
export function imageMarkdown(file: string): string {
	const name = file.split('/').at(-1) ?? file;
	return `![${strings.imageDescription}](./${name.replaceAll(' ', '%20')})`;
}

export function bodyWidget(h: CreateElement, createClass: CreateClass): unknown {
	const snippets = componentSnippets();
	const put = (self: Self, text: string, start: number, end: number) => {
		const result = insertAt(self.props.value ?? '', start, end, text);
		self.props.onChange(result.value);
		// After React has written the new value: put the caret after what was inserted.
		requestAnimationFrame(() => {
			self.area?.focus();
			self.area?.setSelectionRange(result.caret, result.caret);
		});
	};
	const selection = (self: Self) => {
		const length = (self.props.value ?? '').length;
		return { start: self.area?.selectionStart ?? length, end: self.area?.selectionEnd ?? length };
	};
	return createClass({
		area: null as HTMLTextAreaElement | null,
		pending: null as { start: number; end: number } | null,
		insert(this: Self, event: { target: HTMLSelectElement }) {
			const snippet = snippets.find((s) => s.component === event.target.value);
			event.target.value = '';
			if (!snippet) return;
			const { start, end } = selection(this);
			put(this, snippet.text, start, end);
		},
		chooseImage(this: Self) {
			this.pending = selection(this);
			this.props.onOpenMediaLibrary({ controlID: this.props.forID, forImage: true, allowMultiple: false, field: this.props.field, value: [] });
		},
		// Decap re-renders a control only when its value or style changed, unless the control
		// decides itself, as its own file widget does: the library's answer must get through too.
		shouldComponentUpdate(this: Self, next: ControlProps) {
			return (
				next.value !== this.props.value ||
				next.classNameWrapper !== this.props.classNameWrapper ||
				// (`next` are Decap's own props of the control's wrapper, which name the field differently.)
				(this.pending !== null && next.mediaPaths.get(this.props.forID) !== undefined)
			);
		},
		// The library answers through mediaPaths, as it does for Decap's own image widget.
		componentDidUpdate(this: Self) {
			const chosen = this.props.mediaPaths.get(this.props.forID);
			if (!chosen || !this.pending) return;
			const file = firstPath(chosen);
			const { start, end } = this.pending;
			this.pending = null;
			this.props.onRemoveInsertedMedia(this.props.forID);
			if (file) put(this, imageMarkdown(file), start, end);
		},
		render(this: Self & { insert(event: unknown): void; chooseImage(): void }) {
			const { forID, value, onChange, classNameWrapper, setActiveStyle, setInactiveStyle } = this.props;
			const menuId = `${forID}-komponenti`;
			return h(
				'div',
				null,
				h(
					'p',
					{ style: { margin: '0 0 8px' } },
					h('label', { htmlFor: menuId, style: { marginRight: '8px' } }, strings.insertComponent),
					h(
						'select',
						{ id: menuId, defaultValue: '', onChange: (event: unknown) => this.insert(event) },
						h('option', { value: '' }, strings.insertChoose),
						...snippets.map((snippet) => h('option', { key: snippet.component, value: snippet.component }, snippet.label)),
					),
					h('button', { type: 'button', style: { marginLeft: '12px' }, onClick: () => this.chooseImage() }, strings.insertImage),
				),
				h('textarea', {
					id: forID,
					className: classNameWrapper,
					value: value ?? '',
					rows: 24,
					lang: 'lv',
					spellCheck: true,
					style: { fontFamily: 'monospace', minHeight: '24em', width: '100%' },
					ref: (element: HTMLTextAreaElement | null) => {
						this.area = element;
					},
					onChange: (event: { target: HTMLTextAreaElement }) => onChange(event.target.value),
					onFocus: setActiveStyle,
					onBlur: setInactiveStyle,
				}),
			);
		},
	});
}
