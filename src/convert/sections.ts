import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** How a section begins, which decides how it may be assigned to a topic. */
export type SectionStart =
  /** The first block of a file. */
  | 'file'
  /** The first block after a thematic break (`---`, `***`, `___`). */
  | 'break'
  /** A level-1 heading (`# Title` or a `===` underline). */
  | 'heading'
  /** A paragraph or lower heading after a blank line, whose first words name a topic. */
  | 'lead';

/** A run of blocks of one notes file that belongs to one topic. */
export interface Section {
  /** The notes file, relative to the notes folder. */
  readonly file: string;
  readonly start: SectionStart;
  /** The blocks, in source order. */
  nodes: RootContent[];
  /** The first line of text, which names the section's topic if any line does. */
  readonly lead: string;
  readonly startLine: number;
  readonly endLine: number;
}

/** Options of {@link splitSections}. */
export interface SplitOptions {
  /** Whether a lead line opens with a topic's name (so a paragraph after a blank line starts a section). */
  opensWithTopic: (lead: string) => boolean;
}

/**
 * Split a notes file into sections: at thematic breaks, before every level-1 heading, and, outside
 * heading sections, before a block that follows a blank line and opens with a topic's name
 * (the student's habit of starting a new topic with "**AWS KMS** manages …" after an empty line).
 * Thematic breaks themselves carry no text and are not kept.
 *
 * @example
 *   "IAM …\n\n---\n\nCloudTrail …\n\n**AWS KMS** manages …"
 *   → [{ start: 'file', lead: 'IAM …' }, { start: 'break', lead: 'CloudTrail …' }, { start: 'lead', lead: 'AWS KMS manages …' }]
 */
export function splitSections(tree: Root, file: string, options: SplitOptions): Section[] {
  const sections: Section[] = [];
  let nodes: RootContent[] = [];
  let start = 'file' as SectionStart;
  let previousEnd = 0;

  const close = (next: SectionStart): void => {
    const first = nodes[0];
    const last = nodes.at(-1);
    if (first && last) {
      sections.push({
        file,
        start,
        nodes,
        lead: leadText(first),
        startLine: first.position?.start.line ?? 1,
        endLine: last.position?.end.line ?? first.position?.end.line ?? 1,
      });
    }
    nodes = [];
    start = next;
  };

  for (const node of tree.children) {
    if (node.type === 'thematicBreak') {
      close('break');
      continue;
    }
    if (node.type === 'heading' && node.depth === 1) {
      close('heading');
    } else if (
      nodes.length > 0 &&
      start !== 'heading' &&
      (node.type === 'paragraph' || node.type === 'heading') &&
      (node.position?.start.line ?? 0) > previousEnd + 1 &&
      options.opensWithTopic(leadText(node))
    ) {
      close('lead');
    }
    nodes.push(node);
    previousEnd = node.position?.end.line ?? previousEnd;
  }
  close('file');
  return sections;
}

/**
 * The first line of text of a block: a paragraph's or heading's first line, a list's first item,
 * a table's first row, a code block's first line.
 *
 * @example
 *   leadText(list("- **AWS Shield** protects …\n- …")) // "AWS Shield protects …"
 */
function leadText(node: RootContent): string {
  const text = node.type === 'code' || node.type === 'html' ? node.value : toString(firstBlock(node));
  return (text.split('\n').find((line) => line.trim() !== '') ?? '').trim();
}

function firstBlock(node: RootContent): RootContent {
  if (
    node.type === 'list' ||
    node.type === 'blockquote' ||
    node.type === 'listItem' ||
    node.type === 'footnoteDefinition'
  ) {
    const first = node.children[0];
    return first ? firstBlock(first) : node;
  }
  if (node.type === 'table') return node.children[0] ?? node;
  return node;
}

/** Whether a section opens with a level-1 heading (its title line). */
export function openingHeading(section: Section): Heading | undefined {
  const first = section.nodes[0];
  return section.start === 'heading' && first?.type === 'heading' && first.depth === 1 ? first : undefined;
}
