import { parseNote, type NoteProcessors, type NotesSource, type ParsedNote } from '../note-file.ts';
import type { ConvertOptions } from '../types.ts';

/**
 * Step 1, per notes file: what the note processor makes of each file (note-file.ts), taken from the
 * cache when the file's bytes and the options are those of an earlier build, so that a rebuild
 * after editing one note processes one note. The notes are the caller's to change (the later steps
 * resolve links and fill embeds in their trees).
 *
 * @example
 *   readNotes([{ file: 'a.md', label: 'notes/a.md', bytes }], processors, cache) // { notes: [{ file: 'a.md', tree, … }], fromCache: 0 }
 */
export function readNotes(
  files: readonly NotesSource[],
  processors: NoteProcessors,
  cache: ConvertOptions['cache'],
): { notes: ParsedNote[]; fromCache: number } {
  let fromCache = 0;
  const notes = files.map((source) => {
    const key = cache?.key(source);
    const known = key === undefined ? undefined : cache?.store.get(key);
    if (known) {
      fromCache += 1;
      return known;
    }
    const note = parseNote(source, processors);
    if (key !== undefined) cache?.store.set(key, note);
    return note;
  });
  return { notes, fromCache };
}
