import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { unified } from 'unified';
import { visit } from './walk.ts';
import { VFile } from 'vfile';
import { aliasAtStart, aliasMatchers, type AliasMatcher } from '../lib/alias-match.ts';
import { detectLanguage } from '../lib/language.ts';
import { NotesError, type NotesWarning } from '../lib/notes-error.ts';
import { sourceSummary } from '../lib/navigation.ts';
import { cardFileOf } from '../lib/study-data.ts';
import { summarise } from '../lib/summary.ts';
import { findTerms } from '../lib/term-matcher.ts';
import { namesToIndex } from '../lib/term-names.ts';
import type { GlossaryEntry } from '../schemas/glossary.ts';
import type { TopicEntry } from '../schemas/topic-map.ts';
import type { FolderRef, PageRef, SectionSource, TopicPage } from '../schemas/topic-page.ts';
import { markAnchors } from './anchors.ts';
import { assignTopics, type TopicDraft } from './assign-topics.ts';
import { emitPageMdx, type PageImage } from './emit-mdx.ts';
import { anchorHeadings, type HeadingAnchor } from './heading-ids.ts';
import type { CodeHighlighter } from './highlighter.ts';
import { pageKindOf } from './layout.ts';
import remarkEmbeds from './obsidian/embeds.ts';
import { LinkIndex } from './obsidian/link-index.ts';
import remarkResolveLinks, { type AttachmentTarget, type NoteTarget } from './obsidian/resolve-links.ts';
import { createNoteProcessor, parseNote, type NotesSource, type ParsedNote } from './note-file.ts';
import { splitSections, type Section } from './sections.ts';
import { SitePaths } from './site-paths.ts';
import { studyCards } from './study-cards.ts';
import { textsOf, vocabularyOf } from './vocabulary.ts';

export type { NotesSource } from './note-file.ts';

/** Keeps what the per-file steps made of a file, by a key of its content and the options (issue: rebuilds). */
export interface NoteCache {
  get(key: string): ParsedNote | undefined;
  set(key: string, note: ParsedNote): void;
}

/** Options of {@link convertNotes}. */
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
  /** What the per-file steps made of files before, by content (and a `key` for these options). */
  readonly cache?: { readonly store: NoteCache; readonly key: (source: NotesSource) => string } | undefined;
}

/** One generated page: its MDX (frontmatter, notes, components), the site's data about it, and the images it imports. */
export interface ConvertedTopic {
  /** The site's data about the page: address, order, outline, cards, links (the `topics` collection). */
  readonly frontmatter: TopicPage;
  /** The page as MDX, rendered by @astrojs/mdx (the `pages` collection). */
  readonly mdx: string;
  readonly images: PageImage[];
}

export interface ConversionResult {
  readonly topics: ConvertedTopic[];
  readonly warnings: NotesWarning[];
  /** The language most of the notes are written in: the site's language. */
  readonly language: string;
  /** Every word of the pages and the glossary names, most frequent first (spelling help for search). */
  readonly vocabulary: string[];
  /** The CSS declarations the site's formulas need (lib/math-classes.ts). */
  readonly mathDeclarations: string[];
}

/** A page before it is written: its notes, where they come from, and where it goes. */
interface PageDraft {
  readonly key: string;
  readonly title: string;
  /** From the topic map; otherwise summarised from the text. */
  readonly summary: string | undefined;
  readonly sections: Section[];
  /** The folder of its (first) notes file. */
  readonly folder: string;
  readonly tags: string[];
  /** Other names of the page: the note's `aliases`, or the topic map's names of a topic. */
  readonly aliases: string[];
  slug: string;
  headings: HeadingAnchor[];
}

