import { VFile } from 'vfile';
import type { NotesWarning } from '../../lib/notes-error.ts';
import { CONVERSION_FAILED, failureMessage } from '../as-written.ts';

/**
 * One vfile per notes file for the steps across files (links, embeds) to report on, as unified
 * plugins do, at their place in that file; read out as warnings at the end.
 *
 * @example
 *   const messages = new FileMessages(notes); messages.of('a.md').message('no note "x"', node); messages.warnings()
 */
export class FileMessages {
  readonly #files = new Map<string, VFile>();
  readonly #notes: ReadonlyMap<string, { readonly label: string; readonly text: string }>;

  constructor(notes: readonly { readonly file: string; readonly label: string; readonly text: string }[]) {
    this.#notes = new Map(notes.map((note) => [note.file, note]));
  }

  /** The vfile of a notes file (its label and text, so messages name the file and line). */
  of(file: string): VFile {
    let vfile = this.#files.get(file);
    if (!vfile) {
      const note = this.#notes.get(file);
      vfile = new VFile({ path: note?.label ?? file, value: note?.text ?? '' });
      this.#files.set(file, vfile);
    }
    return vfile;
  }

  /**
   * A step that failed on a part of a file (a defect of the converter): reported at the part's first
   * line, and the build goes on with the part as the step found it.
   */
  failed(file: string, line: number, error: unknown, step: string): void {
    this.of(file).message(failureMessage(error, step), {
      place: { line, column: 1 },
      ruleId: CONVERSION_FAILED,
      source: 'study-notes',
    });
  }

  /** Every message so far, as warnings with `file:line:column`. */
  warnings(): NotesWarning[] {
    return [...this.#files.values()].flatMap((vfile) =>
      vfile.messages.map((message) => ({
        location: { file: String(vfile.path), line: message.line ?? 1, column: message.column ?? 1 },
        message: message.reason,
        ...(message.ruleId ? { rule: message.ruleId } : {}),
      })),
    );
  }
}
