import { aliasMatchers } from '../lib/alias-match.ts';
import { abbreviationsIn } from './abbreviations.ts';
import { readableText } from './readable-text.ts';
import type { NotesWarning } from '../lib/notes-error.ts';
import { findTerms } from '../lib/term-matcher.ts';
import type { NotesSource } from './note-file.ts';
import { createNoteProcessors } from './note-processors.ts';
import { placePages } from './steps/addresses.ts';
import { uniqueCardIds } from './steps/card-ids.ts';
import { embedNotes } from './steps/embed-notes.ts';
import { FileMessages } from './steps/file-messages.ts';
import { linkPages } from './steps/link-graph.ts';
import { writePages } from './steps/page-output.ts';
import { planPages } from './steps/plan-pages.ts';
import { readNotes } from './steps/read-notes.ts';
import { siteLanguage, siteOutputs } from './steps/site-outputs.ts';
import type { ConversionResult, ConvertOptions } from './types.ts';

export type { NotesSource } from './note-file.ts';
export type { ConversionResult, ConvertedTopic, ConvertOptions, NoteCache } from './types.ts';

/**
 * The converter, in the order the data flows:
 * 1. per notes file, cached by content: the note processor (note-file.ts: parse, properties,
 *    comments, highlights, tags, callouts, block ids, inline HTML, safe links, footnotes, formulas,
 *    code, glossary terms) — steps/read-notes.ts;
 * 2. the pages: which files are cut into topics and which are one page each — steps/plan-pages.ts;
 * 3. their addresses and heading ids — steps/addresses.ts;
 * 4. the links between notes, and who links to whom — steps/link-graph.ts;
 * 5. embedded notes filled in — steps/embed-notes.ts;
 * 6. per page: anchors, cards, summary, language, its MDX and data — steps/page-output.ts;
 * 7. what the whole site needs: one id per card — steps/card-ids.ts; vocabulary, formula
 *    styles — steps/site-outputs.ts (and its
 *    language, told from the notes as written, right after step 1).
 * Pure: reads nothing and writes nothing; the build glue passes bytes in and writes pages out.
 * A newcomer adding an Obsidian feature adds one plugin to note-file.ts (and one fixture).
 *
 * @example
 *   convertNotes([{ file: 'aws.md', label: 'content/notes/aws.md', bytes }], options)
 *   // { topics: [{ frontmatter: { title: 'IAM', slug: 'iam', … }, mdx: '---\ntitle: IAM…', images: [] }, …], warnings: [] }
 */
export function convertNotes(files: readonly NotesSource[], options: ConvertOptions): ConversionResult {
  const processors = createNoteProcessors({
    findTerms: findTerms(options.glossary),
    highlight: options.highlight,
    flashcards: options.flashcards,
  });
  const { notes, fromCache } = readNotes(files, processors, options.cache);
  const language = siteLanguage(notes, options.defaultLanguage);
  const warnings: NotesWarning[] = notes.flatMap((note) => note.warnings);
  const labels = new Map(notes.map((note) => [note.file, note.label]));

  const drafts = planPages(
    notes,
    {
      topics: options.topics,
      matchers: aliasMatchers(options.topics),
      reservedSlugs: options.reservedSlugs,
      topicMapLabel: options.topicMapLabel,
    },
    warnings,
  );
  const paths = placePages(drafts, options.reservedSlugs, (message, file) =>
    warnings.push({ location: { file: labels.get(file) ?? file, line: 1, column: 1 }, message }),
  );
  const messages = new FileMessages(notes);
  const backlinks = linkPages(
    drafts,
    notes,
    { base: options.base ?? '/', attachments: options.attachments ?? [] },
    messages,
  );
  embedNotes(drafts, messages);
  warnings.push(...messages.warnings());

  const topics = writePages(
    drafts,
    {
      notes,
      paths,
      backlinks,
      glossary: options.glossary,
      glossaryPrefixes: options.glossaryPrefixes,
      defaultLanguage: options.defaultLanguage,
      imageSource: options.imageSource ?? defaultImageSource,
      abbreviations: abbreviationsIn(notes.map((note) => readableText(note.tree))),
    },
    warnings,
  );
  uniqueCardIds(topics);
  return { topics, warnings, language, fromCache, ...siteOutputs(notes, drafts, options.glossary) };
}

/** Where a page imports an image from, when the build glue does not say: `../images/<the file's path>`. */
function defaultImageSource(attachment: string): string {
  return `../images/${attachment.split('/').map(encodeURIComponent).join('/')}`;
}
