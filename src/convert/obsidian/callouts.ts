import type { Blockquote, BlockContent, Paragraph, PhrasingContent, Root, Text } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { visit } from '../walk.ts';
import { textSlice } from '../text-slice.ts';

/** `[!type]`, an optional `|metadata`, and `+` (folded, open) or `-` (folded, closed). */
const CALLOUT = /^\[!([\p{L}\p{N}_-]+)(?:\|[^\]]*)?\]([+-]?)[ \t]*/u;

/** Obsidian's callout types by their other names (case is ignored); any other type is kept as written. */
const TYPE_ALIASES: Readonly<Record<string, string>> = {
  summary: 'abstract',
  tldr: 'abstract',
  hint: 'tip',
  important: 'tip',
  check: 'success',
  done: 'success',
  help: 'question',
  faq: 'question',
  attention: 'warning',
  caution: 'warning',
  missing: 'failure',
  fail: 'failure',
  error: 'danger',
  cite: 'quote',
};

/**
 * Obsidian callouts: a blockquote whose first line is `[!type] Title` becomes a `Callout` element
 * (type, fold, title, body), written as an `<aside>`, or as `<details>` when folded with `+`
 * (open) or `-` (closed). Nested callouts work; a callout with no title is titled by its type
 * ("Note"); unknown types (`[!theorem]`) keep their name and look like a note.
 *
 * @example
 *   > [!tip]- Remember
 *   > Roles are temporary.
 *   → Callout(type "tip", fold "-") > [paragraph("Remember", title), paragraph("Roles are temporary.")]
 */
export default function remarkCallouts() {
  return (tree: Root): void => {
    visit(tree, 'blockquote', (node, index, parent) => {
      if (!parent || index === undefined) return;
      const callout = calloutOf(node);
      if (callout) parent.children[index] = callout as (typeof parent.children)[number];
    });
  };
}

function calloutOf(quote: Blockquote): MdxJsxFlowElement | undefined {
  const first = quote.children[0];
  const lead = first?.type === 'paragraph' ? first.children[0] : undefined;
  if (!first || first.type !== 'paragraph' || lead?.type !== 'text') return undefined;
  const match = CALLOUT.exec(lead.value);
  if (!match?.[1]) return undefined;
  const written = match[1].toLowerCase();
  const type = TYPE_ALIASES[written] ?? written;
  const fold = match[2] ?? '';

  // The title is the rest of the first line; the lines after it are the callout's first paragraph.
  const rest: PhrasingContent[] = [textSlice(lead, match[0].length, lead.value.length), ...first.children.slice(1)];
  const title: PhrasingContent[] = [];
  const body: PhrasingContent[] = [];
  for (const child of rest) {
    if (body.length > 0) body.push(child);
    else if (child.type === 'text' && child.value.includes('\n')) {
      const cut = child.value.indexOf('\n');
      if (cut > 0) title.push(textSlice(child, 0, cut));
      body.push(textSlice(child, cut + 1, child.value.length));
    } else if (child.type === 'break') body.push({ type: 'text', value: '' } satisfies Text);
    else title.push(child);
  }
  const titleText = title.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  const heading: Paragraph = {
    type: 'paragraph',
    children: titleText.length > 0 ? title : [{ type: 'text', value: capitalise(written.replace(/[-_]/g, ' ')) }],
    data: { calloutTitle: true },
  };
  const firstBody: BlockContent[] = body.some((child) => !(child.type === 'text' && child.value.trim() === ''))
    ? [{ type: 'paragraph', children: body }]
    : [];
  return {
    type: 'mdxJsxFlowElement',
    name: 'Callout',
    attributes: [
      { type: 'mdxJsxAttribute', name: 'type', value: type },
      { type: 'mdxJsxAttribute', name: 'fold', value: fold },
    ],
    children: [heading, ...firstBody, ...quote.children.slice(1)],
    ...(quote.position ? { position: quote.position } : {}),
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

declare module 'mdast' {
  interface ParagraphData {
    /** The title line of a callout (callouts.ts). */
    calloutTitle?: boolean;
  }
}
