/**
 * GitHub Flavored Markdown for material bodies, in two weights. Literal autolinks
 * (`www.…`, `https://…`, e-mail addresses) are the costliest part of GFM to parse, a
 * third of rendering a material, and most materials have none. A body in which none can
 * start is parsed with the rest of GFM only, which gives the same tree.
 */
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import type { Processor } from 'unified';

/**
 * Whether a literal autolink could start in this text. GFM starts one only at `www.`,
 * at `http://` or `https://` (either case), or around an `@` (e-mail, `mailto:`, `xmpp:`).
 */
export const mayHaveLiteralAutolinks = (markdown: string): boolean => /www\.|https?:\/\/|@/i.test(markdown);

/** remark-gfm without literal autolinks, its other extensions in its order; for bodies where none can start. */
export function remarkGfmWithoutLiteralAutolinks(this: Processor): void {
	const data = this.data();
	(data.micromarkExtensions ??= []).push(gfmFootnote(), gfmStrikethrough(), gfmTable(), gfmTaskListItem());
	(data.fromMarkdownExtensions ??= []).push(gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown());
}
