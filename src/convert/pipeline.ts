import { toString } from 'mdast-util-to-string';
import { aliasAtStart, aliasMatchers } from '../lib/alias-match.ts';
import { detectLanguage } from '../lib/language.ts';
import { findTerms } from '../lib/term-matcher.ts';
import { summarise } from '../lib/summary.ts';
import { namesToIndex } from '../lib/term-names.ts';
import type { GlossaryEntry } from '../schemas/glossary.ts';
import type { TopicEntry } from '../schemas/topic-map.ts';
import type { SectionSource, TopicPage } from '../schemas/topic-page.ts';
import { assignTopics, type TopicDraft } from './assign-topics.ts';
import { emitTopicMdx } from './emit-mdx.ts';
import { NotesError, type NotesWarning } from '../lib/notes-error.ts';
import { markAnchors } from './anchors.ts';
import { footnotesInPlace } from './footnotes.ts';
import { glossaryTerms } from './glossary-terms.ts';
import { inlineHtml } from './inline-html.ts';
import { parseNotesText } from './plain-text-habits.ts';
import { safeLinks } from './safe-links.ts';
import { studyCards } from './study-cards.ts';
import { splitSections, type Section } from './sections.ts';
import { decodeNotes } from './source-text.ts';
import { textsOf, vocabularyOf } from './vocabulary.ts';

/** One notes file to convert. */
export interface NotesSource {
  /** Path relative to the notes folder, such as `aws-security.md`; written into the page frontmatter. */
  readonly file: string;
  /** Path shown in messages, such as `content/notes/aws-security.md`. */
  readonly label: string;
  readonly bytes: Uint8Array;
}

/** Options of {@link convertNotes}. */
export interface ConvertOptions {
  /** The topic map (`content/topics.yaml`), in reading order. */
  readonly topics: readonly TopicEntry[];
  /** Slugs the site uses for its own pages. */
  readonly reservedSlugs: ReadonlySet<string>;
  /** Path of the topic map shown in messages. */
  readonly topicMapLabel: string;
  /** The glossary (`content/glossary.yaml`): its terms are marked wherever the notes mention them. */
  readonly glossary: readonly GlossaryEntry[];
  /** The glossary's `prefixes` (a vendor's name, say), which search needs not add at a mention. */
  readonly glossaryPrefixes?: readonly string[];
  /** Language assumed for notes in the Latin script, whose language their script cannot tell. */
  readonly defaultLanguage: string;
}

/** One generated topic page. */
export interface ConvertedTopic {
  readonly frontmatter: TopicPage;
  readonly mdx: string;
}

export interface ConversionResult {
  readonly topics: ConvertedTopic[];
  readonly warnings: NotesWarning[];
  /** The language most of the notes are written in: the site's language. */
  readonly language: string;
  /** Every word of the pages and the glossary names, most frequent first (spelling help for search). */
  readonly vocabulary: string[];
}

/**
 * The converter, as an ordered list of steps. Per file: decode → parse (mending plain-text
 * habits) → inline HTML → safe links → footnotes → glossary terms → sections. Then: sections → topics; per
 * topic: anchors (key terms, mentions, key points, outline) → study cards → MDX page.
 * Pure: reads nothing and writes nothing; the build glue passes bytes in and writes MDX out.
 *
 * @example
 *   convertNotes([{ file: 'aws.md', label: 'content/notes/aws.md', bytes }], options)
 *   // { topics: [{ frontmatter: { title: 'IAM', slug: 'iam', … }, mdx: '---\n…' }, …], warnings: [] }
 */
