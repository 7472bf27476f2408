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
}

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

export function bodyWidget(h: CreateElement, createClass: CreateClass): unknown {
	const snippets = componentSnippets();
	return createClass({
		area: null as HTMLTextAreaElement | null,
		insert(this: { props: ControlProps; area: HTMLTextAreaElement | null }, event: { target: HTMLSelectElement }) {
			const snippet = snippets.find((s) => s.component === event.target.value);
			event.target.value = '';
			if (!snippet) return;
			const value = this.props.value ?? '';
			const area = this.area;
			const result = insertAt(value, area?.selectionStart ?? value.length, area?.selectionEnd ?? value.length, snippet.text);
			this.props.onChange(result.value);
			// After React has written the new value: put the caret after the inserted component.
			requestAnimationFrame(() => {
				area?.focus();
				area?.setSelectionRange(result.caret, result.caret);
			});
		},
		render(this: { props: ControlProps; area: HTMLTextAreaElement | null; insert(event: unknown): void }) {
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
