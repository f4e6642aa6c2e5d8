import type { FlashcardSettings } from '../../schemas/flashcard-settings.ts';
import { clozeFinder } from './cloze-patterns.ts';

/** How a question of the notes is written (the Spaced Repetition plugin's card types). */
export type QuestionKind = 'single' | 'single-reversed' | 'multi' | 'multi-reversed' | 'cloze';

/** A question found in a note: its kind, its text as written, and its lines (1-based, inclusive). */
export interface FoundQuestion {
  readonly kind: QuestionKind;
  /** The lines of the question as written, the schedule comment included. */
  readonly text: string;
  readonly startLine: number;
  readonly endLine: number;
}

/** What the parser must not read as card syntax: lines of code and formula blocks, spans of inline code and formulas. */
export interface Protected {
  /** Lines (1-based) inside a fenced or indented code block or a `$$` formula block. */
  readonly lines: ReadonlySet<number>;
  /** Per line (1-based), the column ranges (0-based, end exclusive) of inline code and inline formulas. */
  readonly spans: ReadonlyMap<number, readonly (readonly [number, number])[]>;
}

/** The line that carries a card's schedule, as the plugin writes it after the card. */
const SCHEDULE_LINE = /^<!--SR:/;

/**
 * The questions of a note, found line by line as the Obsidian Spaced Repetition plugin finds them
 * (its `parse`, release 1.15): a card is a run of lines ended by a blank line (or by the end
 * marker, when one is set); a line with `::` (or `:::`) is a card of its own, its schedule comment
 * on the next line joining it; a line holding only `?` (or `??`) makes the run a question and an
 * answer; a run with a cloze deletion (`==hidden==` by default) is a cloze card; a card's schedule
 * comment ends it as a blank line does (its next line starts a new card). Unlike the plugin,
 * nothing inside code or a formula is card syntax (its lines still belong to the card around them),
 * an HTML comment hides only its own lines, a `::` in the answer of a multi-line card is text of
 * that answer (the plugin's later fixes), and a `Q::A` line right under a cloze makes both cards
 * (releases of the plugin keep one or the other).
 *
 * @example
 *   findQuestions(['Q::A', '', 'Q2', '?', 'A2'], settings, none)
 *   // [{ kind: 'single', text: 'Q::A', startLine: 1, endLine: 1 }, { kind: 'multi', text: 'Q2\n?\nA2', startLine: 3, endLine: 5 }]
 */
export function findQuestions(
  lines: readonly string[],
  settings: FlashcardSettings,
  guarded: Protected,
): FoundQuestion[] {
  const separators = [
    { separator: settings.singleLineReversedCardSeparator, kind: 'single-reversed' as const },
    { separator: settings.singleLineCardSeparator, kind: 'single' as const },
  ]
    .filter((entry) => entry.separator !== '')
    .sort((a, b) => b.separator.length - a.separator.length);
  const isCloze = clozeFinder(settings);
  const endMarker = settings.multilineCardEndMarker;
  const found: FoundQuestion[] = [];
  let text: string[] = [];
  let kind: QuestionKind | undefined;
  let start = 1;
  const flush = (end: number): void => {
    if (kind && text.some((line) => line.trim() !== '')) {
      found.push({ kind, text: text.join('\n').trimEnd(), startLine: start, endLine: end });
    }
    kind = undefined;
    text = [];
  };

  for (let index = 0; index < lines.length; index++) {
    const number = index + 1;
    const line = lines[index] ?? '';
    const trimmed = line.trim();
    if (guarded.lines.has(number)) {
      // Code and formula blocks belong to the card around them (blank lines too), and are never card syntax.
      if (text.length === 0) start = number;
      text.push(line.trimEnd());
      continue;
    }
    if (line.startsWith('<!--') && !SCHEDULE_LINE.test(line)) {
      // An HTML comment hides its lines (to its `-->`), and nothing else.
      while (index < lines.length && !(lines[index] ?? '').includes('-->')) index++;
      continue;
    }
    if (SCHEDULE_LINE.test(trimmed) && kind !== undefined) {
      // A card's schedule ends it, as a blank line would.
      text.push(line.trimEnd());
      flush(number);
      start = number + 1;
      continue;
    }
    const ends = endMarker !== '' && trimmed === endMarker;
    if (ends || (trimmed === '' && (endMarker === '' || kind === undefined))) {
      flush(number - 1);
      start = number + 1;
      continue;
    }
    const spans = guarded.spans.get(number) ?? [];
    if (kind === undefined || kind === 'cloze') {
      const single = separators.find((entry) => hasMarker(line, entry.separator, spans));
      if (single) {
        // A cloze written just above keeps its card (the plugin's releases differ on which of the two wins).
        flush(number - 1);
        const question = [line];
        if (SCHEDULE_LINE.test(lines[index + 1] ?? '')) question.push(lines[++index] ?? '');
        found.push({ kind: single.kind, text: question.join('\n'), startLine: number, endLine: index + 1 });
        start = index + 2;
        continue;
      }
    }
    if (text.length === 0) start = number;
    text.push(line.trimEnd());
    if (trimmed === settings.multilineCardSeparator && text.length > 1) kind = 'multi';
    else if (trimmed === settings.multilineReversedCardSeparator && text.length > 1) kind = 'multi-reversed';
    else if (kind === undefined && isCloze(line, spans)) kind = 'cloze';
  }
  flush(lines.length);
  return found;
}

/** Whether a line holds a separator outside inline code and formulas (any of its occurrences). */
function hasMarker(line: string, marker: string, spans: readonly (readonly [number, number])[]): boolean {
  for (let at = line.indexOf(marker); at !== -1; at = line.indexOf(marker, at + 1)) {
    if (!spans.some(([from, to]) => at >= from && at < to)) return true;
  }
  return false;
}
