import type { NotesWarning } from '../lib/notes-error.ts';
import type { FlashcardSettings } from '../schemas/flashcard-settings.ts';
import type { GlossaryEntry } from '../schemas/glossary.ts';
import type { TopicEntry } from '../schemas/topic-map.ts';
import type { TopicPage } from '../schemas/topic-page.ts';
import type { PageImage } from './emit-mdx.ts';
import type { CodeHighlighter } from './highlighter.ts';
import type { NotesSource, ParsedNote } from './note-file.ts';

/** Keeps what the per-file steps made of a file, by a key of its content and the options (a rebuild converts only what changed). */
export interface NoteCache {
  /** The note kept under a key, as a fresh copy the converter may change (the later steps fill in links and embeds). */
  get(key: string): ParsedNote | undefined;
  set(key: string, note: ParsedNote): void;
}

/** Options of the converter (pipeline.ts). */
export interface ConvertOptions {
  /** The topic map (`topics.yaml`), in reading order: it cuts a notes file of several topics into pages. */
  readonly topics: readonly TopicEntry[];
  /** Slugs the site uses for its own pages. */
  readonly reservedSlugs: ReadonlySet<string>;
  /** Path of the topic map shown in messages. */
  readonly topicMapLabel: string;
  /** The glossary (`glossary.yaml`): its terms are marked wherever the notes mention them. */
  readonly glossary: readonly GlossaryEntry[];
  /** The glossary's `prefixes` (a vendor's name, say), which search needs not add at a mention. */
  readonly glossaryPrefixes?: readonly string[];
  /** Language assumed for notes in the Latin script, whose language their script cannot tell. */
  readonly defaultLanguage: string;
  /** The site's base path, ending in `/` (links between pages are written with it). */
  readonly base?: string;
  /** The files of the notes folder that are not notes (images and other attachments), relative to it. */
  readonly attachments?: readonly string[];
  /**
   * The path a page's MDX file imports an image of the notes folder from, given the page's address
   * (the build glue knows where both are written); by default `../images/<the file's path>`.
   */
  readonly imageSource?: ((attachment: string, slug: string) => string) | undefined;
  /** Highlights code blocks at build time; without it, code stays plain. */
  readonly highlight?: CodeHighlighter | undefined;
  /** The vault's Spaced Repetition settings (its plugin's `data.json`), which decide its flashcards. */
  readonly flashcards?: FlashcardSettings | undefined;
  /** What the per-file steps made of files before, by content (and a `key` for these options). */
  readonly cache?: { readonly store: NoteCache; readonly key: (source: NotesSource) => string } | undefined;
}

/** One generated page: its MDX (frontmatter, notes, components), the site's data about it, and the images it imports. */
export interface ConvertedTopic {
  /** The site's data about the page: address, order, outline, cards, links (the `topics` collection). */
  readonly frontmatter: TopicPage;
  /** The page as MDX, rendered by @astrojs/mdx (the `pages` collection). */
  readonly mdx: string;
  /** The images the page's MDX imports. */
  readonly images: PageImage[];
  /** The files of the notes folder the page's flashcards show (by the N of their `<!--card-image:N-->`). */
  readonly cardImages: string[];
}

/** What the converter makes of a notes folder. */
export interface ConversionResult {
  readonly topics: ConvertedTopic[];
  readonly warnings: NotesWarning[];
  /** The language most of the notes are written in: the site's language. */
  readonly language: string;
  /** How many notes files came from the cache (the others were converted). */
  readonly fromCache: number;
  /** Every word of the pages and the glossary names, most frequent first (spelling help for search). */
  readonly vocabulary: string[];
  /** The CSS declarations the site's formulas need (lib/math-classes.ts). */
  readonly mathDeclarations: string[];
}
