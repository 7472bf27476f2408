import { describe, expect, test } from 'vitest';
import { cssString, printFooterCss } from './print.ts';

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

	test('the footer names the material on the left and the address with the page number on the right', () => {
		expect(printFooterCss({ left: 'Brīvā krišana · 1.2.0', right: 'https://piemers.lv/materiali/fizika/a/' })).toBe(
			'@page{@bottom-left{content:"Brīvā krišana · 1.2.0"}@bottom-right{content:"https://piemers.lv/materiali/fizika/a/ · " counter(page) "/" counter(pages)}}',
		);
	});
});