export function convertNotes(files: readonly NotesSource[], options: ConvertOptions): ConversionResult {
  const warnings: NotesWarning[] = [];
  const matchers = aliasMatchers(options.topics);
  const findGlossaryTerms = findTerms(options.glossary);
  const termNames = new Map(options.glossary.map((entry) => [entry.id, entry.name]));
  const termName = (id: string): string | undefined => termNames.get(id);
  const entries = new Map(options.glossary.map((entry) => [entry.id, entry]));
  const searchNames = (id: string, text: string): string[] => {
    const entry = entries.get(id);
    return entry ? namesToIndex(entry, text, options.glossaryPrefixes) : [];
  };
  const lineCounts = new Map<string, (section: Section) => number>();

  const sectionsByFile = files.map((source) => {
    const { text, warnings: decodeWarnings } = decodeNotes(source.bytes, source.label);
    warnings.push(...decodeWarnings);
    try {
      const tree = parseNotesText(text);
      inlineHtml(tree);
      safeLinks(tree);
      footnotesInPlace(tree);
      glossaryTerms(tree, findGlossaryTerms);
      const sections = splitSections(tree, source.file, {
        opensWithTopic: (lead) => aliasAtStart(lead, matchers) !== undefined,
      });
      if (sections.length === 0) {
        warnings.push({
          location: { file: source.label, line: 1, column: 1 },
          message: 'this notes file has no text; it adds nothing to the site',
        });
      }
      lineCounts.set(source.file, nonBlankLinesCounter(text));
      return sections;
    } catch (error) {
      if (error instanceof NotesError) throw error;
      throw new NotesError({ file: source.label, line: 1, column: 1 }, `could not convert this file: ${String(error)}`);
    }
  });

  const drafts = assignTopics(sectionsByFile, {
    topics: options.topics,
    matchers,
    reservedSlugs: options.reservedSlugs,
  });
  const kept = drafts.filter((draft) => {
    if (draft.sections.length > 0) return true;
    warnings.push({
      message: `${options.topicMapLabel}: topic "${draft.slug}" received no section of the notes (no section's first line names ${quoteAliases(draft, options.topics)}); no page is built for it`,
    });
    return false;
  });

  const topics = kept.map((draft, index): ConvertedTopic => {
    const nodes = draft.sections.flatMap((section) => section.nodes);
    const { outline, mentions, keyPoints } = markAnchors(nodes, { searchNames });
    const frontmatter: TopicPage = {
      title: draft.title,
      slug: draft.slug,
      order: index + 1,
      summary: draft.summary ?? summaryOf(draft),
      lang: detectLanguage(nodes.map((node) => toString(node)).join(' '), options.defaultLanguage),
      sections: draft.sections.map((section): SectionSource => ({
        file: section.file,
        startLine: section.startLine,
        endLine: section.endLine,
        lines: lineCounts.get(section.file)?.(section) ?? 0,
      })),
      outline,
      mentions,
      keyPoints,
      cards: studyCards(nodes, outline, keyPoints, { topic: draft.slug, termName }),
    };
    const first = draft.sections[0];
    try {
      return {
        frontmatter,
        mdx: emitTopicMdx(
          frontmatter,
          draft.sections.map((section) => section.nodes),
        ),
      };
    } catch (error) {
      const label = files.find((file) => file.file === first?.file)?.label ?? first?.file ?? '';
      throw new NotesError(
        { file: label, line: first?.startLine ?? 1, column: 1 },
        `could not write topic "${draft.slug}" as MDX: ${String(error)}`,
      );
    }
  });

  const allText = sectionsByFile.flatMap((sections) =>
    sections.flatMap((section) => section.nodes.map((node) => toString(node))),
  );
  const vocabulary = vocabularyOf([
    ...kept.map((draft) => draft.title),
    ...textsOf(kept.flatMap((draft) => draft.sections.flatMap((section) => section.nodes))),
    ...options.glossary.flatMap((entry) => [entry.name, ...entry.short, ...entry.aliases]),
  ]);
  return { topics, warnings, language: detectLanguage(allText.join(' '), options.defaultLanguage), vocabulary };
}

/** A counter of the non-blank lines of a file within a section's line range. */
function nonBlankLinesCounter(text: string): (section: Section) => number {
  const lines = text.split('\n');
  return (section) => lines.slice(section.startLine - 1, section.endLine).filter((line) => line.trim() !== '').length;
}

function summaryOf(draft: TopicDraft): string {
  const text = draft.sections
    .flatMap((section) => section.nodes)
    .map((node) => toString(node))
    .find((value) => value.trim() !== '');
  return text ? summarise(text) : draft.title;
}

function quoteAliases(draft: TopicDraft, topics: readonly TopicEntry[]): string {
  const aliases = topics.find((topic) => topic.slug === draft.slug)?.aliases ?? [];
  return aliases.map((alias) => `"${alias}"`).join(' or ');
}