/**
 * The converter. Per notes file (cacheable by content): decode → the note processor
 * (note-file.ts: parse, properties, comments, highlights, tags, callouts, block ids, inline HTML,
 * safe links, footnotes, formulas, code, glossary terms). Then for the whole notes folder: which
 * files are cut into topics and which are one page each (layout.ts) → topics and pages → their
 * addresses (site-paths.ts) → heading ids → links between notes and images resolved, Obsidian's
 * way (obsidian/resolve-links.ts) → embeds filled (obsidian/embeds.ts) → per page: anchors, study
 * cards, summary, language, HTML (emit-html.ts), and the pages that link to it.
 * Pure: reads nothing and writes nothing; the build glue passes bytes in and writes pages out.
 *
 * @example
 *   convertNotes([{ file: 'aws.md', label: 'content/notes/aws.md', bytes }], options)
 *   // { topics: [{ frontmatter: { title: 'IAM', slug: 'iam', … }, html: '<p>…', images: [] }, …], warnings: [] }
 */
export function convertNotes(files: readonly NotesSource[], options: ConvertOptions): ConversionResult {
  const base = options.base ?? '/';
  const imageSource =
    options.imageSource ??
    ((attachment: string) => `../images/${attachment.split('/').map(encodeURIComponent).join('/')}`);
  const warnings: NotesWarning[] = [];
  const matchers = aliasMatchers(options.topics);
  const processor = createNoteProcessor({ findTerms: findTerms(options.glossary), highlight: options.highlight });
  const notes = files.map((source) => {
    const key = options.cache?.key(source);
    const known = key === undefined ? undefined : options.cache?.store.get(key);
    const note = known ?? parseNote(source, processor);
    if (key !== undefined && !known) options.cache?.store.set(key, note);
    warnings.push(...note.warnings);
    return note;
  });
  const byFile = new Map(notes.map((note) => [note.file, note]));
  const labelOf = (file: string): string => byFile.get(file)?.label ?? file;

  // Which files are notes of several topics, and which are one page each.
  const sectionsOf = new Map(
    notes.map((note) => [
      note.file,
      splitSections(note.tree, note.file, {
        opensWithTopic: (lead) => aliasAtStart(lead, matchers) !== undefined,
      }),
    ]),
  );
  for (const note of notes) {
    if ((sectionsOf.get(note.file) ?? []).length > 0) continue;
    warnings.push({
      location: { file: note.label, line: 1, column: 1 },
      message: 'this notes file has no text; it adds nothing to the site',
    });
  }
  const kinds = new Map(
    notes.map((note) => [note.file, pageKindOf(sectionsOf.get(note.file) ?? [], notes.length, matchers)]),
  );
  const drafts = draftPages(notes, sectionsOf, kinds, options, matchers, warnings);

  // Addresses, heading ids, and the index links find notes and files by.
  const paths = new SitePaths(options.reservedSlugs, (message, file) =>
    warnings.push({ location: { file: labelOf(file), line: 1, column: 1 }, message }),
  );
  for (const draft of drafts) {
    const first = draft.sections[0]?.file ?? '';
    draft.slug =
      kinds.get(first) === 'topics'
        ? paths.page(draft.folder, draft.key.slice('topic:'.length), first)
        : paths.page(draft.folder, stem(first), first);
    draft.headings = anchorHeadings(draft.sections.flatMap((section) => section.nodes));
  }
  const refOf = (draft: PageDraft): PageRef => ({ slug: draft.slug, title: draft.title });
  const pageRefs = new Map(drafts.map((draft) => [draft.key, { key: draft.key, ...refOf(draft) }]));
  const noteIndex = new LinkIndex<NoteTarget>(
    notes.map((note) => noteTarget(note, drafts, pageRefs)).filter((target) => target.pages.length > 0),
  );
  const attachmentIndex = new LinkIndex<AttachmentTarget>((options.attachments ?? []).map((file) => ({ file })));

  // Links and images, resolved in the context of the file each section comes from.
  const links = new Map<string, Set<string>>();
  const messages = new Map<string, VFile>();
  const fileMessages = (file: string): VFile => {
    let vfile = messages.get(file);
    if (!vfile) messages.set(file, (vfile = new VFile({ path: labelOf(file), value: byFile.get(file)?.text ?? '' })));
    return vfile;
  };
  for (const draft of drafts) {
    const page = pageRefs.get(draft.key) as { key: string; slug: string; title: string };
    for (const section of draft.sections) {
      const root: Root = { type: 'root', children: section.nodes };
      unified()
        .use(remarkResolveLinks, {
          notes: noteIndex,
          attachments: attachmentIndex,
          base,
          from: section.file,
          page,
          linked: (from, to) => {
            if (from.key === to.key) return;
            links.set(to.key, new Set([...(links.get(to.key) ?? []), from.key]));
          },
        })
        .runSync(root, fileMessages(section.file));
      section.nodes = root.children;
    }
  }

  // Embeds: the text of embedded notes as it was before any embed was filled.
  const embedded = new Set<string>();
  for (const draft of drafts) {
    for (const section of draft.sections) {
      for (const node of section.nodes) {
        visit(node, (child) => {
          if ((child.type === 'mdxJsxTextElement' || child.type === 'mdxJsxFlowElement') && child.name === 'Embed') {
            const file = child.attributes.find((entry) => 'name' in entry && entry.name === 'file')?.value;
            if (typeof file === 'string') embedded.add(file);
          }
        });
      }
    }
  }
  const contents = new Map<string, RootContent[]>();
  for (const file of embedded) {
    contents.set(
      file,
      structuredClone(
        drafts.flatMap((draft) =>
          draft.sections.filter((section) => section.file === file).flatMap((section) => section.nodes),
        ),
      ),
    );
  }
  for (const draft of drafts) {
    for (const section of draft.sections) {
      const root: Root = { type: 'root', children: section.nodes };
      unified()
        .use(remarkEmbeds, { from: section.file, contentOf: (file) => contents.get(file) ?? [] })
        .runSync(root, fileMessages(section.file));
      section.nodes = root.children;
    }
  }
  for (const vfile of messages.values()) {
    for (const message of vfile.messages) {
      warnings.push({
        location: { file: String(vfile.path), line: message.line ?? 1, column: message.column ?? 1 },
        message: message.reason,
        ...(message.ruleId ? { rule: message.ruleId } : {}),
      });
    }
  }

  // Each page: anchors, cards, summary, language, HTML.
  const glossary = new Map(options.glossary.map((entry) => [entry.id, entry]));
  const searchNames = (id: string, text: string): string[] => {
    const entry = glossary.get(id);
    return entry ? namesToIndex(entry, text, options.glossaryPrefixes) : [];
  };
  const termName = (id: string): string | undefined => glossary.get(id)?.name;
  const lineCounts = new Map(notes.map((note) => [note.file, nonBlankLinesCounter(note.text)]));
  const order = new Map(drafts.map((draft, index) => [draft.key, index]));
  const inCourse = new Map<string, number>();
  const topics = drafts.map((draft, index): ConvertedTopic => {
    const nodes = draft.sections.flatMap((section) => section.nodes);
    const { outline, mentions, keyPoints } = markAnchors(nodes, { searchNames });
    const first = draft.sections[0];
    const folders = paths.trail(draft.folder).map((folder): FolderRef => ({ slug: folder.slug, title: folder.title }));
    const course = folders[0]?.slug ?? '';
    const indexInCourse = inCourse.get(course) ?? 0;
    inCourse.set(course, indexInCourse + 1);
    const backlinks = [...(links.get(draft.key) ?? [])]
      .sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0))
      .map((key) => pageRefs.get(key))
      .filter((ref) => ref !== undefined)
      .map((ref) => ({ slug: ref.slug, title: ref.title }));
    try {
      const sections = draft.sections.map((section): SectionSource => ({
        file: section.file,
        startLine: section.startLine,
        endLine: section.endLine,
        lines: lineCounts.get(section.file)?.(section) ?? 0,
      }));
      const summary = draft.summary ?? summaryOf(nodes, draft.title);
      const cards = studyCards(nodes, outline, keyPoints, { topic: draft.slug, termName });
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
        { imageSource: (attachment) => imageSource(attachment, draft.slug) },
      );
      return {
        frontmatter: {
          title: draft.title,
          slug: draft.slug,
          order: index + 1,
          summary,
          lang: detectLanguage(nodes.map((node) => toString(node)).join(' '), options.defaultLanguage),
          folders,
          tags: draft.tags,
          sections,
          outline,
          mentions,
          keyPoints,
          cards,
          cardFile: cardFileOf(course, indexInCourse),
          backlinks,
          math: emitted.math,
        },
        mdx: emitted.mdx,
        images: emitted.images,
      };
    } catch (error) {
      throw new NotesError(
        { file: labelOf(first?.file ?? ''), line: first?.startLine ?? 1, column: 1 },
        `could not write the page "${draft.slug}": ${String(error)}`,
      );
    }
  });

  const ownNodes = drafts.flatMap((draft) => draft.sections.flatMap((section) => section.nodes));
  const vocabulary = vocabularyOf([
    ...drafts.map((draft) => draft.title),
    ...textsOf(ownNodes),
    ...options.glossary.flatMap((entry) => [entry.name, ...entry.short, ...entry.aliases]),
  ]);
  const allText = notes.flatMap((note) => note.tree.children.map((node) => toString(node)));
  return {
    topics,
    warnings,
    language: detectLanguage(allText.join(' '), options.defaultLanguage),
    vocabulary,
    mathDeclarations: [...new Set(notes.flatMap((note) => note.mathDeclarations))].sort(),
  };
}

