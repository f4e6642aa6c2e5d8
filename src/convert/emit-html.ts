import type { Element, ElementContent, Properties, Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Code, Image, Nodes as MdastNodes, Root, RootContent, Table } from 'mdast';
import type { InlineMath, Math as MathBlock } from 'mdast-util-math';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { defaultHandlers, toHast, type Handler, type State } from 'mdast-util-to-hast';
import type { Tag } from '@quartz-community/remark-obsidian';
import { searchOnly } from '../lib/search-only.ts';
import type { GlossaryEntry } from '../schemas/glossary.ts';
import { tagSlug } from '../lib/tag-slug.ts';

/** An image of a page, shown where the page's HTML has the comment `<!--image:N-->` (its index). */
export interface PageImage {
  /** The file of the notes folder, relative to it. */
  readonly attachment: string;
  readonly alt: string;
  /** Whether the student described it (search indexes the description then). */
  readonly described?: boolean;
  /** The width and height the student asked for, if any. */
  readonly width?: number;
  readonly height?: number;
}

/** Options of {@link emitPageHtml}. */
export interface EmitOptions {
  /** The site's base path, ending in `/`. */
  readonly base: string;
  /** Glossary terms by id (for a term's canonical name and meaning). */
  readonly glossary: ReadonlyMap<string, GlossaryEntry>;
}

/** A page's HTML, and what it needs besides. */
export interface EmittedPage {
  readonly html: string;
  readonly images: PageImage[];
  /** Whether the page shows formulas (it then loads the formula stylesheet). */
  readonly math: boolean;
}

/**
 * Write a page's notes as HTML: mdast → hast (mdast-util-to-hast, with the converter's own elements
 * written by the handlers below) → HTML (hast-util-to-html, which escapes every character of note
 * text). No note text is ever written as markup: raw HTML nodes are dropped (the converter has
 * turned the student's HTML into text or into the few elements it allows), and every attribute
 * value comes from the converter.
 *
 * @example
 *   emitPageHtml([paragraph('IAM roles {x} <b>')], options).html // '<p>IAM roles {x} &#x3C;b></p>'
 */
export function emitPageHtml(nodes: readonly RootContent[], options: EmitOptions): EmittedPage {
  const images: PageImage[] = [];
  let math = false;
  const handlers: Record<string, Handler> = {
    mdxJsxTextElement: (state, node: MdxJsxTextElement) => element(state, node, options),
    mdxJsxFlowElement: (state, node: MdxJsxFlowElement) => element(state, node, options),
    tag: (_state, node: Tag) => tagLink(node, options),
    inlineMath: (_state, node: InlineMath) => {
      if (node.data?.formula) math = true;
      return formula(node, false);
    },
    math: (_state, node: MathBlock) => {
      if (node.data?.formula) math = true;
      return withId(node, formula(node, true));
    },
    code: (state, node: Code) => withId(node, codeBlock(state, node)),
    table: (state, node: Table) => withId(node, tableBox(state, node)),
    image: (_state, node: Image) => {
      const attachment = node.data?.attachment;
      if (!attachment) return { type: 'text', value: node.alt ?? '' };
      images.push({
        attachment,
        alt: node.alt ?? '',
        ...(node.data?.described ? { described: true } : {}),
        ...(node.data?.width ? { width: node.data.width } : {}),
        ...(node.data?.height ? { height: node.data.height } : {}),
      });
      return { type: 'comment', value: `image:${images.length - 1}` };
    },
    wikilink: (_state, node: { alias?: string; path?: string }) => ({
      type: 'text',
      value: node.alias || node.path || '',
    }),
  };
  const root: Root = { type: 'root', children: [...nodes] };
  const tree = toHast(root, { handlers, allowDangerousHtml: false }) as HastRoot;
  return { html: toHtml(tree, { allowDangerousHtml: false }), images, math };
}

function element(
  state: State,
  node: MdxJsxTextElement | MdxJsxFlowElement,
  options: EmitOptions,
): ElementContent | ElementContent[] {
  const children = state.all(node);
  const get = (name: string): string => {
    const found = node.attributes.find((entry) => entry.type === 'mdxJsxAttribute' && entry.name === name);
    return typeof found?.value === 'string' ? found.value : '';
  };
  const id = get('id');
  switch (node.name) {
    case 'u':
    case 'mark':
    case 'sub':
    case 'sup':
    case 'kbd':
    case 'p':
      return el(node.name, {}, children);
    case 'br':
      return el('br', {}, []);
    case 'Term':
      return term(get('name'), id, get('search'), children, options);
    case 'KeyTerm':
      return el('strong', { id, className: ['key-term'], dataPagefindTitle: get('label') }, children);
    case 'KeyPoint':
      return el('span', { id, className: ['key-point'] }, [
        el('span', { className: ['key-point-label'], dataPagefindIgnore: '' }, [text('Key point')]),
        ...children,
      ]);
    case 'Callout':
      return callout(get('type'), get('fold'), children);
    case 'Embed':
      return embed(get('label'), get('href'), get('cut') !== '', children);
    case 'Unresolved':
      return el('span', { className: ['unresolved'], title: get('title') }, children);
    case 'MissingFile':
      return el('span', { className: ['missing-file'] }, [text(`Missing image: ${get('name')}`)]);
    default:
      return children;
  }
}

