import type { Nodes, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { SKIP, visit } from '../walk.ts';
import { findHeading } from './heading-key.ts';
import type { VFile } from 'vfile';

/** How deep embeds may nest (an embed in an embed in an embed…). */
const MAX_DEPTH = 4;

/** Options of {@link remarkEmbeds}. */
export interface EmbedOptions {
  /** The notes file the page's text comes from. */
  readonly from: string;
  /** The text of a note (after its links were resolved, before its own embeds were filled). */
  readonly contentOf: (file: string) => readonly RootContent[];
}

/**
 * `![[Other note]]`, `![[Other note#Heading]]` and `![[Other note#^block]]` show that note's text in
 * place (the whole note, the section under the heading, or the block), with a link to where it
 * comes from. Embeds inside embedded text are filled too; a loop (a note that embeds itself, or
 * notes that embed each other) is cut where it closes, with a warning, and never repeats text. An
 * embed written inside a sentence still shows as a block, the sentence continuing after it.
 *
 * @example
 *   "![[Eigenvalues#Definition]]" → Embed(href "/la/eigenvalues/#definition") > the section's blocks
 */
export default function remarkEmbeds(options: EmbedOptions) {
  return (tree: Root, file: VFile): void => {
    fill(tree, [`${options.from}#`], options, file);
  };
}

function fill(tree: Root | MdxJsxFlowElement, stack: readonly string[], options: EmbedOptions, file: VFile): void {
  hoist(tree);
  visit(tree, (node: Nodes) => {
    if (node.type !== 'mdxJsxFlowElement' || node.name !== 'Embed' || node === tree) return undefined;
    const target = attribute(node, 'file') ?? '';
    const heading = attribute(node, 'heading') ?? '';
    // A note may show a section of itself: a loop is the same part again, or a whole note shown
    // within itself (a section that holds its own embed comes round to the same part).
    const key = `${target}#${heading}`;
    const whole = heading === '' && stack.some((entry) => entry.startsWith(`${target}#`));
    if (stack.includes(key) || whole || stack.length > MAX_DEPTH) {
      file.message(
        `"${attribute(node, 'label') ?? target}" embeds itself through ${[...stack, key].map((entry) => entry.replace(/#$/, '')).join(' → ')}; the loop is cut here and shows a link`,
        node,
      );
      node.attributes.push({ type: 'mdxJsxAttribute', name: 'cut', value: 'loop' });
      node.children = [];
      return SKIP;
    }
    const content = structuredClone(select(options.contentOf(target), heading));
    const embedded: MdxJsxFlowElement = { ...node, children: content as MdxJsxFlowElement['children'] };
    fill(embedded, [...stack, key], options, file);
    node.children = embedded.children.map(withoutIds) as MdxJsxFlowElement['children'];
    return SKIP;
  });
}

/** The part of a note an embed shows: all of it, the section under a heading (`A#B` too, in a callout too), or a block. */
function select(content: readonly RootContent[], heading: string): readonly RootContent[] {
  if (heading === '') return content;
  if (heading.startsWith('^')) {
    const id = heading.slice(1);
    let found: RootContent | undefined;
    for (const node of content) {
      visit(node, (child) => {
        if (!found && child.data?.blockId === id) found = child as RootContent;
      });
    }
    return found ? [found.type === 'listItem' ? { type: 'list', children: [found] } : found] : [];
  }
  const headings = headingsIn(content);
  const opening = headings[findHeading(headings, heading)];
  if (!opening) return [];
  const { siblings, index, depth } = opening;
  const end = siblings.findIndex((node, at) => at > index && node.type === 'heading' && node.depth <= depth);
  return siblings.slice(index, end < 0 ? undefined : end);
}

/** Every heading of a note's text, in reading order, with the blocks around it (those of a callout, for one in a callout). */
function headingsIn(
  content: readonly RootContent[],
): { text: string; depth: number; siblings: readonly RootContent[]; index: number }[] {
  const found: { text: string; depth: number; siblings: readonly RootContent[]; index: number }[] = [];
  const walk = (siblings: readonly RootContent[]): void => {
    siblings.forEach((node, index) => {
      if (node.type === 'heading') found.push({ text: textOf(node), depth: node.depth, siblings, index });
      else if ('children' in node && node.type !== 'paragraph') walk(node.children as RootContent[]);
    });
  };
  walk(content);
  return found;
}

/** Embeds written in a sentence become blocks of their own, the sentence split around them. */
function hoist(tree: Root | MdxJsxFlowElement): void {
  visit(tree, 'paragraph', (paragraph: Paragraph, index, parent) => {
    if (!parent || index === undefined || !paragraph.children.some(isEmbed)) return undefined;
    const blocks: RootContent[] = [];
    let run: PhrasingContent[] = [];
    const flush = (): void => {
      if (run.some((child) => !(child.type === 'text' && child.value.trim() === ''))) {
        blocks.push({ type: 'paragraph', children: run });
      }
      run = [];
    };
    for (const child of paragraph.children) {
      if (isEmbed(child)) {
        flush();
        blocks.push({ ...child, type: 'mdxJsxFlowElement', children: [] } as MdxJsxFlowElement);
      } else run.push(child);
    }
    flush();
    parent.children.splice(index, 1, ...(blocks as (typeof parent.children)[number][]));
    return [SKIP, index + blocks.length];
  });
}

function isEmbed(node: PhrasingContent): node is MdxJsxTextElement {
  return node.type === 'mdxJsxTextElement' && node.name === 'Embed';
}

/** Embedded text keeps no anchor of its own: the ids belong to the page it comes from. */
function withoutIds(node: RootContent): RootContent {
  visit(node, (child) => {
    const properties = child.data?.hProperties;
    if (properties && 'id' in properties) {
      const { id: _id, ...rest } = properties;
      child.data = { ...child.data, hProperties: rest };
    }
    if (child.data?.blockId) {
      const { blockId: _blockId, ...rest } = child.data;
      child.data = rest;
    }
  });
  return node;
}

function attribute(node: MdxJsxFlowElement, name: string): string | undefined {
  const found = node.attributes.find((entry) => entry.type === 'mdxJsxAttribute' && entry.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
}

function textOf(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  return 'children' in node ? (node.children as Nodes[]).map(textOf).join('') : '';
}
