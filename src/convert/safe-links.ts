import type { Definition, Image, Link, Nodes, Paragraph, PhrasingContent, Root, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from './walk.ts';

/** URL schemes a link may use; a URL without a scheme (relative, `#anchor`) is always allowed. */
const ALLOWED_SCHEMES: ReadonlySet<string> = new Set(['http', 'https', 'mailto']);

/**
 * Whether a link target may be followed: http, https, mailto and relative URLs only.
 * Checked on the decoded URL (character references and escapes are already resolved by the
 * parser), ignoring the whitespace and control characters browsers ignore in a scheme.
 *
 * @example
 *   isSafeUrl('https://aws.amazon.com') // true
 *   isSafeUrl('JaVa\tScRiPt:alert(1)')  // false
 *   isSafeUrl('../kms/')                // true
 */
export function isSafeUrl(url: string): boolean {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleanUrl(url))?.[1];
  return scheme === undefined || ALLOWED_SCHEMES.has(scheme.toLowerCase());
}

function cleanUrl(url: string): string {
  // eslint-disable-next-line no-control-regex
  return url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
}

/**
 * Whether a URL names a file of the notes folder: no scheme, no `//` host (a relative path, or a
 * path from the notes folder).
 *
 * @example
 *   isLocalUrl('attachments/a b.png') // true
 *   isLocalUrl('https://x/y.png')     // false
 */
export function isLocalUrl(url: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(cleanUrl(url)) && cleanUrl(url) !== '';
}

/**
 * Make every link safe and self-contained: references become inline links (so a section keeps its
 * links when it moves to another page), images of the notes folder stay images (a later step finds
 * the file), other images become links to the image (a page never loads a file from another
 * origin), and a link with a forbidden scheme becomes its text followed by the target in
 * parentheses, as plain text. Definitions no link uses stay visible as text.
 *
 * @example
 *   [docs](javascript:alert(1))  →  text "docs" + text " (javascript:alert(1))"
 *   ![diagram](https://x/y.png)  →  link(https://x/y.png) > "diagram"
 *   [KMS][kms] … [kms]: https://aws.amazon.com/kms/  →  link(https://aws.amazon.com/kms/) > "KMS"
 */
export default function remarkSafeLinks() {
  return (tree: Root): void => safeLinks(tree);
}

/** See {@link remarkSafeLinks}. */
function safeLinks(tree: Root): void {
  const definitions = new Map<string, Definition>();
  visit(tree, 'definition', (node) => {
    if (!definitions.has(node.identifier)) definitions.set(node.identifier, node);
  });
  const used = new Set<string>();

  // A link cannot hold a link: an image inside a link shows its description.
  visit(tree, (node) => {
    if (node.type !== 'link' && node.type !== 'linkReference') return undefined;
    visit(node, (inner, index, parent) => {
      if (!parent || index === undefined || (inner.type !== 'image' && inner.type !== 'imageReference'))
        return undefined;
      parent.children[index] = text(inner.alt || ('url' in inner ? inner.url : inner.label) || '', inner);
      return undefined;
    });
    return undefined;
  });

  visit(tree, (node, index, parent) => {
    if (!parent || index === undefined) return undefined;
    const replacement = replace(node, definitions, used);
    if (!replacement) return undefined;
    parent.children.splice(index, 1, ...(replacement as (typeof parent.children)[number][]));
    // Visit what replaced the node: the children of a forbidden link may hold more to mend.
    return index;
  });

  visit(tree, 'definition', (node, index, parent) => {
    if (!parent || index === undefined) return undefined;
    if (used.has(node.identifier)) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    parent.children[index] = definitionAsText(node);
    return SKIP;
  });
}

function replace(
  node: Nodes,
  definitions: ReadonlyMap<string, Definition>,
  used: Set<string>,
): PhrasingContent[] | undefined {
  switch (node.type) {
    case 'link':
      return isSafeUrl(node.url) ? undefined : [...node.children, text(` (${node.url})`, node)];
    case 'image':
      return isLocalUrl(node.url) ? undefined : [imageAsLink(node.url, node.title, node.alt, node)];
    case 'linkReference':
    case 'imageReference': {
      const definition = definitions.get(node.identifier);
      if (!definition) return [text(toString(node) || node.label || '', node)];
      used.add(node.identifier);
      if (node.type === 'imageReference') {
        if (!isLocalUrl(definition.url)) return [imageAsLink(definition.url, definition.title, node.alt, node)];
        const image: Image = {
          type: 'image',
          url: definition.url,
          title: definition.title ?? null,
          alt: node.alt ?? '',
        };
        if (node.position) image.position = node.position;
        return [image];
      }
      const link: Link = {
        type: 'link',
        url: definition.url,
        title: definition.title ?? null,
        children: node.children,
      };
      if (node.position) link.position = node.position;
      return replace(link, definitions, used) ?? [link];
    }
    default:
      return undefined;
  }
}

function imageAsLink(
  url: string,
  title: string | null | undefined,
  alt: string | null | undefined,
  at: Nodes,
): PhrasingContent {
  const label = alt || url;
  if (!isSafeUrl(url)) return text(`${label} (${url})`, at);
  const link: Link = { type: 'link', url, title: title ?? null, children: [text(label, at)] };
  if (at.position) link.position = at.position;
  return link;
}

function definitionAsText(node: Definition): Paragraph {
  const label = text(`[${node.label ?? node.identifier}]: `, node);
  const target: PhrasingContent = isSafeUrl(node.url)
    ? { type: 'link', url: node.url, title: node.title ?? null, children: [text(node.url, node)] }
    : text(node.url, node);
  const paragraph: Paragraph = { type: 'paragraph', children: [label, target] };
  if (node.position) paragraph.position = node.position;
  return paragraph;
}

function text(value: string, at: Nodes): Text {
  const node: Text = { type: 'text', value };
  if (at.position) node.position = at.position;
  return node;
}
