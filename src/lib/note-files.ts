/** File name endings read as notes (a link may leave them out): Markdown, a student's MDX, plain text. */
export const NOTE_EXTENSIONS = ['.md', '.mdx', '.markdown', '.txt'] as const;

/** The ending of a notes file, if it has one of {@link NOTE_EXTENSIONS}. */
const NOTE_ENDING = /\.(?:md|mdx|markdown|txt)$/i;

/**
 * Whether a path names a notes file, by its ending.
 *
 * @example
 *   isNoteFile('Course/Lecture 3.1.md') // true
 *   isNoteFile('Lecture 3.1')           // false
 */
export function isNoteFile(path: string): boolean {
  return NOTE_ENDING.test(path);
}

/** File name endings Obsidian reads as notes in a vault (and the site's own `.mdx`): anything else there is an attachment. */
export const VAULT_NOTE_EXTENSIONS = ['.md', '.mdx'] as const;

/**
 * Whether a path names a notes file of a folder: in an Obsidian vault (a folder with `.obsidian/`),
 * `.md` and `.mdx` files, as Obsidian has it (a `.txt` there is an attachment); elsewhere, any of
 * {@link NOTE_EXTENSIONS} (students keep notes in plain `.txt` files too).
 *
 * @example
 *   isNoteOf('notes.txt', false) // true
 *   isNoteOf('notes.txt', true)  // false
 */
export function isNoteOf(path: string, vault: boolean): boolean {
  return vault ? /\.mdx?$/i.test(path) : isNoteFile(path);
}

/**
 * A path without its notes ending: `Course/Lecture 1.md` → `Course/Lecture 1`.
 *
 * @example
 *   withoutNoteEnding('Course/Lecture 3.1.mdx') // 'Course/Lecture 3.1'
 */
export function withoutNoteEnding(path: string): string {
  return path.replace(NOTE_ENDING, '');
}

/**
 * A note's name as Obsidian shows it: its file name without folder and ending.
 *
 * @example
 *   noteName('Course/Lecture 3.1.md') // 'Lecture 3.1'
 */
export function noteName(path: string): string {
  const name = path.split('/').at(-1) ?? path;
  return withoutNoteEnding(name) || name;
}
