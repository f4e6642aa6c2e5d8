import type { Root, RootContent } from 'mdast';
import type { NotesWarning } from '../lib/notes-error.ts';
import { warningCallout } from './mdx/mdx-fallback.ts';

/** The rule of the warning a step gives when it fails on a note (its text is then shown as written). */
export const CONVERSION_FAILED = 'conversion-failed';

/**
 * A note's text as written, one paragraph per run of lines between blank lines, each line kept (text
 * only: nothing of it is markup, so nothing is lost and nothing runs). What a page shows when a step
 * of the converter fails on its note, after a notice that says so.
 *
 * @example
 *   asWritten('a\nb\n\nc', 'notes/a.md', 'x failed').children.length // 3 (the notice and two paragraphs)
 */
export function asWritten(text: string, label: string, reason: string, firstLine = 1): Root {
  const children: RootContent[] = [notice(label, reason)];
  let run: { start: number; lines: string[] } | undefined;
  const close = (end: number): void => {
    if (!run) return;
    children.push({
      type: 'paragraph',
      children: [{ type: 'text', value: run.lines.join('\n') }],
      position: {
        start: { line: run.start, column: 1 },
        end: { line: end, column: (run.lines.at(-1)?.length ?? 0) + 1 },
      },
    });
    run = undefined;
  };
  text.split('\n').forEach((line, index) => {
    const number = firstLine + index;
    if (line.trim() === '') return close(number - 1);
    run ??= { start: number, lines: [] };
    run.lines.push(line);
  });
  close(firstLine + text.split('\n').length - 1);
  return { type: 'root', children };
}

/** The warning for a step that failed on a note, at the place the error names (else the note's first line). */
export function failureWarning(label: string, error: unknown, step: string, line = 1, column = 1): NotesWarning {
  const place = error as { line?: unknown; column?: unknown };
  return {
    location: {
      file: label,
      line: typeof place?.line === 'number' ? place.line : line,
      column: typeof place?.column === 'number' ? place.column : column,
    },
    message: failureMessage(error, step),
    rule: CONVERSION_FAILED,
  };
}

/** What a warning says of a step that failed on a note. */
export function failureMessage(error: unknown, step: string): string {
  return `could not ${step} (${reasonOf(error)}); it is shown as written. Please report this note to the site's developers`;
}

/** An error's message, without a stack. */
export function reasonOf(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

function notice(label: string, reason: string): RootContent {
  return warningCallout(
    'This note is shown as written',
    `The site could not convert it (${reason}, ${label}). Its text follows, line by line.`,
  );
}
