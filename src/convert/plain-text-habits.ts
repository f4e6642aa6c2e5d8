import type { Code, Nodes, Paragraph, Root } from 'mdast';
import type { Math as MathBlock } from 'mdast-util-math';
import { visitParents } from './walk.ts';
import {
  indentWidth,
  joinMappedLines,
  leadingWhitespace,
  lineStarts,
  remapPositions,
  toMappedLines,
  visualColumn,
  type MappedLine,
} from './line-map.ts';

/**
 * A line-level mend of a plain-text habit, in lines of the text being parsed (1-based).
 * - `split`: a line glued by CommonMark's "lazy continuation" onto the list item above, although
 *   the student started it at the margin as a new line: a blank line goes before it.
 * - `fence`: a display formula whose `$$` is glued to its first or last line
 *   (`$$\begin{align*}` … `\end{align*}$$`, as Obsidian accepts it): each glued `$$` goes on a
 *   line of its own, with the line's quote or list indent, so the formula ends where it ends.
 * - `nest`: bullets indented under a plain line, which CommonMark reads as more words of that line:
 *   the line above them becomes a list item (when it is not one yet) and the bullets are re-indented
 *   to nest under it, keeping their relative depth.
 * - `dedent`: lines indented by a tab (or four spaces) that hold only embeds or only formulas, which
 *   CommonMark reads as code but Obsidian's editor shows as the image or the formula: they lose the
 *   indent that made them code. Real code stays code.
 */
export type HabitFix =
  | { kind: 'split'; line: number }
  | { kind: 'fence'; breaks: { line: number; column: number }[] }
  | {
      kind: 'nest';
      parentLine: number;
      /** Indent and marker that make the parent line a list item; `null` when it is one already. */
      parentItem: { indent: number; marker: '-' | '*' } | null;
      childIndent: number;
      from: number;
      to: number;
    }
  | { kind: 'dedent'; from: number; to: number; indent: number };

/** Rounds of parse → mend; each round mends the first habit of every paragraph. */
const MAX_ROUNDS = 8;
/** A list item marker at the start of a line (after its indent), followed by some text. */
const BULLET = /^(?:[-*+]|\d{1,9}[.)])[ \t]+\S/;

/**
 * Parse plain-text notes the way the student meant them, not the way CommonMark reads them.
 * Each habit is mended by editing lines of an in-memory copy (never the notes file) and parsing
 * again; positions in the returned tree point at the notes file's own lines.
 *
 * @example
 *   parseNotesText('AWS organizations allow ...\n\t- group accounts into OUs', parseMarkdown)
 *   // list > listItem("AWS organizations allow ...") > list > listItem("group accounts into OUs")
 *   // (CommonMark alone: one paragraph "AWS organizations allow ... - group accounts into OUs")
 */
export function parseNotesText(text: string, parse: (text: string) => Root): Root {
  let lines = toMappedLines(text);
  let tree = parse(text);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const fixes = findHabitFixes(tree, lines);
    if (fixes.length === 0) break;
    lines = applyHabitFixes(lines, fixes);
    tree = parse(joinMappedLines(lines));
  }
  remapPositions(tree, lines, lineStarts(text));
  return tree;
}

/** The first habit to mend in each paragraph of a tree parsed from `lines`. */
function findHabitFixes(tree: Root, lines: readonly MappedLine[]): HabitFix[] {
  const fixes: HabitFix[] = [];
  visitParents(tree, 'paragraph', (paragraph, ancestors) => {
    if (ancestors.some((node) => node.type === 'blockquote' || node.type === 'footnoteDefinition')) return;
    const fix = habitIn(paragraph, ancestors, lines);
    if (fix) fixes.push(fix);
  });
  visitParents(tree, 'math', (math) => {
    const fix = gluedFence(math, lines);
    if (fix) fixes.push(fix);
  });
  visitParents(tree, 'code', (code) => {
    const fix = embedsOrFormulasAsCode(code, lines);
    if (fix) fixes.push(fix);
  });
  return fixes;
}

/** An embed (`![[a.png]]`, `![a](b.png)`) or an inline or display formula on one line. */
const SHOWN = String.raw`(?:!\[\[[^\]\n]+\]\]|!\[[^\]\n]*\]\([^)\n]*\)|\$\$[^$\n]+\$\$|\$[^$\s](?:[^$\n]*[^$\s])?\$)`;
/** A line of only embeds and formulas. */
const ONLY_SHOWN = new RegExp(String.raw`^${SHOWN}(?:[ \t]+${SHOWN})*[ \t]*$`);

