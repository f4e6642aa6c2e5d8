import type { Heading } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { noteName } from '../../lib/note-files.ts';
import type { TopicEntry } from '../../schemas/topic-map.ts';
import type { TopicDraft } from '../assign-topics.ts';
import type { ParsedNote } from '../note-file.ts';
import { visit } from '../walk.ts';
import type { PageDraft } from './page-draft.ts';

/**
 * A topic of a notes file cut into topics, as a page: its sections, titled and summarised by the
 * topic map, with the tags of the files its sections come from.
 */
export function topicPage(topic: TopicDraft, notes: readonly ParsedNote[], map: readonly TopicEntry[]): PageDraft {
  const files = new Set(topic.sections.map((section) => section.file));
  const tags = [
    ...new Set(
      notes.filter((note) => files.has(note.file)).flatMap((note) => [...note.properties.tags, ...note.inlineTags]),
    ),
  ];
  return {
    key: `topic:${topic.slug}`,
    kind: 'topics',
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
 * heading moves one level down, so the page title is the only level 1. A note with no text is a page
 * that says so.
 *
 * @example
 *   wholePage(note('Eigen values.md', '# Definition\n\nA scalar.')) // { title: 'Eigen values', sections: [## Definition, A scalar.] }
 */
export function wholePage(note: ParsedNote): PageDraft {
  const nodes = [...note.tree.children];
  const title = note.properties.title ?? noteName(note.file);
  if (!nodes.some((node) => node.type !== 'thematicBreak')) return emptyPage(note, title);
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
    kind: 'page',
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

/** A note with no text: a page that says so, which links reach (and which lists them). */
function emptyPage(note: ParsedNote, title: string): PageDraft {
  return {
    key: `note:${note.file}`,
    kind: 'page',
    title,
    summary: 'This note has no text yet.',
    sections: [{ file: note.file, start: 'file', nodes: [], lead: title, startLine: 1, endLine: 1 }],
    folder: folderOf(note.file),
    tags: [...new Set([...note.properties.tags, ...note.inlineTags])],
    aliases: note.properties.aliases,
    empty: true,
    slug: '',
    headings: [],
  };
}

function folderOf(file: string): string {
  return file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '';
}

function sameTitle(a: string, b: string): boolean {
  const flat = (text: string) => text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
  return flat(a) === flat(b);
}
