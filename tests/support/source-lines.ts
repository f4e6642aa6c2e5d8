import type { Nodes } from 'mdast';
import { ALLOWED_INLINE_TAGS } from '../../src/convert/inline-html.ts';
import { parseMarkdown } from '../../src/convert/parse.ts';

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
const MARKUP = new Set(['html', 'link', 'image', 'linkReference', 'imageReference', 'footnoteReference', 'table']);

/**
 * What each non-blank line of a notes file says, as plain CommonMark + GFM reads it (markup such as
 * `**` and `- ` removed, references and entities resolved). This oracle shares nothing with the
 * converter but the parser; the completeness tests require each text to appear on the built site.
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
  const walk = (node: Nodes): void => {
    const start = node.position?.start.line;
    const end = node.position?.end.line;
    if (start !== undefined && end !== undefined && MARKUP.has(node.type)) {
      for (let line = start; line <= end; line++) marked.add(line);
    }
    if (
      start !== undefined &&
      (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code' || node.type === 'html')
    ) {
      const value = node.type === 'html' && isAllowedTag(node.value) ? '' : node.value;
      // A fenced code block's text starts on the line after its fence; an indented one's on its own line.
      const fenced = node.type === 'code' && /^\s*(?:```|~~~)/.test(lines[start - 1] ?? '');
      const firstLine = fenced ? start + 1 : start;
      value
        .split('\n')
        .forEach((part, index) =>
          add(firstLine + index, index > 0 && node.type !== 'code' ? part.replace(LIST_MARKER, '') : part),
        );
    }
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(parseMarkdown(text));
  return lines
    .map((source, index) => {
      const line = index + 1;
      const found = parts.get(line) ?? [];
      const texts = (marked.has(line) ? found.map(collapse) : [collapse(found.join(''))]).filter((part) => part !== '');
      return { line, source, texts };
    })
    .filter((line) => line.source.trim() !== '');
}

function collapse(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

function isAllowedTag(value: string): boolean {
  const name = /^<\/?([a-z]+)\s*\/?>$/i.exec(value.trim())?.[1]?.toLowerCase();
  return name !== undefined && (ALLOWED_INLINE_TAGS.has(name) || name === 'br');
}
