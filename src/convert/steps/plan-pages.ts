import { aliasAtStart, type AliasMatcher } from '../../lib/alias-match.ts';
import type { NotesWarning } from '../../lib/notes-error.ts';
import type { TopicEntry } from '../../schemas/topic-map.ts';
import { assignTopics, type TopicDraft } from '../assign-topics.ts';
import { pageKindOf } from '../layout.ts';
import type { ParsedNote } from '../note-file.ts';
import { splitSections } from '../sections.ts';
import type { PageDraft } from './page-draft.ts';
import { topicPage, wholePage } from './page-of-note.ts';

/** What planning the pages needs to know. */
export interface PlanOptions {
  /** The topic map, in reading order. */
  readonly topics: readonly TopicEntry[];
  /** Its aliases, compiled (lib/alias-match.ts). */
  readonly matchers: readonly AliasMatcher[];
  /** Slugs the site uses for its own pages. */
  readonly reservedSlugs: ReadonlySet<string>;
  /** Path of the topic map shown in messages. */
  readonly topicMapLabel: string;
}

/**
 * Step 2, across files: which pages the notes make, in reading order. Each file is cut into
 * sections (sections.ts); the one rule of layout.ts says whether it is a file of several topics
 * (its sections go to the topics the map and its headings name) or one page. Pages come folder by
 * folder (a folder's own notes, then its sub-folders, each in natural order: "Lecture 2" before
 * "Lecture 10"); the topics come, in the topic map's order, where the first file cut into topics is.
 * An empty file (a page that says so), and a topic of the map that gets no section, are warnings.
 *
 * @example
 *   planPages([aws-security.md, Course/Lecture 1.md], options, warnings)
 *   // [topic:shared-responsibility, topic:iam, …, note:Course/Lecture 1.md]
 */
export function planPages(notes: readonly ParsedNote[], options: PlanOptions, warnings: NotesWarning[]): PageDraft[] {
  const sectionsOf = new Map(
    notes.map((note) => [
      note.file,
      splitSections(note.tree, note.file, {
        opensWithTopic: (lead) => aliasAtStart(lead, options.matchers) !== undefined,
      }),
    ]),
  );
  for (const note of notes) {
    if ((sectionsOf.get(note.file) ?? []).length > 0) continue;
    warnings.push({
      location: { file: note.label, line: 1, column: 1 },
      message: 'this notes file has no text; its page says so',
      rule: 'empty-note',
    });
  }
  const ordered = [...notes].sort((a, b) => compareFiles(a.file, b.file));
  const split = ordered.filter(
    (note) => pageKindOf(note.file, sectionsOf.get(note.file) ?? [], notes.length, options.matchers) === 'topics',
  );
  const splitFiles = new Set(split.map((note) => note.file));
  const topicDrafts = assignTopics(
    split.map((note) => sectionsOf.get(note.file) ?? []),
    { topics: options.topics, matchers: options.matchers, reservedSlugs: options.reservedSlugs },
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
    if (splitFiles.has(note.file)) {
      if (topicsPlaced) continue;
      topicsPlaced = true;
      for (const topic of topicDrafts) drafts.push(topicPage(topic, notes, options.topics));
      continue;
    }
    drafts.push(wholePage(note));
  }
  return drafts;
}

function quoteAliases(draft: TopicDraft, topics: readonly TopicEntry[]): string {
  const aliases = topics.find((topic) => topic.slug === draft.slug)?.aliases ?? [];
  return aliases.map((alias) => `"${alias}"`).join(' or ');
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
