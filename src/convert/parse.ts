import type { Root } from 'mdast';
import { fromMarkdown, type Extension as MdastExtension } from 'mdast-util-from-markdown';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import { parseNotesText } from './plain-text-habits.ts';
import './syntax/add-syntax.ts';

/** CommonMark + GFM (tables, strikethrough, task lists, autolink literals, footnotes). Frozen: never changes. */
const markdown = unified().use(remarkParse).use(remarkGfm).freeze();

/**
 * Parse Markdown text into mdast, with positions (CommonMark + GFM only).
 *
 * @example
 *   parseMarkdown('- a').children[0].type // "list"
 */
export function parseMarkdown(text: string): Root {
  return markdown.parse(text);
}

/**
 * The converter's parser, in place of remark-parse: CommonMark with the syntax every other plugin
 * registered (GFM, frontmatter, math, Obsidian), reading the student's plain-text habits as meant
 * (plain-text-habits.ts), with every position on the student's own line.
 */
export default function remarkNotesParse(this: Processor): void {
  const data = this.data();
  let all: MdastExtension[] | undefined;
  let withoutLinkSearch: MdastExtension[] | undefined;
  this.parser = (document) =>
    parseNotesText(String(document), (text) => {
      all ??= (data.fromMarkdownExtensions ?? []).flat();
      // GFM's search of the text for bare web and e-mail addresses walks the whole tree; a text
      // with no "http", "www." or "@" has none to find (its patterns all need one).
      withoutLinkSearch ??= all.map((extension) => ({
        ...extension,
        transforms: (extension.transforms ?? []).filter(
          (transform) => transform.name !== 'transformGfmAutolinkLiterals',
        ),
      }));
      return fromMarkdown(text, {
        extensions: data.micromarkExtensions ?? [],
        mdastExtensions: MAY_HAVE_BARE_ADDRESS.test(text) ? all : withoutLinkSearch,
      });
    });
}

/** What every bare address GFM links starts with or holds (mdast-util-gfm-autolink-literal). */
const MAY_HAVE_BARE_ADDRESS = /https?:\/\/|www\.|@/i;
