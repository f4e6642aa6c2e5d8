import type { NotesWarning } from '../lib/notes-error.ts';

/** What the converter found wrong with the links and embeds of the notes, as the linter reports it. */
export interface LinkFinding {
  /** The notes file, as the build names it. */
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly rule: string;
  readonly message: string;
}

/** The kinds of warning about links: a note or heading not found, a missing file, an ambiguous name. */
const LINK_RULES: ReadonlySet<string> = new Set([
  'unresolved-link',
  'unresolved-heading',
  'missing-file',
  'ambiguous-link',
  'link-to-file',
  'not-an-image',
]);

/**
 * The converter's warnings about links (`[[wikilinks]]`, Markdown links between notes, images and
 * embeds), as linter findings in file and line order. The converter resolves links exactly as the
 * site does, so the linter reports what the site would show as unresolved.
 *
 * @example
 *   linkFindings(convertNotes(files, options).warnings)
 *   // [{ file: 'notes/Index.md', line: 3, column: 1, rule: 'unresolved-link', message: 'no note "X" in these notes; …' }]
 */
export function linkFindings(warnings: readonly NotesWarning[]): LinkFinding[] {
  return warnings
    .filter((warning) => warning.rule !== undefined && LINK_RULES.has(warning.rule) && warning.location)
    .map((warning) => ({
      file: warning.location?.file ?? '',
      line: warning.location?.line ?? 1,
      column: warning.location?.column ?? 1,
      rule: warning.rule ?? '',
      message: warning.message,
    }))
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
}
