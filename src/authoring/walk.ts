/**
 * A depth-first walk over a syntax tree (mdast or hast), parents before children. It
 * does what unist-util-visit-parents does for this renderer without its per-node cost
 * (a closure and a debug name for every node visited, a tenth of rendering a material).
 */
import type { Node, Parent } from 'unist';

/** Returned by a visitor: do not walk into this node's children. */
export const SKIP = 'skip';

/**
 * The visitor gets each node, its ancestors (nearest last; the array is reused, so read
 * it during the call) and its index in its parent. It may replace the node in its
 * parent's children at the same index; the walk then goes on into the old node's children
 * unless the visitor returns SKIP.
 */
export type Visitor<N extends Node> = (node: N, ancestors: readonly N[], index: number | undefined) => typeof SKIP | undefined | void;

export function walk<N extends Node>(tree: N, visitor: Visitor<N>): void {
	const ancestors: N[] = [];
	const enter = (node: N, index: number | undefined) => {
		if (visitor(node, ancestors, index) === SKIP) return;
		const children = (node as Node as Partial<Parent>).children as N[] | undefined;
		if (!children) return;
		ancestors.push(node);
		for (let i = 0; i < children.length; i++) enter(children[i]!, i);
		ancestors.pop();
	};
	enter(tree, undefined);
}
