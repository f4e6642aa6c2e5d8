import type { OutlineEntry } from '../schemas/topic-page.ts';

/**
 * The items before and after one item of a list (the topics, in reading order).
 *
 * @example
 *   neighbours(['a', 'b', 'c'], 1) // { previous: 'a', next: 'c' }
 *   neighbours(['a', 'b', 'c'], 0) // { previous: undefined, next: 'b' }
 */
export function neighbours<T>(items: readonly T[], index: number): { previous: T | undefined; next: T | undefined } {
  return { previous: index > 0 ? items[index - 1] : undefined, next: index >= 0 ? items[index + 1] : undefined };
}

/** One link of "On this page". */
export interface OutlineLink {
  readonly id: string;
  readonly text: string;
  /** 0 for a top-level entry, 1 for one under a heading, and so on. */
  readonly level: number;
  readonly kind: 'heading' | 'term';
}

/**
 * The links of "On this page": the converter's outline (headings, with their ids, and key terms in
 * reading order). Headings nest by depth; key terms sit one level under the heading before them.
 *
 * @example
 *   outlineLinks([{ kind: 'heading', depth: 2, text: 'Subnets', id: 'subnets' }, { kind: 'term', id: 'term-nat', text: 'NAT', explanation: '' }])
 *   // [{ id: 'subnets', text: 'Subnets', level: 0, kind: 'heading' }, { id: 'term-nat', text: 'NAT', level: 1, kind: 'term' }]
 */
export function outlineLinks(outline: readonly OutlineEntry[]): OutlineLink[] {
  const depths = outline.flatMap((entry) => (entry.kind === 'heading' ? [entry.depth] : []));
  const topDepth = Math.min(...depths);
  let level = 0;
  const links: OutlineLink[] = [];
  for (const entry of outline) {
    if (entry.kind === 'heading') {
      level = entry.depth - topDepth;
      links.push({ id: entry.id, text: entry.text, level, kind: 'heading' });
      level += 1;
    } else {
      links.push({ id: entry.id, text: entry.text, level, kind: 'term' });
    }
  }
  return links;
}

/**
 * How many lines of notes a topic holds, and a readable description of where they come from.
 *
 * @example
 *   sourceSummary([{ file: 'aws.md', startLine: 13, endLine: 27, lines: 15 }, { file: 'aws.md', startLine: 31, endLine: 31, lines: 1 }])
 *   // { lines: 16, text: 'aws.md, lines 13–27 and 31' }
 */
export function sourceSummary(
  sections: readonly { file: string; startLine: number; endLine: number; lines: number }[],
): { lines: number; text: string } {
  const byFile = new Map<string, string[]>();
  for (const section of sections) {
    const range =
      section.startLine === section.endLine ? `${section.startLine}` : `${section.startLine}–${section.endLine}`;
    byFile.set(section.file, [...(byFile.get(section.file) ?? []), range]);
  }
  const text = [...byFile]
    .map(([file, ranges]) => {
      const list = ranges.length > 1 ? `${ranges.slice(0, -1).join(', ')} and ${ranges.at(-1)}` : (ranges[0] ?? '');
      const plural = ranges.length > 1 || list.includes('–');
      return `${file}, line${plural ? 's' : ''} ${list}`;
    })
    .join('; ');
  return { lines: sections.reduce((sum, section) => sum + section.lines, 0), text };
}
