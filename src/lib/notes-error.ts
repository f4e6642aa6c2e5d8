/** Where in a notes file something happened: 1-based line and column. */
export interface NotesLocation {
  /** Path of the notes file as the student knows it, such as `content/notes/aws-security.md`. */
  file: string;
  line: number;
  column: number;
}

/**
 * A notes file that cannot be converted. The message reads `file:line:column: reason`, the form
 * editors and terminals turn into a link to the spot.
 *
 * @example
 *   new NotesError({ file: 'content/notes/a.md', line: 3, column: 7 }, 'the file is not UTF-8 text')
 *   // message: "content/notes/a.md:3:7: the file is not UTF-8 text"
 */
export class NotesError extends Error {
  readonly location: NotesLocation;
  readonly reason: string;

  constructor(location: NotesLocation, reason: string) {
    super(`${formatLocation(location)}: ${reason}`);
    this.name = 'NotesError';
    this.location = location;
    this.reason = reason;
  }
}

/** A problem worth telling the student about that does not stop the build. */
export interface NotesWarning {
  location?: NotesLocation;
  message: string;
  /** What kind of problem it is, for tools that pick some (the notes linter: `unresolved-link`). */
  rule?: string;
}

/** `file:line:column`, the location format of compilers and linters. */
function formatLocation(location: NotesLocation): string {
  return `${location.file}:${location.line}:${location.column}`;
}

/** A warning as one printable line. */
export function formatWarning(warning: NotesWarning): string {
  return warning.location ? `${formatLocation(warning.location)}: ${warning.message}` : warning.message;
}