function term(name: string, id: string, search: string, children: ElementContent[], options: EmitOptions): Element {
  const entry = options.glossary.get(name);
  const tip = `${id}-tip`;
  const link = el(
    'a',
    {
      ...(id ? { id } : {}),
      className: ['term-word'],
      href: `${options.base}glossary/#${name}`,
      ...(entry && id ? { ariaDescribedBy: [tip] } : {}),
    },
    children,
  );
  const card = entry
    ? [
        el(
          'span',
          { role: 'tooltip', ...(id ? { id: tip } : {}), className: ['term-tip'], dataPagefindIgnore: 'all' },
          [el('strong', {}, [text(entry.name)]), text(`: ${entry.meaning}`)],
        ),
      ]
    : [];
  const indexed: Properties = search ? { dataPagefindIndexAttrs: 'data-names', dataNames: searchOnly([search]) } : {};
  return el('span', { className: ['term'], ...indexed }, [link, ...card]);
}

function callout(type: string, fold: string, children: ElementContent[]): Element {
  const [title, ...body] = children;
  const titleChildren = title?.type === 'element' ? title.children : [];
  const properties = { className: ['callout'], dataCallout: type || 'note' };
  if (fold === '') {
    return el('aside', properties, [el('p', { className: ['callout-title'] }, titleChildren), ...body]);
  }
  return el('details', { ...properties, ...(fold === '+' ? { open: true } : {}) }, [
    el('summary', { className: ['callout-title'] }, titleChildren),
    ...body,
  ]);
}

function embed(label: string, href: string, cut: boolean, children: ElementContent[]): Element {
  const source = el('p', { className: ['embed-source'], dataPagefindIgnore: '' }, [
    text(cut ? 'Embedded before, not repeated: ' : 'From '),
    el('a', { href, className: ['internal'] }, [text(label)]),
  ]);
  return el('div', { className: ['embed'] }, cut ? [source] : [source, ...children]);
}

function tagLink(node: Tag, options: EmitOptions): Element {
  return el('a', { className: ['tag'], href: `${options.base}tags/${tagSlug(node.value)}/` }, [text(`#${node.value}`)]);
}

function formula(node: InlineMath | MathBlock, display: boolean): ElementContent {
  const rendered = node.data?.formula;
  if (!rendered) {
    const source = display ? `$$${node.value}$$` : `$${node.value}$`;
    const code = el(
      'code',
      { className: ['math-error'], title: `This formula could not be shown: ${node.data?.formulaError ?? ''}` },
      [text(source)],
    );
    return display || node.type === 'math' ? el('p', {}, [code]) : code;
  }
  const block = display || node.type === 'math';
  return el(
    block ? 'div' : 'span',
    { className: ['math', block ? 'math-display' : 'math-inline'], dataPagefindIgnore: '' },
    rendered.children as ElementContent[],
  );
}

function codeBlock(state: State, node: Code): Element {
  const highlighted = node.data?.highlighted?.children[0];
  if (highlighted?.type === 'element') {
    return { ...highlighted, properties: { ...highlighted.properties, tabIndex: 0 } };
  }
  const code = el('code', node.lang ? { className: [`language-${node.lang}`] } : {}, [text(node.value)]);
  state.patch(node, code);
  return el('pre', { tabIndex: 0 }, [code]);
}

function tableBox(state: State, node: Table): Element {
  const table = defaultHandlers.table(state, node);
  return el('div', { className: ['table-scroll'], role: 'group', ariaLabel: 'Table, scrolls sideways', tabIndex: 0 }, [
    table,
  ]);
}

/** An element with the id its node was given (a heading's or a block's anchor), which a handler writing its own element would lose. */
function withId<T extends ElementContent>(node: MdastNodes, element: T): T {
  const id = node.data?.hProperties?.['id'];
  if (element.type === 'element' && typeof id === 'string') element.properties = { ...element.properties, id };
  return element;
}

function el(tagName: string, properties: Properties, children: ElementContent[]): Element {
  return { type: 'element', tagName, properties, children };
}

function text(value: string): ElementContent {
  return { type: 'text', value };
}
