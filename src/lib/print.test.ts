import fc from 'fast-check';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
// What a compiled Astro template calls for `style={…}`: the attribute escaping the pages get.
import { addAttribute } from 'astro/runtime/server/index.js';
import { describe, expect, test } from 'vitest';
import { cssString, printFooterStyle } from './print.ts';

/**
 * A style attribute's declarations whose values are each one CSS string, read as CSS Syntax
 * tokenizes them (escapes decoded; an unescaped line break makes a bad string). Anything else
 * between the strings than `--name:` before and `;` after throws, so a value that ended its
 * string early, or added a declaration, fails the test.
 */
function stringDeclarations(style: string): Record<string, string> {
	const declarations: Record<string, string> = {};
	let i = 0;
	while (i < style.length) {
		const name = /^(--[a-z-]+):"/.exec(style.slice(i));
		if (!name) throw new Error(`not a string declaration at ${i}: ${style.slice(i)}`);
		i += name[0].length;
		let value = '';
		for (;;) {
			const char = style[i];
			if (char === undefined || char === '\n' || char === '\r' || char === '\f') throw new Error(`string not closed in ${style}`);
			i++;
			if (char === '"') break;
			if (char !== '\\') {
				value += char;
				continue;
			}
			const hex = /^([0-9a-fA-F]{1,6})[ \t\n]?/.exec(style.slice(i));
			if (hex) {
				const code = parseInt(hex[1]!, 16);
				value += code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? '\ufffd' : String.fromCodePoint(code);
				i += hex[0].length;
			} else {
				const next = String.fromCodePoint(style.codePointAt(i)!);
				value += next;
				i += next.length;
			}
		}
		declarations[name[1]!] = value;
		if (i < style.length && style[i++] !== ';') throw new Error(`more than a string in ${name[1]}: ${style}`);
	}
	return declarations;
}

/** The style attribute of <html> as a browser's parser reads it from what Astro writes. */
function styleAttribute(style: string): string | undefined {
	const document = parse(`<!doctype html><html${String(addAttribute(style, 'style'))}><head></head><body></body></html>`);
	const html = document.childNodes.find((node): node is DefaultTreeAdapterTypes.Element => node.nodeName === 'html')!;
	return html.attrs.find((attr) => attr.name === 'style')?.value;
}

const HOSTILE = [
	'Tas "pēdiņās" un \'vienpēdiņās\'',
	'a\\b\\',
	'</style><script>alert(1)</script>',
	'beigas; --print-right: "cits"; color: red',
	'"}body{display:none}"',
	'rinda\nrinda\r\nrinda\u2028\u2029\f',
	'*/ @import url(x); /*',
	'&quot; &amp; &#34; " > <',
	'\\"; x: y',
	'\u0000\u007f\u0085',
];

describe('print footer', () => {
	test('any title becomes one CSS string that cannot end the style element', () => {
		expect(cssString('Temata plāns: “lineāri” vienādojumi')).toBe('"Temata plāns: “lineāri” vienādojumi"');
		expect(cssString('a"b\\c')).toBe('"a\\"b\\\\c"');
		expect(cssString('</style><script>x</script>')).toBe('"\\3c /style\\3e \\3c script\\3e x\\3c /script\\3e "');
		expect(cssString('rinda\nrinda\u2028')).toBe('"rinda\\a rinda\\2028 "');
		// Whatever goes in, the result is a single string token: no unescaped quote inside.
		for (const hostile of ['"}body{display:none}"', '\\', '*/ @import url(x); /*']) {
			expect(cssString(hostile).slice(1, -1)).not.toMatch(/(?<!\\)"/);
		}
	});

	test('the page sets the material on the left and its address on the right as two custom properties', () => {
		expect(printFooterStyle({ left: 'Brīvā krišana · 1.2.0', right: 'https://piemers.lv/materiali/fizika/a/' })).toBe(
			'--print-left:"Brīvā krišana · 1.2.0";--print-right:"https://piemers.lv/materiali/fizika/a/"',
		);
	});

	test('a title with quotes, backslashes, semicolons, markup or line breaks stays inside its string, in CSS and in the attribute', () => {
		for (const title of HOSTILE) {
			const style = printFooterStyle({ left: title, right: `https://piemers.lv/${title}` });
			expect(style, title).not.toMatch(/[\n\r\f<>]/);
			// The parser gives back exactly what print.ts wrote: Astro's escaping let nothing out of the attribute.
			expect(styleAttribute(style), title).toBe(style);
			expect(stringDeclarations(style), title).toEqual({
				'--print-left': title.replaceAll('\u0000', '\ufffd'),
				'--print-right': `https://piemers.lv/${title.replaceAll('\u0000', '\ufffd')}`,
			});
		}
	});

	test('any text survives the attribute and the CSS string unchanged', () => {
		fc.assert(
			fc.property(
				fc.string({ unit: fc.constantFrom('"', "'", '\\', ';', '<', '>', '&', '\n', '\r', '\f', ' ', ':', '}', '/', '*', 'a', '0', 'ā', '\u2028', '\u0085') }),
				fc.string({ unit: 'grapheme' }),
				(left, right) => {
					const style = printFooterStyle({ left, right });
					expect(styleAttribute(style)).toBe(style);
					expect(stringDeclarations(style)).toEqual({ '--print-left': left, '--print-right': right.replaceAll('\u0000', '\ufffd') });
				},
			),
		);
	});
});
