import type { Code, Image, Nodes, PhrasingContent, RootContent } from 'mdast';
import type { InlineMath, Math as MathBlock } from 'mdast-util-math';
import type {
  MdxJsxAttribute,
  MdxJsxAttributeValueExpression,
  MdxJsxFlowElement,
  MdxJsxTextElement,
} from 'mdast-util-mdx-jsx';
import type { Tag } from '@quartz-community/remark-obsidian';

/** An image a page shows: the file of the notes folder, and the name the page's MDX imports it by. */
export interface PageImage {
  /** The file of the notes folder, relative to it. */
  readonly attachment: string;
  /** The identifier the MDX imports it as (`image0`). */
  readonly name: string;
}

/** What a page's notes become for MDX: the tree, the images it imports, the HTML rendered at build time. */
export interface MdxTree {
  readonly nodes: RootContent[];
  readonly images: PageImage[];
  /** Formulas and highlighted code, rendered by the converter: the page's `prerendered` export. */
  readonly prerendered: string[];
  /** Whether the page shows formulas (it then loads their stylesheet). */
  readonly math: boolean;
}

/** The name of the export that holds a page's rendered formulas and code. */
export const PRERENDERED = 'prerendered';

/**
 * A page's notes as the tree its MDX is written from: Markdown wherever Markdown says it (headings,
 * lists, tables, emphasis, links, plain code), the site's components where it cannot
 * (lib/note-components.ts). What the converter rendered at build time (formulas, highlighted code)
 * goes into the page's `prerendered` export and reaches the page as it is, never parsed again;
 * images are imported, so Astro's image pipeline processes them. Nothing of the notes becomes code:
 * every attribute value is a string the converter wrote, and text stays text nodes, which the
 * serialiser escapes (serialize.ts). The tree given is not changed.
 *
 * @example
 *   paragraph("E = ", inlineMath("mc^2"))  →  paragraph("E = ", <Math tex="mc^2" html={prerendered[0]} />)
 *   image(data.attachment "a.png")         →  <NoteImage src={image0} alt="a" />, images [{ attachment: 'a.png', name: 'image0' }]
 */
export function toMdxTree(nodes: readonly RootContent[]): MdxTree {
  const images: PageImage[] = [];
  const prerendered: string[] = [];
  let math = false;
  let shownImages = 0;
  const imageName = (attachment: string): string => {
    const known = images.find((image) => image.attachment === attachment);
    if (known) return known.name;
    const name = `image${images.length}`;
    images.push({ attachment, name });
    return name;
  };
  const keep = (html: string): MdxJsxAttribute => {
    prerendered.push(html);
    return expression('html', `${PRERENDERED}[${prerendered.length - 1}]`);
  };

  const convert = (node: Nodes): Nodes[] => {
    switch (node.type) {
      case 'inlineMath':
      case 'math':
        if (node.data?.formula) math = true;
        return withAnchor(node, formula(node, node.data?.formula ? keep(node.data.formula) : undefined));
      case 'code':
        return withAnchor(node, code(node, node.data?.highlighted ? keep(node.data.highlighted) : undefined));
      case 'image':
        if (!node.data?.attachment) return [{ type: 'text', value: node.alt ?? '' }];
        shownImages += 1;
        return [noteImage(node, imageName(node.data.attachment), shownImages === 1)];
      case 'tag':
        return [jsx('text', 'Tag', [attribute('name', (node as Tag).value)], [])];
      case 'wikilink':
        return [{ type: 'text', value: node.alias || node.path || '' }];
      case 'html':
        // The converter leaves no HTML of the notes as markup (inline-html.ts); any left is text.
        return [{ type: 'text', value: node.value }];
      case 'link':
        return [{ type: 'link', url: node.url, title: node.title ?? null, children: children(node.children) }];
      default:
        break;
    }
    // A callout of the notes (callouts.ts) has its title first; a student's own <Callout> has none.
    const calloutOfNotes =
      node.type === 'mdxJsxFlowElement' &&
      node.name === 'Callout' &&
      node.children[0]?.type === 'paragraph' &&
      node.children[0].data?.calloutTitle === true;
    const copy = { ...node } as Nodes;
    delete copy.data;
    if ('children' in node && 'children' in copy) {
      (copy as { children: Nodes[] }).children = children(node.children as Nodes[]) as never;
    }
    if (copy.type === 'mdxJsxFlowElement' || copy.type === 'mdxJsxTextElement')
      return withAnchor(node, element(copy, calloutOfNotes));
    // A heading keeps its id for heading-elements.ts, which writes it as Markdown or as an element.
    const id = node.data?.hProperties?.['id'];
    if (copy.type === 'heading' && typeof id === 'string') copy.data = { hProperties: { id } };
    return withAnchor(node, copy);
  };
  const children = <T extends Nodes>(list: readonly T[]): T[] => list.flatMap((child) => convert(child)) as T[];

  return { nodes: children([...nodes]) as RootContent[], images, prerendered, math };
}

/** A formula: `<Math tex="…" display html={prerendered[n]} />`, or its source with why it could not be shown. */
function formula(node: InlineMath | MathBlock, html: MdxJsxAttribute | undefined): Nodes {
  const display = node.type === 'math' || node.data?.display === true;
  const attributes = [
    attribute('tex', node.value),
    ...(display ? [flag('display')] : []),
    ...(html ? [html] : [attribute('error', node.data?.formulaError ?? 'the formula is empty')]),
  ];
  return jsx(node.type === 'math' ? 'flow' : 'text', 'Math', attributes, []);
}

