import type { Root } from 'mdast';
import type { Point, Position } from 'unist';
import { visit } from './walk.ts';

/**
 * One line of the text the parser reads, and where it stands in the notes file.
 * The converter mends the student's plain-text habits by editing lines (a blank line inserted,
 * an indent replaced); a `MappedLine` remembers where each edited line came from, so every node
 * still points at the student's own line and column.
 */
export interface MappedLine {
  /** The text of the line as the parser reads it. */
  readonly text: string;
  /** Line in the notes file (1-based). An inserted blank line takes the line it stands before. */
  readonly sourceLine: number;
  /** Characters added (positive) or removed (negative) in front of the student's text. */
  readonly shift: number;
}

/**
 * The lines of a text, each mapped to itself.
 *
 * @example
 *   toMappedLines('a\nb') // [{ text: 'a', sourceLine: 1, shift: 0 }, { text: 'b', sourceLine: 2, shift: 0 }]
 */
export function toMappedLines(text: string): MappedLine[] {
  return text.split('\n').map((line, index) => ({ text: line, sourceLine: index + 1, shift: 0 }));
}

/** The text the parser reads. */
export function joinMappedLines(lines: readonly MappedLine[]): string {
  return lines.map((line) => line.text).join('\n');
}

/** Width of a line's leading whitespace, with tabs advancing to the next multiple of 4 as in CommonMark. */
export function indentWidth(text: string): number {
  return visualColumn(text, leadingWhitespace(text).length);
}

/** Number of whitespace characters at the start of a line. */
export function leadingWhitespace(text: string): string {
  return /^[ \t]*/.exec(text)?.[0] ?? '';
}

/** Visual column (0-based) of the character at `index`, with tab stops every 4 columns. */
export function visualColumn(text: string, index: number): number {
  let column = 0;
  for (let i = 0; i < index && i < text.length; i++) {
    column = text[i] === '\t' ? column + 4 - (column % 4) : column + 1;
  }
  return column;
}

/**
 * Rewrite every position in a tree parsed from `lines` so that it points into the notes file.
 * Offsets are recomputed against the notes text, whose line starts are given.
 *
 * @example
 *   notes "a\n- b\nc", mended into the lines "a", "- b", "", "c" (a blank line inserted after line 2):
 *   a node parsed at line 4 ("c") gets line 3, where the student wrote it
 */
export function remapPositions(tree: Root, lines: readonly MappedLine[], sourceLineStarts: readonly number[]): void {
  if (lines.every((line, index) => line.shift === 0 && line.sourceLine === index + 1)) return;
  const mapPoint = (point: Point): Point => {
    const mapped = lines[point.line - 1];
    if (!mapped) return point;
    const line = mapped.sourceLine;
    const column = Math.max(1, point.column - mapped.shift);
    return { line, column, offset: (sourceLineStarts[line - 1] ?? 0) + column - 1 };
  };
  visit(tree, (node) => {
    const position: Position | undefined = node.position;
    if (position) node.position = { start: mapPoint(position.start), end: mapPoint(position.end) };
  });
}

/** Offset of the first character of each line (index 0 is line 1). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) {
    starts.push(index + 1);
  }
  return starts;
}
