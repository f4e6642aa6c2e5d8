import type { Html, Image, Nodes, Paragraph, PhrasingContent, Root, Text } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';

/** Inline HTML elements a student may use for emphasis; they stay elements on the page. */
export const ALLOWED_INLINE_TAGS: ReadonlySet<string> = new Set(['u', 'mark', 'sub', 'sup', 'kbd']);

const OPEN = /^<([a-z]+)\s*>$/i;
/** `<img …>` with its attributes, which becomes an image of the notes when its `src` is a file of the notes folder. */
const IMG = /^<img\b((?:\s+[a-z-]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>$/i;
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
function inlineHtml(tree: Root): void {
  rewrite(tree);
}

/** {@link inlineHtml} as a step of the converter's processor. */
export default function remarkInlineHtml() {
  return (tree: Root): void => inlineHtml(tree);
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
    const image = imageOf(child);
    if (LINE_BREAK.test(value)) {
      output().push(element('br', [], child));
    } else if (image) {
      output().push(image);
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

/**
 * An `<img>` of the notes as an image node, when its `src` is a relative path (a file of the notes
 * folder): `src`, `alt`, `width` and `height` are kept, every other attribute is dropped. Any
 * other `<img>` is shown as text, as other HTML is.
 *
 * @example
 *   imageOf(html('<img src="figs/a b.png" width="300" onerror="x">')) // image(url "figs/a b.png") with data.width 300
 */
function imageOf(node: Html): Image | undefined {
  const match = IMG.exec(node.value.trim());
  if (!match) return undefined;
  const attributes = new Map<string, string>();
  for (const [, name, quoted, single, bare] of (match[1] ?? '').matchAll(
    /([a-z-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/gi,
  )) {
    attributes.set((name ?? '').toLowerCase(), quoted ?? single ?? bare ?? '');
  }
  const src = decodeEntities(attributes.get('src') ?? '');
  if (!src || /^[a-z][a-z0-9+.-]*:|^\/\//i.test(src)) return undefined;
  const size = (name: string): number | undefined => {
    const value = Number.parseInt(attributes.get(name) ?? '', 10);
    return Number.isFinite(value) && value > 0 ? value : undefined;
  };
  const width = size('width');
  const height = size('height');
  return {
    type: 'image',
    url: src,
    alt: decodeEntities(attributes.get('alt') ?? ''),
    ...(node.position ? { position: node.position } : {}),
    ...(width || height ? { data: { ...(width ? { width } : {}), ...(height ? { height } : {}) } } : {}),
  };
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? entity;
  });
}

declare module 'mdast' {
  interface ImageData {
    /** The width the student asked for (`![[a.png|300]]`, `<img width>`), in CSS pixels. */
    width?: number;
    /** The height the student asked for (`![[a.png|300x200]]`). */
    height?: number;
  }
}
