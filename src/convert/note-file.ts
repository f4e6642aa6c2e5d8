import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { unified, type Processor } from 'unified';
import { VFile } from 'vfile';
import type { TermFinder } from '../lib/term-matcher.ts';
import { NotesError, type NotesWarning } from '../lib/notes-error.ts';
import remarkHighlightCode from './code.ts';
import remarkFootnotes from './footnotes.ts';
import remarkGlossaryTerms from './glossary-terms.ts';
import type { CodeHighlighter } from './highlighter.ts';
import remarkInlineHtml from './inline-html.ts';
import remarkRenderMath from './math.ts';
import remarkBlockIds from './obsidian/block-ids.ts';
import remarkCallouts from './obsidian/callouts.ts';
import remarkComments from './obsidian/comments.ts';
import remarkNoteProperties, { type NoteProperties } from './obsidian/frontmatter.ts';
import remarkHighlights from './obsidian/highlights.ts';
import remarkInlineTags from './obsidian/tags.ts';
import remarkNotesParse from './parse.ts';
import remarkSafeLinks from './safe-links.ts';
import { decodeNotes } from './source-text.ts';
import remarkMathSyntax from './syntax/math.ts';
import remarkObsidianSyntax from './syntax/obsidian.ts';

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
  /** Warnings about this file, with their place in it. */
  readonly warnings: NotesWarning[];
}

/** Options of {@link createNoteProcessor}. */
export interface NoteProcessorOptions {
  /** Finds the glossary's terms in text. */
  readonly findTerms: TermFinder;
  /** Highlights code blocks; without it, code stays plain. */
  readonly highlight?: CodeHighlighter | undefined;
}

/**
 * The converter's processor for one notes file, as an ordered list of unified plugins: parse
 * (CommonMark, GFM, frontmatter, formulas, Obsidian syntax, the student's plain-text habits) →
 * properties → comments hidden → `==highlights==` → `#tags` → callouts → block ids → inline HTML →
 * safe links → footnotes → formulas rendered → code highlighted → glossary terms. Each step reports
 * problems as vfile messages at their place in the file. Frozen: one per build.
 *
 * @example
 *   createNoteProcessor({ findTerms }).runSync(processor.parse(file), file) // the mdast of one note
 */
export function createNoteProcessor(options: NoteProcessorOptions): Processor<Root, Root, Root> {
  return unified()
    .use(remarkNotesParse)
    .use(remarkGfm)
    .use(remarkFrontmatter, ['yaml'])
    .use(remarkMathSyntax)
    .use(remarkObsidianSyntax)
    .use(remarkNoteProperties)
    .use(remarkComments)
    .use(remarkHighlights)
    .use(remarkInlineTags)
    .use(remarkCallouts)
    .use(remarkBlockIds)
    .use(remarkInlineHtml)
    .use(remarkSafeLinks)
    .use(remarkFootnotes)
    .use(remarkRenderMath)
    .use(remarkHighlightCode, { highlight: options.highlight })
    .use(remarkGlossaryTerms, { find: options.findTerms })
    .freeze() as unknown as Processor<Root, Root, Root>;
}

/**
 * Decode and process one notes file. A file that is not UTF-8 is an error at its place; anything
 * else the steps find is a warning.
 *
 * @example
 *   parseNote({ file: 'a.md', label: 'notes/a.md', bytes }, processor) // { tree, properties, warnings, … }
 */
export function parseNote(source: NotesSource, processor: Processor<Root, Root, Root>): ParsedNote {
  const { text, warnings } = decodeNotes(source.bytes, source.label);
  const file = new VFile({ path: source.label, value: text });
  let tree: Root;
  try {
    tree = processor.runSync(processor.parse(file), file);
  } catch (error) {
    if (error instanceof NotesError) throw error;
    throw new NotesError({ file: source.label, line: 1, column: 1 }, `could not convert this file: ${String(error)}`);
  }
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
    warnings,
  };
}