/** Whether each line is only embeds and formulas, or a line of a display formula between `$$` lines (and some line is). */
function onlyEmbedsAndFormulas(text: string): boolean {
  let inFormula = false;
  let shown = false;
  for (const line of text.split('\n').map((entry) => entry.trim())) {
    if (line === '$$') inFormula = !inFormula;
    else if (!inFormula && line !== '' && !ONLY_SHOWN.test(line)) return false;
    if (line !== '') shown = true;
  }
  return shown && !inFormula;
}

/** An indented code block of only embeds or formulas (or one display formula), as lines to dedent. */
function embedsOrFormulasAsCode(code: Code, lines: readonly MappedLine[]): HabitFix | undefined {
  const start = code.position?.start;
  const end = code.position?.end;
  if (!start || !end || code.lang || code.meta) return undefined;
  const first = lines[start.line - 1]?.text ?? '';
  // Only where the indent is the line's own (not inside a quote: `> \t…` keeps its code).
  if (!/^[ \t]/.test(first) || /^[ \t]*(?:`{3}|~{3})/.test(first.slice(start.column - 1))) return undefined;
  if (!onlyEmbedsAndFormulas(code.value)) return undefined;
  return { kind: 'dedent', from: start.line, to: end.line, indent: visualColumn(first, start.column - 1) };
}

/** The glued `$$` of a display formula (`$$\begin{align*}` … `\end{align*}$$`), as line breaks to make. */
function gluedFence(math: MathBlock, lines: readonly MappedLine[]): HabitFix | undefined {
  const start = math.position?.start;
  const end = math.position?.end;
  if (!start || !end || !math.meta) return undefined;
  const opening = lines[start.line - 1]?.text ?? '';
  const open = opening.indexOf('$$', start.column - 1);
  if (open < 0) return undefined;
  let fenceEnd = open;
  while (opening.charAt(fenceEnd) === '$') fenceEnd += 1;
  const breaks = [{ line: start.line, column: fenceEnd }];
  for (let line = start.line + 1; line <= end.line; line++) {
    const text = (lines[line - 1]?.text ?? '').trimEnd();
    const content = text.slice(containerPrefix(text).length);
    if (content.endsWith('$$') && content.replace(/\$+$/, '').trim() !== '') {
      breaks.push({ line, column: text.length - 2 });
      break;
    }
  }
  return { kind: 'fence', breaks };
}

/** The quote markers and indent a line starts with (`> `, `  `). */
function containerPrefix(text: string): string {
  return /^[\s>]*/.exec(text)?.[0] ?? '';
}

function habitIn(
  paragraph: Paragraph,
  ancestors: readonly Nodes[],
  lines: readonly MappedLine[],
): HabitFix | undefined {
  const start = paragraph.position?.start;
  const end = paragraph.position?.end;
  if (!start || !end || end.line === start.line) return undefined;
  const firstLine = lines[start.line - 1]?.text ?? '';
  const contentColumn = visualColumn(firstLine, start.column - 1);
  const inItem = ancestors.at(-1)?.type === 'listItem';
  const outerItem = ancestors.find((node) => node.type === 'listItem');
  const marginColumn = outerItem ? itemContentColumn(outerItem, lines) : 0;

  for (let line = start.line + 1; line <= end.line; line++) {
    const text = lines[line - 1]?.text ?? '';
    const indent = indentWidth(text);
    if (inItem && indent < marginColumn) return { kind: 'split', line };
    if (BULLET.test(text.slice(leadingWhitespace(text).length)) && indent > contentColumn) {
      const parentLine = line - 1;
      const makeItem = !(inItem && parentLine === start.line);
      let to = line;
      while (to < end.line && indentWidth(lines[to]?.text ?? '') >= indent) to++;
      return {
        kind: 'nest',
        parentLine,
        parentItem: makeItem
          ? { indent: contentColumn, marker: newListMarker(paragraph, parentLine, ancestors, lines) }
          : null,
        childIndent: makeItem ? contentColumn + 2 : contentColumn,
        from: line,
        to,
      };
    }
  }
  return undefined;
}

/**
 * The bullet for a line made into a list item: `-`, unless the paragraph follows a list that uses
 * `-` across a blank line, which the new item would join (making that list loose); then `*`,
 * which starts a list of its own.
 */
function newListMarker(
  paragraph: Paragraph,
  parentLine: number,
  ancestors: readonly Nodes[],
  lines: readonly MappedLine[],
): '-' | '*' {
  const parent = ancestors.at(-1);
  if (!parent || !('children' in parent) || parentLine !== paragraph.position?.start.line) return '-';
  const siblings = parent.children as Nodes[];
  const previous = siblings[siblings.indexOf(paragraph) - 1];
  const start = previous?.type === 'list' ? previous.position?.start : undefined;
  if (!start) return '-';
  return lines[start.line - 1]?.text.charAt(start.column - 1) === '-' ? '*' : '-';
}

/** Visual column where the content of a list item starts (after its marker). */
function itemContentColumn(item: Nodes, lines: readonly MappedLine[]): number {
  const itemStart = item.position?.start;
  const first = 'children' in item ? item.children[0]?.position?.start : undefined;
  if (!itemStart) return 0;
  const text = lines[itemStart.line - 1]?.text ?? '';
  if (first && first.line === itemStart.line) return visualColumn(text, first.column - 1);
  return indentWidth(text) + 2;
}

/** Apply fixes (on distinct paragraphs) to a copy of the lines. */
function applyHabitFixes(lines: readonly MappedLine[], fixes: readonly HabitFix[]): MappedLine[] {
  const result = [...lines];
  const firstLine = (fix: HabitFix): number =>
    fix.kind === 'split'
      ? fix.line
      : fix.kind === 'fence'
        ? (fix.breaks[0]?.line ?? 0)
        : fix.kind === 'dedent'
          ? fix.from
          : fix.parentLine;
  // Bottom-up, so that inserting a line never moves a line still to be mended.
  for (const fix of [...fixes].sort((a, b) => firstLine(b) - firstLine(a))) {
    if (fix.kind === 'split') {
      const before = result[fix.line - 1];
      if (before) result.splice(fix.line - 1, 0, { text: '', sourceLine: before.sourceLine, shift: 0 });
      continue;
    }
    if (fix.kind === 'fence') {
      for (const at of [...fix.breaks].reverse()) breakLine(result, at.line, at.column);
      continue;
    }
    if (fix.kind === 'dedent') {
      for (let line = fix.from; line <= fix.to; line++) {
        if ((result[line - 1]?.text ?? '').trim() !== '') reindent(result, line, fix.indent, '');
      }
      continue;
    }
    if (fix.parentItem) reindent(result, fix.parentLine, fix.parentItem.indent, `${fix.parentItem.marker} `);
    const base = indentWidth(result[fix.from - 1]?.text ?? '');
    for (let line = fix.from; line <= fix.to; line++) {
      const width = indentWidth(result[line - 1]?.text ?? '');
      reindent(result, line, Math.max(fix.childIndent, width - base + fix.childIndent), '');
    }
  }
  return result;
}

/**
 * Break a line in two at a column: the second part goes on a new line after the same quote markers
 * and indent (list markers become spaces), mapped to the same line of the notes.
 *
 * @example
 *   breakLine(lines of "> $$\\begin{x}", 1, 4) → "> $$", "> \\begin{x}"
 */
function breakLine(lines: MappedLine[], line: number, column: number): void {
  const current = lines[line - 1];
  if (!current) return;
  const lead = /^[\s>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?[\s>]*/.exec(current.text)?.[0] ?? '';
  const prefix = lead.replace(/[-*+]|\d{1,9}[.)]/g, (marker) => ' '.repeat(marker.length));
  const rest = current.text.slice(column).replace(/^[ \t]+/, '');
  const skipped = current.text.length - column - rest.length;
  lines.splice(
    line - 1,
    1,
    { text: current.text.slice(0, column), sourceLine: current.sourceLine, shift: current.shift },
    { text: prefix + rest, sourceLine: current.sourceLine, shift: current.shift + prefix.length - column - skipped },
  );
}

/** Replace a line's indent with `width` spaces followed by `marker`, keeping track of the shift. */
function reindent(lines: MappedLine[], line: number, width: number, marker: string): void {
  const current = lines[line - 1];
  if (!current) return;
  const indent = leadingWhitespace(current.text);
  const prefix = ' '.repeat(width) + marker;
  lines[line - 1] = {
    text: prefix + current.text.slice(indent.length),
    sourceLine: current.sourceLine,
    shift: current.shift + prefix.length - indent.length,
  };
}