/**
 * The pages of the notes, in reading order: folder by folder (a folder's own notes, then its
 * sub-folders, each in natural order: "Lecture 2" before "Lecture 10"); the topics of the files
 * cut into topics come, in the topic map's order, where the first such file is.
 */
function draftPages(
  notes: readonly ParsedNote[],
  sectionsOf: ReadonlyMap<string, Section[]>,
  kinds: ReadonlyMap<string, 'topics' | 'page'>,
  options: ConvertOptions,
  matchers: readonly AliasMatcher[],
  warnings: NotesWarning[],
): PageDraft[] {
  const ordered = [...notes].sort((a, b) => compareFiles(a.file, b.file));
  const split = ordered.filter((note) => kinds.get(note.file) === 'topics');
  // The cached trees stay as they are: the topics get a copy of their sections.
  const topicDrafts = assignTopics(
    split.map((note) => structuredClone(sectionsOf.get(note.file) ?? [])),
    { topics: options.topics, matchers, reservedSlugs: options.reservedSlugs },
  ).filter((draft) => {
    if (draft.sections.length > 0) return true;
    if (split.length > 0) {
      warnings.push({
        message: `${options.topicMapLabel}: topic "${draft.slug}" received no section of the notes (no section's first line names ${quoteAliases(draft, options.topics)}); no page is built for it`,
      });
    }
    return false;
  });

  const drafts: PageDraft[] = [];
  let topicsPlaced = false;
  for (const note of ordered) {
    if (kinds.get(note.file) === 'topics') {
      if (topicsPlaced) continue;
      topicsPlaced = true;
      for (const topic of topicDrafts) drafts.push(topicPage(topic, notes, options.topics));
      continue;
    }
    const page = wholePage(note);
    if (page) drafts.push(page);
  }
  return drafts;
}

