import type { Parent, PhrasingContent, Root, Text } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from '../walk.ts';
import { textSlice } from '../text-slice.ts';

/** `==` that opens a highlight (text right after it) or closes one (text right before it). */
const MARKER = /==/g;

/**
 * `==highlighted==` text becomes a `<mark>`, as `<mark>…</mark>` written in the notes does (and,
 * like it, makes its line a key point). A highlight may hold other markup (`==see **below**==`);
 * it opens at `==` followed by a non-space and closes at the next `==` after a non-space, within
 * one paragraph, heading or cell. Code and math never hold one.
 *
 * @example
 *   "==Explicit deny wins== always" → mdxJsxTextElement(mark) > "Explicit deny wins", " always"
 *   "==see **below**=="            → mark > ["see ", strong > "below"]
 *   "a == b"                        → unchanged
 */
export default function remarkHighlights() {
  return (tree: Root): void => {
    visit(tree, (node) => {
      if ('children' in node && node.children.some((child) => child.type === 'text' && child.value.includes('=='))) {
        highlightIn(node as Parent);
      }
    });
  };
}

function highlightIn(parent: Parent): void {
  const children = parent.children as PhrasingContent[];
  const result: PhrasingContent[] = [];
  let open: { index: number } | undefined;
  for (const child of children) {
    if (child.type !== 'text' || !child.value.includes('==')) {
      result.push(child);
      continue;
    }
    let cursor = 0;
    for (const match of child.value.matchAll(MARKER)) {
      const at = match.index;
      const before = child.value.charAt(at - 1);
      const after = child.value.charAt(at + 2);
      if (!open && after !== '' && !/\s|=/.test(after)) {
        if (at > cursor) result.push(textSlice(child, cursor, at));
        open = { index: result.length };
        cursor = at + 2;
      } else if (open && ((before !== '' && !/\s|=/.test(before)) || (at === 0 && result.length > open.index))) {
        if (at > cursor) result.push(textSlice(child, cursor, at));
        const inner = result.splice(open.index);
        result.push(mark(inner));
        open = undefined;
        cursor = at + 2;
      }
    }
    if (cursor < child.value.length) result.push(textSlice(child, cursor, child.value.length));
  }
  if (open) {
    // An unclosed `==`: put it back as text where it was.
    result.splice(open.index, 0, { type: 'text', value: '==' } satisfies Text);
  }
  parent.children = mergeTexts(result) as typeof parent.children;
}

function mark(children: PhrasingContent[]): MdxJsxTextElement {
  const first = children[0]?.position?.start;
  const last = children.at(-1)?.position?.end;
  return {
    type: 'mdxJsxTextElement',
    name: 'mark',
    attributes: [],
    children,
    ...(first && last ? { position: { start: first, end: last } } : {}),
  };
}

/** Join adjacent text nodes (an unclosed `==` splits one in two). */
function mergeTexts(nodes: PhrasingContent[]): PhrasingContent[] {
  const merged: PhrasingContent[] = [];
  for (const node of nodes) {
    const last = merged.at(-1);
    if (node.type === 'text' && last?.type === 'text') {
      merged[merged.length - 1] = { type: 'text', value: last.value + node.value } as Text;
    } else merged.push(node);
  }
  return merged;
}
