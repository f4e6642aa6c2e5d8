import { NotesError, type NotesWarning } from '../lib/notes-error.ts';

/** The text of one notes file, ready to parse, with what was mended on the way. */
export interface SourceText {
  /** The notes as text: no byte order mark, every line ending a plain `\n`. */
  text: string;
  warnings: NotesWarning[];
}

/** One decoder for every file (making one costs more than decoding a note). */
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Decode a notes file's bytes into text the parser can read, without changing a word.
 * Invalid UTF-8 is an error at its exact line and column; a byte order mark is dropped; CRLF and
 * CR line endings become `\n` (line numbers stay the same); NUL characters, which no page can show,
 * become U+FFFD as CommonMark prescribes, with a warning at each.
 *
 * @example
 *   decodeNotes(Buffer.from('\uFEFFa\r\nb'), 'n.md').text // "a\nb"
 */
export function decodeNotes(bytes: Uint8Array, file: string): SourceText {
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    const { line, column } = firstInvalidUtf8(bytes);
    throw new NotesError(
      { file, line, column },
      'this is not UTF-8 text; save the notes file as UTF-8 (plain text) and build again',
    );
  }
  return normaliseText(text, file);
}

/** Line endings and NUL characters, for text that is already decoded. See {@link decodeNotes}. */
function normaliseText(raw: string, file: string): SourceText {
  const warnings: NotesWarning[] = [];
  const text = (raw.startsWith('\uFEFF') ? raw.slice(1) : raw).replace(/\r\n?/g, '\n');
  if (!text.includes('\0')) return { text, warnings };
  const lines = text.split('\n');
  lines.forEach((line, index) => {
    let column = line.indexOf('\0');
    while (column !== -1) {
      warnings.push({
        location: { file, line: index + 1, column: column + 1 },
        message: 'a NUL character cannot be shown on a page; it is shown as �',
      });
      column = line.indexOf('\0', column + 1);
    }
  });
  return { text: text.replaceAll('\0', '\uFFFD'), warnings };
}

/** Line and column (1-based, in characters) of the first byte that is not valid UTF-8. */
function firstInvalidUtf8(bytes: Uint8Array): { line: number; column: number } {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let column = 1;
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index] ?? 0;
    const length = byte < 0x80 ? 1 : byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc2 ? 2 : 0;
    if (length === 0 || index + length > bytes.length) break;
    try {
      decoder.decode(bytes.subarray(index, index + length));
    } catch {
      break;
    }
    if (byte === 0x0a) {
      line += 1;
      column = 1;
    } else column += 1;
    index += length;
  }
  return { line, column };
}