/** Highlighted code: `<Code lang="…" html={prerendered[n]}>` around its source; plain code stays a fenced block. */
function code(node: Code, html: MdxJsxAttribute | undefined): Nodes {
  const source: Code = { type: 'code', lang: node.lang ?? null, meta: null, value: node.value };
  if (!html) return source;
  return jsx('flow', 'Code', [...(node.lang ? [attribute('lang', node.lang)] : []), html], [source]);
}

/** An image of the notes folder: `<NoteImage src={image0} alt="…" />`, the page's first one loaded at once (`eager`). */
function noteImage(node: Image, name: string, first: boolean): Nodes {
  const data = node.data ?? {};
  return jsx(
    'text',
    'NoteImage',
    [
      expression('src', name),
      attribute('alt', node.alt ?? ''),
      ...(data.described ? [flag('described')] : []),
      ...(data.width ? [expression('width', String(data.width))] : []),
      ...(data.height ? [expression('height', String(data.height))] : []),
      ...(first ? [flag('eager')] : []),
    ],
    [],
  );
}

/** The converter's own elements, with the attributes a page needs (internal ones dropped). */
function element(
  node: MdxJsxFlowElement | MdxJsxTextElement,
  calloutOfNotes: boolean,
): MdxJsxFlowElement | MdxJsxTextElement {
  const value = (name: string): string => {
    const found = node.attributes.find((entry) => entry.type === 'mdxJsxAttribute' && entry.name === name);
    return typeof found?.value === 'string' ? found.value : '';
  };
  if (node.name === 'Embed') {
    const cut = value('cut');
    node.attributes = [attribute('label', value('label')), attribute('href', value('href'))];
    if (cut) node.attributes.push(flag('cut'));
  }
  if (calloutOfNotes) return callout(node, value('type'), value('fold'));
  if (node.name === 'MissingFile') node.children = [];
  return node;
}

/**
 * A callout: `<Callout type="tip" title="Remember" fold="-">`, its title an attribute when it is
 * plain text, else a `<Fragment slot="title">` that keeps its markup (a link, a formula).
 */
function callout(node: MdxJsxFlowElement | MdxJsxTextElement, type: string, fold: string): MdxJsxFlowElement {
  const [title, ...body] = node.children as Nodes[];
  const words = title?.type === 'paragraph' ? title.children : [];
  const plain = words.every((child) => child.type === 'text');
  const attributes = [attribute('type', type || 'note')];
  if (plain) attributes.push(attribute('title', words.map((child) => (child as { value: string }).value).join('')));
  if (fold) attributes.push(attribute('fold', fold));
  // On one line, so that MDX reads the title as text (serialize.ts leaves a `Fragment` unwrapped).
  const slot: Nodes[] = plain
    ? []
    : [
        {
          type: 'paragraph',
          children: [jsx('text', 'Fragment', [attribute('slot', 'title')], words) as PhrasingContent],
        },
      ];
  return jsx('flow', 'Callout', attributes, [...slot, ...body]) as MdxJsxFlowElement;
}

/**
 * A block with an Obsidian block id carries it, so that `[[Note#^id]]` lands on the block itself
 * (and `:target` marks it): a paragraph as `<p id="^id">`, a list item's text in
 * `<Anchor id="^id">`, a callout or a formula in its `id`, any other block (a list, a table, code)
 * inside `<Anchor id="^id" block>`.
 */
function withAnchor(original: Nodes, converted: Nodes): Nodes[] {
  const id = original.data?.hProperties?.['id'];
  if (typeof id !== 'string' || original.type === 'heading') return [converted];
  if (converted.type === 'paragraph') {
    return [
      { type: 'paragraph', children: [jsx('text', 'p', [attribute('id', id)], converted.children) as PhrasingContent] },
    ];
  }
  if (converted.type === 'listItem' && converted.children[0]?.type === 'paragraph') {
    const first = converted.children[0];
    first.children = [jsx('text', 'Anchor', [attribute('id', id)], first.children) as PhrasingContent];
    return [converted];
  }
  if (
    (converted.type === 'mdxJsxFlowElement' || converted.type === 'mdxJsxTextElement') &&
    ['Callout', 'Math'].includes(converted.name ?? '')
  ) {
    converted.attributes.push(attribute('id', id));
    return [converted];
  }
  return [jsx('flow', 'Anchor', [attribute('id', id), flag('block')], [converted])];
}

/**
 * A JSX element for the page. Flow elements stand on lines of their own; text elements sit in a
 * line of text.
 */
export function jsx(
  kind: 'flow' | 'text',
  name: string,
  attributes: MdxJsxAttribute[],
  children: Nodes[],
): MdxJsxFlowElement | MdxJsxTextElement {
  return kind === 'flow'
    ? ({ type: 'mdxJsxFlowElement', name, attributes, children } as MdxJsxFlowElement)
    : ({ type: 'mdxJsxTextElement', name, attributes, children } as MdxJsxTextElement);
}

/** A string attribute: written quoted, with `"` and `&` as character references. */
export function attribute(name: string, value: string): MdxJsxAttribute {
  return { type: 'mdxJsxAttribute', name, value };
}

/** A boolean attribute: `display`. */
function flag(name: string): MdxJsxAttribute {
  return { type: 'mdxJsxAttribute', name, value: null };
}

/** An attribute whose value is an expression the converter writes (never note text): `html={prerendered[0]}`. */
function expression(name: string, code: string): MdxJsxAttribute {
  const value: MdxJsxAttributeValueExpression = { type: 'mdxJsxAttributeValueExpression', value: code };
  return { type: 'mdxJsxAttribute', name, value };
}
