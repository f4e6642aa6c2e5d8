import type { Html, Nodes, Paragraph, PhrasingContent, Root, Text } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';

/** Inline HTML elements a student may use for emphasis; they stay elements on the page. */
export const ALLOWED_INLINE_TAGS: ReadonlySet<string> = new Set(['u', 'mark', 'sub', 'sup', 'kbd']);

const OPEN = /^<([a-z]+)\s*>$/i;
const CLOSE = /^<\/([a-z]+)\s*>$/i;
const LINE_BREAK = /^<br\s*\/?>$/i;

/**
 * Keep the student's inline emphasis tags as real elements and show every other piece of HTML as
 * the literal text the student typed, so no note text can ever run as markup or script.
 * `<u>`, `<mark>`, `<sub>`, `<sup>`, `<kbd>` become elements when opened and closed in the same
 * run of text, without attributes; `<br>` becomes a line break element; anything else
 * (`<script>`, `<img onerror=…>`, comments, unclosed tags) becomes text.
 *
 * @example
 *   *<u>Explicit denies</u>*   →  emphasis > mdxJsxTextElement(u) > "Explicit denies"
 *   <img src=x onerror=alert(1)>  →  text "<img src=x onerror=alert(1)>"
 *   <u>never closed             →  text "<u>" + text "never closed"
 */
export function inlineHtml(tree: Root): void {
  rewrite(tree);
}

function rewrite(node: Nodes): void {
  if (!('children' in node)) return;
  if (node.type === 'root' || isBlockContainer(node)) {
    node.children = node.children.map((child) =>
      child.type === 'html' ? htmlBlockAsText(child) : child,
    ) as typeof node.children;
  }
  for (const child of node.children) rewrite(child as Nodes);
  if (node.children.some((child) => child.type === 'html')) {
    node.children = pairTags(node.children as PhrasingContent[]) as typeof node.children;
  }
}

function isBlockContainer(node: Nodes): boolean {
  return node.type === 'blockquote' || node.type === 'listItem' || node.type === 'footnoteDefinition';
}

/** A block of HTML shown as the text the student typed, one paragraph per line group. */
function htmlBlockAsText(node: Html): Paragraph {
  return { type: 'paragraph', children: [asText(node)], ...(node.position ? { position: node.position } : {}) };
}

function asText(node: Html): Text {
  return { type: 'text', value: node.value, ...(node.position ? { position: node.position } : {}) };
}

/** Pair opening and closing allowed tags among siblings; everything unpaired becomes text. */
function pairTags(children: readonly PhrasingContent[]): PhrasingContent[] {
  interface Frame {
    tag: string;
    opener: Html;
    children: PhrasingContent[];
  }
  const root: PhrasingContent[] = [];
  const stack: Frame[] = [];
  const output = (): PhrasingContent[] => stack.at(-1)?.children ?? root;

  for (const child of children) {
    if (child.type !== 'html') {
      output().push(child);
      continue;
    }
    const value = child.value.trim();
    const open = OPEN.exec(value)?.[1]?.toLowerCase();
    const close = CLOSE.exec(value)?.[1]?.toLowerCase();
    if (LINE_BREAK.test(value)) {
      output().push(element('br', [], child));
    } else if (open && ALLOWED_INLINE_TAGS.has(open)) {
      stack.push({ tag: open, opener: child, children: [] });
    } else if (close && stack.some((frame) => frame.tag === close)) {
      // Close the matching frame; frames opened inside it and never closed fall back to text.
      while (stack.length > 0) {
        const frame = stack.pop() as Frame;
        if (frame.tag === close) {
          output().push(element(frame.tag, frame.children, frame.opener, child));
          break;
        }
        output().push(asText(frame.opener), ...frame.children);
      }
    } else {
      output().push(asText(child));
    }
  }
  while (stack.length > 0) {
    const frame = stack.pop() as Frame;
    output().push(asText(frame.opener), ...frame.children);
  }
  return root;
}

function element(name: string, children: PhrasingContent[], opener: Html, closer?: Html): MdxJsxTextElement {
  const start = opener.position?.start;
  const end = (closer ?? opener).position?.end;
  return {
    type: 'mdxJsxTextElement',
    name,
    attributes: [],
    children,
    ...(start && end ? { position: { start, end } } : {}),
  };
}
