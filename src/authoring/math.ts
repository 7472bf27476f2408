/**
 * Formulas: the math nodes remark-math leaves (`code.math-inline`, `pre > code.math-display`)
 * become KaTeX's HTML with MathML. Unlike rehype-katex, the HTML goes into the tree as a
 * raw node instead of being parsed back into elements: KaTeX's markup is most of a
 * page of formulas, and re-parsing it and walking it cost a third of a cold build. It
 * also uses the project's KaTeX, the version whose stylesheet the pages link
 * (rehype-katex brings its own, older one, whose class names that stylesheet lacks).
 * Only this plugin makes raw nodes (authors' HTML never reaches the tree, see guard.ts),
 * and KaTeX escapes what it prints, with `trust` off so no formula can link or style.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';
import katex from 'katex';
import { SKIP, walk } from './walk.ts';
import type { VFile } from 'vfile';

export const MATH_MESSAGE_SOURCE = 'katex';

const KATEX_OPTIONS = { output: 'htmlAndMathml', strict: false, trust: false } as const;

function classesOf(element: Element): readonly unknown[] {
	return Array.isArray(element.properties.className) ? element.properties.className : [];
}

/** How many formulas a rendered file has. */
export const formulaCount = (file: VFile): number => (file.data as { formulas?: number }).formulas ?? 0;

/** Renders the tree's formulas; errors become file messages (source "katex") with their place. */
export function rehypeMath() {
	return (tree: Root, file: VFile) => {
		let formulas = 0;
		walk<Root | RootContent>(tree, (element, ancestors) => {
			if (element.type !== 'element') return undefined;
			const classes = classesOf(element);
			const inline = classes.includes('math-inline');
			const display = classes.includes('math-display');
			if (!inline && !display) return undefined;
			let parent = ancestors.at(-1) as Root | Element | undefined;
			let scope: Element = element;
			// Display math comes as <pre><code class="math-display">; the <pre> goes too.
			if (display && parent?.type === 'element' && parent.tagName === 'pre') {
				scope = parent;
				parent = ancestors.at(-2) as Root | Element | undefined;
			}
			if (!parent) return undefined;
			const tex = toString(scope);
			let html: string;
			try {
				html = katex.renderToString(tex, { ...KATEX_OPTIONS, displayMode: display, throwOnError: true });
			} catch (error) {
				const cause = error as Error;
				file.message('Could not render math with KaTeX', { cause, place: element.position, ruleId: cause.name.toLowerCase(), source: MATH_MESSAGE_SOURCE });
				html = katex.renderToString(tex, { ...KATEX_OPTIONS, displayMode: display, strict: 'ignore', throwOnError: false });
			}
			const index = parent.children.indexOf(scope as ElementContent);
			// hast has no raw node in its content types; rehype-stringify prints it as it is.
			parent.children.splice(index, 1, { type: 'raw', value: html } as unknown as ElementContent);
			formulas += 1;
			return SKIP;
		});
		(file.data as { formulas?: number }).formulas = formulas;
	};
}
