import type { Element, Root as HastRoot } from 'hast';
import { h } from 'hastscript';
import { describe, expect, test } from 'vitest';
import { SKIP, walk } from './walk.ts';

type HastNode = HastRoot | HastRoot['children'][number];
const tree = (): HastRoot => ({ type: 'root', children: [h('section', [h('h2', 'Ievads'), h('p', ['Teksts ', h('em', 'slīprakstā')])]), h('p', 'Beigas')] });
const label = (node: HastNode) => (node.type === 'element' ? node.tagName : node.type === 'text' ? `"${node.value}"` : node.type);

describe('walk', () => {
	test('visits parents before children, in document order, with ancestors and index', () => {
		const seen: string[] = [];
		walk<HastNode>(tree(), (node, ancestors, index) => {
			seen.push(`${ancestors.map(label).join('>')}|${label(node)}@${index ?? '-'}`);
		});
		expect(seen).toEqual([
			'|root@-',
			'root|section@0',
			'root>section|h2@0',
			'root>section>h2|"Ievads"@0',
			'root>section|p@1',
			'root>section>p|"Teksts "@0',
			'root>section>p|em@1',
			'root>section>p>em|"slīprakstā"@0',
			'root|p@1',
			'root>p|"Beigas"@0',
		]);
	});

	test('SKIP keeps the walk out of a node’s children', () => {
		const seen: string[] = [];
		walk<HastNode>(tree(), (node) => {
			seen.push(label(node));
			return node.type === 'element' && node.tagName === 'section' ? SKIP : undefined;
		});
		expect(seen).toEqual(['root', 'section', 'p', '"Beigas"']);
	});

	test('a node replaced in place is not visited again, and the walk goes on to its siblings', () => {
		const root = tree();
		const seen: string[] = [];
		walk<HastNode>(root, (node, ancestors, index) => {
			seen.push(label(node));
			const parent = ancestors.at(-1);
			if (node.type === 'element' && node.tagName === 'h2' && parent && 'children' in parent && index !== undefined) {
				(parent.children as Element[])[index] = h('h3', 'Aizstāts');
				return SKIP;
			}
			return undefined;
		});
		expect(seen).toEqual(['root', 'section', 'h2', 'p', '"Teksts "', 'em', '"slīprakstā"', 'p', '"Beigas"']);
		expect(((root.children[0] as Element).children[0] as Element).tagName).toBe('h3');
	});
});
