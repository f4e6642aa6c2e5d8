import type { NotesWarning } from '../lib/notes-error.ts';

/** The text of one notes file, ready to parse, with what was mended on the way. */
export interface SourceText {
  /** The notes as text: no byte order mark, every line ending a plain `\n`. */
  text: string;
  warnings: NotesWarning[];
}

/** One decoder for every file (making one costs more than decoding a note). */
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const UTF8_MENDING = new TextDecoder('utf-8', { ignoreBOM: false });
/** What Notepad and older editors on Windows save as "ANSI" in Western Europe and the Americas. */
const WINDOWS_1252 = new TextDecoder('windows-1252');

/**
 * Decode a notes file's bytes into text the parser can read, without changing a word.
 * A byte order mark is dropped (UTF-16 files, with theirs, are read as UTF-16); CRLF and CR line
 * endings become `\n` (line numbers stay the same); NUL characters, which no page can show,
 * become U+FFFD as CommonMark prescribes, with a warning at each. A file that is not UTF-8 is still
 * read, with a warning at its first bad byte: as Windows-1252 when nothing in it is UTF-8 (a file
 * saved as "ANSI"), else as UTF-8 with each bad byte shown as �.
 *
 * @example
 *   decodeNotes(Buffer.from('\uFEFFa\r\nb'), 'n.md').text // "a\nb"
 */
export function decodeNotes(bytes: Uint8Array, file: string): SourceText {
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : '';
  if (utf16) return normaliseText(new TextDecoder(utf16).decode(bytes), file);
  try {
    return normaliseText(UTF8.decode(bytes), file);
  } catch {
    const location = { file, ...firstInvalidUtf8(bytes) };
    const mended = UTF8_MENDING.decode(bytes);
    // Letters beyond ASCII that are valid UTF-8: a UTF-8 file with a few bad bytes, not an "ANSI" one.
    const partlyUtf8 = /[^\u0000-\u007f\ufeff\ufffd]/.test(mended);
    const decoded = normaliseText(partlyUtf8 ? mended : WINDOWS_1252.decode(bytes), file);
    decoded.warnings.unshift({
      location,
      message: partlyUtf8
        ? 'this file is not all UTF-8 text: what is not is shown as �; save the notes file as UTF-8 (plain text)'
        : 'this file is not UTF-8 text: it is read as Windows-1252 (Western European); check its accents, and save it as UTF-8 (plain text)',
      rule: 'not-utf-8',
    });
    return decoded;
  }
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