function topicPage(topic: TopicDraft, notes: readonly ParsedNote[], map: readonly TopicEntry[]): PageDraft {
  const files = new Set(topic.sections.map((section) => section.file));
  const tags = [
    ...new Set(
      notes.filter((note) => files.has(note.file)).flatMap((note) => [...note.properties.tags, ...note.inlineTags]),
    ),
  ];
  return {
    key: `topic:${topic.slug}`,
    title: topic.title,
    summary: topic.summary,
    sections: topic.sections,
    folder: folderOf(topic.sections[0]?.file ?? ''),
    tags,
    aliases: map.find((entry) => entry.slug === topic.slug)?.aliases ?? [],
    slug: '',
    headings: [],
  };
}

/**
 * One note as one page, titled by its `title` property or its file name (as Obsidian shows it). A
 * first `# Heading` that repeats the title is not shown twice; when other `#` headings remain, every
 * heading moves one level down, so the page title is the only level 1.
 */
function wholePage(note: ParsedNote): PageDraft | undefined {
  const nodes = structuredClone(note.tree.children);
  if (nodes.length === 0) return undefined;
  const title = note.properties.title ?? stem(note.file);
  const first = nodes[0];
  if (first?.type === 'heading' && first.depth === 1 && sameTitle(toString(first), title)) nodes.shift();
  if (nodes.some((node) => node.type === 'heading' && node.depth === 1)) {
    for (const node of nodes) {
      visit(node, 'heading', (heading: Heading) => {
        heading.depth = Math.min(6, heading.depth + 1) as Heading['depth'];
      });
    }
  }
  const start = nodes[0]?.position?.start.line ?? 1;
  const end = nodes.at(-1)?.position?.end.line ?? start;
  return {
    key: `note:${note.file}`,
    title,
    summary: undefined,
    sections: [{ file: note.file, start: 'file', nodes, lead: title, startLine: start, endLine: Math.max(start, end) }],
    folder: folderOf(note.file),
    tags: [...new Set([...note.properties.tags, ...note.inlineTags])],
    aliases: note.properties.aliases,
    slug: '',
    headings: [],
  };
}

