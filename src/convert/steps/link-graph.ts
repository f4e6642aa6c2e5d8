import type { Root } from 'mdast';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { questionsOf } from '../cards/authored-cards.ts';
import type { PageRef as PageLink } from '../../schemas/topic-page.ts';
import type { ParsedNote } from '../note-file.ts';
import { LinkIndex } from '../obsidian/link-index.ts';
import remarkResolveLinks, { type AttachmentTarget, type NoteTarget, type PageRef } from '../obsidian/resolve-links.ts';
import { visit } from '../walk.ts';
import type { FileMessages } from './file-messages.ts';
import type { PageDraft } from './page-draft.ts';

/** What resolving the links needs besides the pages. */
export interface LinkOptions {
  /** The site's base path, ending in `/`. */
  readonly base: string;
  /** The files of the notes folder that are not notes. */
  readonly attachments: readonly string[];
}

/**
 * Step 4: the links between notes. Every `[[link]]`, Markdown link and image is resolved in the
 * context of the file it was written in, Obsidian's way (obsidian/resolve-links.ts, link-index.ts),
 * against every note's pages, headings, blocks and aliases; what cannot be resolved is marked and
 * reported; the student's own flashcards link the same way. Returns, for each page, the pages that
 * link to it, in reading order ("Linked from").
 *
 * @example
 *   linkPages(drafts, notes, { base: '/', attachments }, messages).get('note:Course/RDF overview.md')
 *   // [{ slug: 'course/index', title: 'Index' }]
 */
export function linkPages(
  drafts: readonly PageDraft[],
  notes: readonly ParsedNote[],
  options: LinkOptions,
  messages: FileMessages,
): Map<string, PageLink[]> {
  const pageRefs = new Map(
    drafts.map((draft) => [draft.key, { key: draft.key, slug: draft.slug, title: draft.title }]),
  );
  const draftsOf = new Map<string, PageDraft[]>();
  for (const draft of drafts) {
    for (const file of new Set(draft.sections.map((section) => section.file))) {
      const list = draftsOf.get(file) ?? [];
      draftsOf.set(file, list);
      list.push(draft);
    }
  }
  const noteIndex = new LinkIndex<NoteTarget>(
    notes
      .map((note) => noteTarget(note, draftsOf.get(note.file) ?? [], pageRefs))
      .filter((target) => target.pages.length > 0),
  );
  const attachmentIndex = new LinkIndex<AttachmentTarget>(options.attachments.map((file) => ({ file })));

  /** Resolve the links of a tree written in a file, on a page. */
  const resolve = (
    root: Root,
    where: { from: string; page: PageRef; linked: (from: PageRef, to: PageRef) => void },
    file: VFile,
  ): void => {
    unified()
      .use(remarkResolveLinks, { notes: noteIndex, attachments: attachmentIndex, base: options.base, ...where })
      .runSync(root, file);
  };

  const linkedFrom = new Map<string, Set<string>>();
  for (const draft of drafts) {
    const page = pageRefs.get(draft.key) as PageRef;
    for (const section of draft.sections) {
      const root: Root = { type: 'root', children: section.nodes };
      const linked = (from: PageRef, to: PageRef): void => {
        if (from.key === to.key) return;
        const sources = linkedFrom.get(to.key) ?? new Set<string>();
        linkedFrom.set(to.key, sources.add(from.key));
      };
      try {
        resolve(root, { from: section.file, page, linked }, messages.of(section.file));
      } catch (error) {
        messages.failed(section.file, section.startLine, error, 'resolve the links of this part');
      }
      section.nodes = root.children;
    }
  }
  // The student's own cards link as the notes do (their words are on the page: no second warning).
  const byFile = new Map(notes.map((note) => [note.file, note]));
  for (const draft of drafts) {
    const page = pageRefs.get(draft.key) as PageRef;
    for (const { question, file } of questionsOf(draft, byFile)) {
      for (const side of question.cards.flatMap((card) => [card.front, card.back])) {
        try {
          resolve(side, { from: file, page, linked: () => undefined }, new VFile());
        } catch (error) {
          messages.failed(file, question.startLine, error, 'resolve the links of this card');
        }
      }
    }
  }
  const order = new Map(drafts.map((draft, index) => [draft.key, index]));
  return new Map(
    [...linkedFrom].map(([key, sources]) => [
      key,
      [...sources]
        .sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0))
        .map((source) => pageRefs.get(source))
        .filter((ref) => ref !== undefined)
        .map((ref) => ({ slug: ref.slug, title: ref.title })),
    ]),
  );
}

/** What links know of a note: its pages, its headings and blocks, its aliases. */
function noteTarget(
  note: ParsedNote,
  drafts: readonly PageDraft[],
  pageRefs: ReadonlyMap<string, PageRef>,
): NoteTarget {
  const pages: PageRef[] = [];
  const headings: { text: string; id: string; depth: number; page: PageRef }[] = [];
  const blocks = new Map<string, PageRef>();
  for (const draft of drafts) {
    const page = pageRefs.get(draft.key);
    if (!page) continue;
    pages.push(page);
    for (const heading of draft.headings) headings.push({ ...heading, page });
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
