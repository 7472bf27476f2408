/**
 * What every printed page of a material carries, so a photocopy can be traced and
 * attributed: title, version, date, licence, and the page's address with the page number.
 * It goes into CSS @page margin boxes (Chromium ≥ 131 prints them): one rule in the global
 * stylesheet prints two custom properties that each page sets on its <html> element. A rule or
 * <style> per page would put a hash per page into the Content-Security-Policy, which must fit
 * one 2,000-character `_headers` line; style attributes are allowed anyway (KaTeX needs them).
 */
import { t } from '../i18n/index.ts';
import { LICENSES } from '../schemas/vocabulary.ts';
import type { MaterialData } from '../schemas/material.ts';
import { formatDate } from './dates.ts';

/** "Title · versija 1.2.0 · 2. decembris · CC BY 4.0": what a printed page or a downloaded copy says it is. */
export function traceLine(data: Pick<MaterialData, 'title' | 'version' | 'updated' | 'license'>): string {
	return t('material.printFooter', { title: data.title, version: data.version, date: formatDate(data.updated), license: LICENSES[data.license].short });
}

/**
 * A CSS string literal for any text: quotes and backslashes escaped, line breaks and other
 * control characters as hex escapes, and "<" and ">" escaped too, so that the text stays one
 * string token wherever it is written (a declaration in a style attribute, or a <style>).
 */
export function cssString(text: string): string {
	const escaped = [...text]
		.map((char) => {
			const code = char.codePointAt(0)!;
			if (char === '"' || char === '\\') return `\\${char}`;
			if (char === '<' || char === '>' || code < 0x20 || code === 0x7f || (code >= 0x80 && code < 0xa0) || code === 0x2028 || code === 0x2029) {
				return `\\${code.toString(16)} `;
			}
			return char;
		})
		.join('');
	return `"${escaped}"`;
}

export interface PrintFooter {
	/** Title · version · date · licence. */
	left: string;
	/** The page's absolute address. */
	right: string;
}

/**
 * The custom properties the global stylesheet's @page rule prints (src/styles/global.css):
 * for the <html> element's style attribute. Each value is one CSS string, so no title can end
 * the declaration or add another; Astro escapes `&` and `"` for the attribute.
 */
export function printFooterStyle({ left, right }: PrintFooter): string {
	return `--print-left:${cssString(left)};--print-right:${cssString(right)}`;
}