/** What links know of a note: its pages, its headings and blocks, its aliases. */
function noteTarget(
  note: ParsedNote,
  drafts: readonly PageDraft[],
  pageRefs: ReadonlyMap<string, PageRef & { key: string }>,
): NoteTarget {
  const pages: (PageRef & { key: string })[] = [];
  const headings: { text: string; id: string; page: PageRef & { key: string } }[] = [];
  const blocks = new Map<string, PageRef & { key: string }>();
  for (const draft of drafts) {
    if (!draft.sections.some((section) => section.file === note.file)) continue;
    const page = pageRefs.get(draft.key);
    if (!page) continue;
    pages.push(page);
    for (const heading of draft.headings) headings.push({ text: heading.text, id: heading.id, page });
    for (const section of draft.sections.filter((entry) => entry.file === note.file)) {
      for (const node of section.nodes) {
        visit(node, (child) => {
          const id = child.data?.blockId;
          if (id && !blocks.has(id)) blocks.set(id, page);
        });
      }
    }
  }
  return { file: note.file, aliases: note.properties.aliases, pages, headings, blocks };
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
  const prose = (node: RootContent): boolean => toString(node).trim() !== '';
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
  return chosen ? summarise(toString(chosen)) : title;
}

function quoteAliases(draft: TopicDraft, topics: readonly TopicEntry[]): string {
  const aliases = topics.find((topic) => topic.slug === draft.slug)?.aliases ?? [];
  return aliases.map((alias) => `"${alias}"`).join(' or ');
}

/** A file's name without its folder and extension, as Obsidian titles a note. */
function stem(file: string): string {
  const name = file.split('/').at(-1) ?? file;
  return name.replace(/\.(?:md|markdown|txt)$/i, '') || name;
}

function folderOf(file: string): string {
  return file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '';
}

function sameTitle(a: string, b: string): boolean {
  const flat = (text: string) => text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
  return flat(a) === flat(b);
}

/**
 * Reading order of two files: a folder's own files before its sub-folders, names in natural order.
 *
 * @example
 *   ['b/x.md', 'Lecture 10.md', 'Lecture 2.md'].sort(compareFiles) // ['Lecture 2.md', 'Lecture 10.md', 'b/x.md']
 */
function compareFiles(a: string, b: string): number {
  const left = a.split('/');
  const right = b.split('/');
  for (let index = 0; index < Math.min(left.length, right.length); index++) {
    const x = left[index] ?? '';
    const y = right[index] ?? '';
    if (x === y) continue;
    const xIsFile = index === left.length - 1;
    const yIsFile = index === right.length - 1;
    if (xIsFile !== yIsFile) return xIsFile ? -1 : 1;
    return x.localeCompare(y, 'en', { numeric: true, sensitivity: 'base' }) || (x < y ? -1 : 1);
  }
  return left.length - right.length;
}
