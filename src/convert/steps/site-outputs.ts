import { toString } from 'mdast-util-to-string';
import { detectLanguage } from '../../lib/language.ts';
import type { GlossaryEntry } from '../../schemas/glossary.ts';
import type { ParsedNote } from '../note-file.ts';
import { textsOf, vocabularyOf } from '../vocabulary.ts';
import type { PageDraft } from './page-draft.ts';

/** What the whole site needs of all the pages at once. */
export interface SiteOutputs {
  /** Every word of the pages and the glossary's names, most frequent first (spelling help for search). */
  readonly vocabulary: string[];
  /** The CSS declarations the site's formulas need. */
  readonly mathDeclarations: string[];
}

/**
 * The language most of the notes are written in (the site's), told from their text as the student
 * wrote it: before links and embeds change the trees.
 *
 * @example
 *   siteLanguage(notes, 'en') // 'en'
 */
export function siteLanguage(notes: readonly ParsedNote[], defaultLanguage: string): string {
  const allText = notes.flatMap((note) => note.tree.children.map((node) => toString(node)));
  return detectLanguage(allText.join(' '), defaultLanguage);
}

/**
 * Step 7, across pages: the vocabulary search corrects spelling from, and the declarations of the
 * formulas' stylesheet.
 *
 * @example
 *   siteOutputs(notes, drafts, glossary) // { vocabulary: ['access', 'iam', …], mathDeclarations: [] }
 */
export function siteOutputs(
  notes: readonly ParsedNote[],
  drafts: readonly PageDraft[],
  glossary: readonly GlossaryEntry[],
): SiteOutputs {
  const ownNodes = drafts.flatMap((draft) => draft.sections.flatMap((section) => section.nodes));
  const vocabulary = vocabularyOf([
    ...drafts.map((draft) => draft.title),
    ...textsOf(ownNodes),
    ...glossary.flatMap((entry) => [entry.name, ...entry.short, ...entry.aliases]),
  ]);
  return {
    vocabulary,
    mathDeclarations: [...new Set(notes.flatMap((note) => note.mathDeclarations))].sort(),
  };
}
