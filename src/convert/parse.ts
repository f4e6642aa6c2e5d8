import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** CommonMark + GFM (tables, strikethrough, task lists, autolink literals, footnotes). Frozen: never changes. */
const markdown = unified().use(remarkParse).use(remarkGfm).freeze();

/**
 * Parse Markdown text into mdast, with positions.
 *
 * @example
 *   parseMarkdown('- a').children[0].type // "list"
 */
export function parseMarkdown(text: string): Root {
  return markdown.parse(text);
}
