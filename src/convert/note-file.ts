import type { Root } from 'mdast';
import type { Processor } from 'unified';
import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import type { NotesWarning } from '../lib/notes-error.ts';
import { asWritten, failureWarning, reasonOf } from './as-written.ts';
import { brokenMdxNotice, mdxRunFailure, type MdxFailure } from './mdx/mdx-fallback.ts';
import type { AuthoredQuestion } from './cards/remark-flashcards.ts';
import type { NoteProcessors } from './note-processors.ts';
import type { NoteProperties } from './obsidian/frontmatter.ts';
import { decodeNotes } from './source-text.ts';

export type { NoteProcessors } from './note-processors.ts';

/** One notes file to convert. */
export interface NotesSource {
  /** Path relative to the notes folder, with `/`, such as `Course/Lecture 1.md`. */
  readonly file: string;
  /** Path shown in messages, such as `content/notes/Course/Lecture 1.md`. */
  readonly label: string;
  readonly bytes: Uint8Array;
}

/** A notes file after the steps that need no other file: plain data, so it can be cached by content. */
export interface ParsedNote {
  readonly file: string;
  readonly label: string;
  /** The decoded text (line counts and the source of formulas come from it). */
  readonly text: string;
  readonly tree: Root;
  readonly properties: NoteProperties;
  /** `#tags` of the text. */
  readonly inlineTags: string[];
  /** Declarations the note's formulas need (lib/math-classes.ts). */
  readonly mathDeclarations: string[];
  /** The flashcards the student wrote in the note (Spaced Repetition syntax). */
  readonly flashcards: AuthoredQuestion[];
  /** Warnings about this file, with their place in it. */
  readonly warnings: NotesWarning[];
}

/**
 * Decode and process one notes file (a file that is not UTF-8 is read with a warning); anything
 * the steps find is a warning, and a step that fails shows the note as written, with a warning. A student's `.mdx` note whose MDX cannot be read, or whose code
 * would fail the build, is read as Markdown instead (its text shown as written) under a notice that
 * says why, with a warning at the place.
 *
 * @example
 *   parseNote({ file: 'a.md', label: 'notes/a.md', bytes }, processors) // { tree, properties, warnings, … }
 */
export function parseNote(source: NotesSource, processors: NoteProcessors): ParsedNote {
  const { text, warnings } = decodeNotes(source.bytes, source.label);
  if (/\.mdx$/i.test(source.file)) {
    const attempt = process(text, source, processors.mdx, true);
    const failure = 'failure' in attempt ? attempt.failure : mdxRunFailure(attempt, source);
    if (!failure) return parsed(source, text, attempt as Processed, warnings);
    warnings.push({
      location: { file: source.label, line: failure.line, column: failure.column },
      message: `this MDX cannot be used (${failure.reason}); the note is shown as text, under a notice`,
      rule: 'broken-mdx',
    });
    const fallback = asMarkdown(text, source, processors, warnings);
    fallback.tree.children.unshift(brokenMdxNotice(failure, source.label));
    return parsed(source, text, fallback, warnings);
  }
  return parsed(source, text, asMarkdown(text, source, processors, warnings), warnings);
}

/**
 * A note read as Markdown; if the converter fails on it (a defect of ours, never the student's), its
 * text as written under a notice, with a warning at the place: one note never fails the build.
 */
function asMarkdown(
  text: string,
  source: NotesSource,
  processors: NoteProcessors,
  warnings: NotesWarning[],
): Processed {
  try {
    return process(text, source, processors.markdown, false) as Processed;
  } catch (error) {
    warnings.push(failureWarning(source.label, error, 'convert this note'));
    return {
      tree: asWritten(text, source.label, reasonOf(error)),
      file: new VFile({ path: source.label, value: text }),
    };
  }
}

/** A note as its processor made it. */
interface Processed {
  readonly tree: Root;
  readonly file: VFile;
}

/**
 * Run a processor over a note's text. An error of the MDX parser (a student's MDX that is not
 * valid) is returned with its place; any other error is thrown.
 */
function process(
  text: string,
  source: NotesSource,
  processor: Processor<Root, Root, Root>,
  mdx: boolean,
): Processed | { failure: MdxFailure } {
  const file = new VFile({ path: source.label, value: text, data: { notePath: source.file } });
  try {
    return { tree: processor.runSync(processor.parse(file), file), file };
  } catch (error) {
    if (mdx && error instanceof VFileMessage) {
      // Some of the MDX parser's messages carry their place only in their text: "… (3:1-3:22)".
      const written = /\((\d+):(\d+)(?:-\d+:\d+)?\)/.exec(error.reason);
      const line = error.line ?? Number(written?.[1] ?? 1);
      const column = error.column ?? Number(written?.[2] ?? 1);
      return { failure: { reason: error.reason, line, column } };
    }
    throw error;
  }
}

function parsed(source: NotesSource, text: string, { tree, file }: Processed, warnings: NotesWarning[]): ParsedNote {
  for (const message of file.messages) {
    warnings.push({
      location: { file: source.label, line: message.line ?? 1, column: message.column ?? 1 },
      message: message.reason,
      ...(message.ruleId ? { rule: message.ruleId } : {}),
    });
  }
  return {
    file: source.file,
    label: source.label,
    text,
    tree,
    properties: file.data.properties ?? { aliases: [], tags: [] },
    inlineTags: file.data.inlineTags ?? [],
    mathDeclarations: file.data.mathDeclarations ?? [],
    flashcards: file.data.flashcards ?? [],
    warnings,
  };
}
