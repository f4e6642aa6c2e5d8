import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { unified, type Processor } from 'unified';
import type { TermFinder } from '../lib/term-matcher.ts';
import { flashcardSettings, type FlashcardSettings } from '../schemas/flashcard-settings.ts';
import remarkFlashcards, { type FlashcardOptions } from './cards/remark-flashcards.ts';
import { sideTrees } from './cards/side-trees.ts';
import remarkHighlightCode from './code.ts';
import remarkFootnotes from './footnotes.ts';
import remarkGlossaryTerms from './glossary-terms.ts';
import type { CodeHighlighter } from './highlighter.ts';
import remarkInlineHtml from './inline-html.ts';
import remarkRenderMath from './math.ts';
import remarkBlockIds from './obsidian/block-ids.ts';
import remarkCallouts from './obsidian/callouts.ts';
import remarkComments from './obsidian/comments.ts';
import remarkNoteProperties from './obsidian/frontmatter.ts';
import remarkHighlights from './obsidian/highlights.ts';
import remarkInlineTags from './obsidian/tags.ts';
import remarkNotesParse from './parse.ts';
import remarkSafeLinks from './safe-links.ts';
import remarkStudentMdx from './student-mdx.ts';
import remarkMathSyntax from './syntax/math.ts';
import remarkMdxSyntax from './syntax/mdx.ts';
import remarkObsidianSyntax from './syntax/obsidian.ts';

/** Options of {@link createNoteProcessors}. */
export interface NoteProcessorOptions {
  /** Finds the glossary's terms in text. */
  readonly findTerms: TermFinder;
  /** Highlights code blocks; without it, code stays plain. */
  readonly highlight?: CodeHighlighter | undefined;
  /** The vault's Spaced Repetition settings, which decide the flashcards its notes hold (the plugin's defaults without them). */
  readonly flashcards?: FlashcardSettings | undefined;
}

/** The note processors of a build: one for `.md` (and `.txt`) notes, one for a student's `.mdx` notes. */
export interface NoteProcessors {
  readonly markdown: Processor<Root, Root, Root>;
  readonly mdx: Processor<Root, Root, Root>;
}

/**
 * The converter's processors for one notes file, as an ordered list of unified plugins: parse
 * (CommonMark, GFM, frontmatter, formulas, Obsidian syntax, the student's plain-text habits; MDX for
 * an `.mdx` note) → properties → what a student's MDX may keep (`.mdx` only) → the flashcards the
 * student wrote (Spaced Repetition syntax, cards/remark-flashcards.ts) → comments hidden →
 * `==highlights==` → `#tags` → callouts → block ids → inline HTML → safe links → footnotes →
 * formulas rendered → code highlighted → glossary terms. Each step reports problems as vfile
 * messages at their place in the file. Frozen: one pair per build.
 *
 * @example
 *   createNoteProcessors({ findTerms }).markdown.runSync(processor.parse(file), file) // the mdast of one note
 */
export function createNoteProcessors(options: NoteProcessorOptions): NoteProcessors {
  // A flashcard's side is written like the notes, and made into a tree by the same steps (but cards).
  const renderSides = sideTrees(noteProcessor(options, false, undefined));
  const cards = { settings: options.flashcards ?? flashcardSettings.parse({}), renderSides };
  return { markdown: noteProcessor(options, false, cards), mdx: noteProcessor(options, true, cards) };
}

function noteProcessor(
  options: NoteProcessorOptions,
  mdx: boolean,
  cards: FlashcardOptions | undefined,
): Processor<Root, Root, Root> {
  const processor = unified()
    .use(remarkNotesParse)
    .use(remarkGfm)
    .use(remarkFrontmatter, ['yaml'])
    .use(remarkMathSyntax)
    .use(remarkObsidianSyntax);
  if (mdx) processor.use(remarkMdxSyntax);
  processor.use(remarkNoteProperties);
  if (mdx) processor.use(remarkStudentMdx);
  if (cards) processor.use(remarkFlashcards, cards);
  return processor
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
