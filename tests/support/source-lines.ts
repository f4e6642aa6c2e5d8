import type { Nodes, Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { ALLOWED_INLINE_TAGS } from '../../src/convert/inline-html.ts';
import remarkMathSyntax from '../../src/convert/syntax/math.ts';
import remarkObsidianSyntax from '../../src/convert/syntax/obsidian.ts';

/** The notes' syntax, as the converter reads it: CommonMark, GFM, frontmatter, formulas, Obsidian's. */
const notesSyntax = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkMathSyntax)
  .use(remarkObsidianSyntax)
  .freeze();

/** One line of a notes file and the text a reader should find for it on the site. */
export interface SourceLine {
  line: number;
  source: string;
  /**
   * Texts that must appear on the site, whitespace collapsed: the whole line's text when it is
   * plain prose, else each run of text separately (a link or an HTML tag may show differently).
   * Empty for lines of pure syntax (`---`).
   */
  texts: string[];
}

const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)])\s+/;

/** Whether an indented code block holds only embeds (`![[a.png]]`, `![a](b.png)`) and formulas (`$…$`, `$$` lines). */
function shownAsInObsidian(code: string): boolean {
  const lines = code.split('\n').map((line) => line.trim());
  const display = lines.filter((line) => line === '$$').length % 2 === 0;
  let inDisplay = false;
  return (
    display &&
    lines.some((line) => line !== '') &&
    lines.every((line) => {
      if (line === '$$') inDisplay = !inDisplay;
      return (
        inDisplay ||
        line === '$$' ||
        line === '' ||
        /^(?:(?:!\[\[[^\]]+\]\]|!\[[^\]]*\]\([^)]*\)|\$[^$]+\$)\s*)+$/.test(line)
      );
    })
  );
}
const MARKUP = new Set(['html', 'link', 'image', 'linkReference', 'imageReference', 'footnoteReference', 'table']);

/**
 * What each non-blank line of a notes file says, as the notes' syntax reads it (markup such as `**`
 * and `- ` removed, references and entities resolved; a wikilink says its label, a formula its TeX
 * source, which the page keeps for screen readers). What is not page text (frontmatter, comments)
 * says nothing. This oracle shares nothing with the converter but the syntax; the completeness
 * tests require each text to appear on the built site.
 */
export function sourceLines(notes: string): SourceLine[] {
  const text = notes.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = text.split('\n');
  const parts = new Map<number, string[]>();
  const marked = new Set<number>();
  const add = (line: number, value: string): void => {
    const list = parts.get(line) ?? [];
    list.push(value);
    parts.set(line, list);
  };
  const walk = (node: Nodes, calloutLead = false): void => {
    const start = node.position?.start.line;
    const end = node.position?.end.line;
    if (
      node.type === 'yaml' ||
      node.type === 'comment' ||
      (node.type === 'html' && /^<!--[\s\S]*-->$/.test(node.value.trim()))
    ) {
      if (start !== undefined && end !== undefined) for (let line = start; line <= end; line++) marked.add(line);
      return;
    }
    if (
      start !== undefined &&
      (node.type === 'wikilink' || node.type === 'inlineMath' || node.type === 'math' || node.type === 'tag')
    ) {
      const value =
        node.type === 'wikilink'
          ? node.embedded
            ? ''
            : node.alias.trim() || node.path.trim() || node.heading.replace(/^\^/, '')
          : node.type === 'tag'
            ? `#${node.value}`
            : node.value.trim();
      if (end !== undefined) for (let line = start; line <= end; line++) marked.add(line);
      if (value) add(start, value.split('\n')[0] ?? '');
      return;
    }
    if (start !== undefined && end !== undefined && MARKUP.has(node.type)) {
      for (let line = start; line <= end; line++) marked.add(line);
    }
    if (
      start !== undefined &&
      (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code' || node.type === 'html')
    ) {
      // An <img> of a file of the notes folder shows that image (or, missing, its file name).
      const image =
        node.type === 'html'
          ? /^<img\b[^>]*\ssrc\s*=\s*["']?(?![a-z][a-z0-9+.-]*:|\/\/)([^"'\s>]+)/i.exec(node.value.trim())
          : null;
      const value =
        node.type === 'html' && isAllowedTag(node.value)
          ? ''
          : image
            ? (image[1]?.split('/').at(-1) ?? '')
            : calloutLead && node.type === 'text'
              ? node.value.replace(/^\[![\p{L}\p{N}_-]+(?:\|[^\]]*)?\][+-]?[ \t]*/u, '')
              : node.value;
      // A fenced code block's text starts on the line after its fence; an indented one's on its own line.
      const fenced = node.type === 'code' && /^\s*(?:```|~~~)/.test(lines[start - 1] ?? '');
      if (node.type === 'code' && !fenced && shownAsInObsidian(node.value)) {
        // Indented lines of only embeds and formulas show them, as in Obsidian's editor: a formula says its TeX.
        node.value.split('\n').forEach((part, index) => {
          for (const formula of part.matchAll(/\$\$?([^$]+)\$\$?/g)) add(start + index, (formula[1] ?? '').trim());
          if (part.trim() !== '' && !part.includes('$')) marked.add(start + index);
        });
        for (let line = start; line <= (end ?? start); line++) marked.add(line);
        return;
      }
      const firstLine = fenced ? start + 1 : start;
      value
        .split('\n')
        .forEach((part, index) =>
          add(firstLine + index, index > 0 && node.type !== 'code' ? part.replace(LIST_MARKER, '') : part),
        );
    }
    // A callout's `[!type]` marker is syntax: the page shows the callout instead.
    if ('children' in node) {
      node.children.forEach((child, index) =>
        walk(
          child as Nodes,
          index === 0 &&
            ((node.type === 'blockquote' && child.type === 'paragraph') || (calloutLead && node.type === 'paragraph')),
        ),
      );
    }
  };
  walk(notesSyntax.parse(text) as Root);
  return lines
    .map((source, index) => {
      const line = index + 1;
      const found = parts.get(line) ?? [];
      const texts = (marked.has(line) ? found.map(collapse) : [collapse(found.join(''))])
        // An Obsidian block id (` ^id` ending a line, or alone on one) names the block; it is not page text.
        .map((part) => part.replace(BLOCK_ID, '').replace(HIGHLIGHT, '$1'))
        .filter((part) => part !== '');
      return { line, source, texts };
    })
    .filter((line) => line.source.trim() !== '');
}

/** Obsidian's highlight, `==marked==`: the page shows the words, marked. */
const HIGHLIGHT = /==(\S(?:.*?\S)?)==/g;
/** Obsidian's block id, ending a line of text or alone on it: ` ^triple-def`. */
const BLOCK_ID = /(?:^|\s)\^[A-Za-z0-9_-]+$/;

function collapse(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

function isAllowedTag(value: string): boolean {
  const name = /^<\/?([a-z]+)\s*\/?>$/i.exec(value.trim())?.[1]?.toLowerCase();
  return name !== undefined && (ALLOWED_INLINE_TAGS.has(name) || name === 'br');
}
