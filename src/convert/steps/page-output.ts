import type { Nodes, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { detectLanguage } from '../../lib/language.ts';
import { sourceSummary } from '../../lib/navigation.ts';
import { NotesError, type NotesWarning } from '../../lib/notes-error.ts';
import { cardFileOf } from '../../lib/study-data.ts';
import { summarise } from '../../lib/summary.ts';
import { namesToIndex } from '../../lib/term-names.ts';
import type { GlossaryEntry } from '../../schemas/glossary.ts';
import type { FolderRef, PageRef, SectionSource } from '../../schemas/topic-page.ts';
import { otherForms, type Abbreviations } from '../abbreviations.ts';
import { markAnchors } from '../anchors.ts';
import { asWritten, failureWarning, reasonOf } from '../as-written.ts';
import { levelHeadings } from '../heading-levels.ts';
import { readableText } from '../readable-text.ts';
import { authoredCards, authoredNodes } from '../cards/authored-cards.ts';
import { emitPageMdx } from '../emit-mdx.ts';
import type { ParsedNote } from '../note-file.ts';
import type { Section } from '../sections.ts';
import type { SitePaths } from '../site-paths.ts';
import { studyCards } from '../study-cards.ts';
import type { ConvertedTopic } from '../types.ts';
import { visit } from '../walk.ts';
import type { PageDraft } from './page-draft.ts';

/** What writing the pages needs to know of the whole notes folder. */
export interface OutputContext {
  readonly notes: readonly ParsedNote[];
  /** The folders' addresses (addresses.ts). */
  readonly paths: SitePaths;
  /** The pages that link to each page (link-graph.ts). */
  readonly backlinks: ReadonlyMap<string, PageRef[]>;
  readonly glossary: readonly GlossaryEntry[];
  readonly glossaryPrefixes: readonly string[] | undefined;
  readonly defaultLanguage: string;
  /** The path a page's MDX imports an image from, given the page's address. */
  readonly imageSource: (attachment: string, slug: string) => string;
  /** The abbreviations the notes spell out (abbreviations.ts). */
  readonly abbreviations: Abbreviations;
}

/**
 * Step 6, per page: its heading levels (heading-levels.ts), its anchors (key terms, key points,
 * mentions: anchors.ts), its study cards, summary, language and search names, where in the notes it
 * comes from, and its MDX (emit-mdx.ts), with the site's data about it beside. A page the converter fails to write shows its text as written, with a
 * warning at its first line (only a failure on that plain text is an error).
 *
 * @example
 *   writePages(drafts, context)[0] // { frontmatter: { title: 'IAM', slug: 'iam', outline, cards, … }, mdx: '---\ntitle: IAM…', images: [] }
 */
export function writePages(
  drafts: readonly PageDraft[],
  context: OutputContext,
  warnings: NotesWarning[],
): ConvertedTopic[] {
  const glossary = new Map(context.glossary.map((entry) => [entry.id, entry]));
  const searchNames = (id: string, text: string): string[] => {
    const entry = glossary.get(id);
    return entry ? namesToIndex(entry, text, context.glossaryPrefixes) : [];
  };
  const termName = (id: string): string | undefined => glossary.get(id)?.name;
  const notesByFile = new Map(context.notes.map((note) => [note.file, note]));
  const lineCounts = new Map(context.notes.map((note) => [note.file, nonBlankLinesCounter(note.text)]));
  const inCourse = new Map<string, number>();
  return drafts.map((draft, index): ConvertedTopic => {
    const folders = context.paths
      .trail(draft.folder)
      .map((folder): FolderRef => ({ slug: folder.slug, title: folder.title }));
    const course = folders[0]?.slug ?? '';
    const indexInCourse = inCourse.get(course) ?? 0;
    inCourse.set(course, indexInCourse + 1);
    const write = (written: RootContent[]): ConvertedTopic => {
      const nodes = levelHeadings(written);
      const { outline, mentions, keyPoints } = markAnchors(nodes, { searchNames });
      const sections = draft.sections.map((section): SectionSource => ({
        file: section.file,
        startLine: section.startLine,
        endLine: section.endLine,
        lines: lineCounts.get(section.file)?.(section) ?? 0,
      }));
      const summary = draft.summary ?? summaryOf(nodes, draft.title);
      const authored = authoredCards(draft, notesByFile);
      const generated = studyCards(nodes, keyPoints, {
        topic: draft.slug,
        title: draft.title,
        termName,
        authored: (
          (own) => (node: Nodes) =>
            own.has(node)
        )(authoredNodes(draft, notesByFile)),
      });
      // The student's own cards first.
      const cards = [...authored.cards, ...generated];
      const emitted = emitPageMdx(
        {
          title: draft.title,
          summary,
          course: folders.map((folder) => folder.title).join(' › ') || undefined,
          tags: draft.tags,
          aliases: draft.aliases,
          source: sourceSummary(sections).text,
        },
        nodes,
        { imageSource: (attachment) => context.imageSource(attachment, draft.slug) },
      );
      return {
        frontmatter: {
          title: draft.title,
          slug: draft.slug,
          order: index + 1,
          summary,
          lang: detectLanguage(nodes.map((node) => toString(node)).join(' '), context.defaultLanguage),
          folders,
          tags: draft.tags,
          sections,
          outline,
          mentions,
          keyPoints,
          cards,
          cardImages: authored.images.map((image) => ({
            src: context.imageSource(image.attachment, draft.slug),
            alt: image.alt,
            ...(image.width ? { width: image.width } : {}),
          })),
          cardFile: cardFileOf(course, indexInCourse),
          backlinks: context.backlinks.get(draft.key) ?? [],
          searchNames: searchNamesOf(draft, nodes, context.abbreviations),
          math: emitted.math,
          ...(draft.empty ? { empty: true as const } : {}),
        },
        mdx: emitted.mdx,
        images: emitted.images,
        cardImages: authored.images.map((image) => image.attachment),
      };
    };
    try {
      return write(draft.sections.flatMap((section) => section.nodes));
    } catch (error) {
      // A defect of the converter on this page: the page shows its text as written, and the build goes on.
      const first = draft.sections[0];
      const label = (file: string) => notesByFile.get(file)?.label ?? file;
      warnings.push(
        failureWarning(label(first?.file ?? ''), error, `write the page "${draft.slug}"`, first?.startLine),
      );
      try {
        return write(sectionsAsWritten(draft, notesByFile, reasonOf(error)));
      } catch (again) {
        throw new NotesError(
          { file: label(first?.file ?? ''), line: first?.startLine ?? 1, column: 1 },
          `could not write the page "${draft.slug}": ${reasonOf(again)}`,
        );
      }
    }
  });
}

/** A page's sections as the student wrote them, line by line, under one notice that says why. */
function sectionsAsWritten(
  draft: PageDraft,
  notesByFile: ReadonlyMap<string, ParsedNote>,
  reason: string,
): RootContent[] {
  return draft.sections.flatMap((section, number) => {
    const note = notesByFile.get(section.file);
    const lines = (note?.text ?? '')
      .split('\n')
      .slice(section.startLine - 1, section.endLine)
      .join('\n');
    const { children } = asWritten(lines, note?.label ?? section.file, reason, section.startLine);
    return number === 0 ? children : children.slice(1);
  });
}

/**
 * The names search finds a page by beside its words: its aliases, and the other form of each
 * abbreviation it writes in one form ("RNN" for a page that says "recurrent neural network").
 */
function searchNamesOf(draft: PageDraft, nodes: readonly RootContent[], abbreviations: Abbreviations): string[] {
  const text = nodes.map((node) => readableText(node)).join(' ');
  const names = [...draft.aliases, ...otherForms(`${draft.title} ${text}`, abbreviations)];
  return [...new Set(names)].filter((name) => name.toLowerCase() !== draft.title.toLowerCase());
}

/** A counter of the non-blank lines of a file within a section's line range. */
function nonBlankLinesCounter(text: string): (section: Section) => number {
  const lines = text.split('\n');
  return (section) => lines.slice(section.startLine - 1, section.endLine).filter((line) => line.trim() !== '').length;
}

/**
 * A page's summary: the first sentence of its first paragraph without formulas (TeX reads badly in a
 * summary); else of its first paragraph; else of its first block that is not a heading; else its title.
 */
function summaryOf(nodes: readonly RootContent[], title: string): string {
  const prose = (node: RootContent): boolean => readableText(node) !== '';
  const hasFormula = (node: RootContent): boolean => {
    let found = false;
    visit(node, (child) => {
      if (child.type === 'inlineMath' || child.type === 'math') found = true;
    });
    return found;
  };
  const paragraphs = nodes.filter((node) => node.type === 'paragraph' && prose(node));
  const chosen =
    paragraphs.find((node) => !hasFormula(node)) ??
    paragraphs[0] ??
    nodes.find((node) => node.type !== 'heading' && node.type !== 'code' && prose(node)) ??
    nodes.find(prose);
  return chosen ? summarise(readableText(chosen).replace(/;$/, '.')) : title;
}
