import type { Element, ElementContent, Properties, Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Code, Heading, Html, Image, Root } from 'mdast';
import type { InlineMath, Math as MathBlock } from 'mdast-util-math';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toHast, type Handler, type State } from 'mdast-util-to-hast';
import { CLOZE_MARKS } from './card-sides.ts';

/** A card side as HTML, and the images it shows (where `<!--card-image:N-->` stands). */
export interface CardHtml {
  readonly html: string;
  /** The files of the notes folder the side shows, by N. */
  readonly images: { readonly attachment: string; readonly alt: string; readonly width?: number }[];
  /** Whether the side shows a formula (the study page then loads the formulas' stylesheet). */
  readonly math: boolean;
}

/**
 * A flashcard's side as HTML, shown like the notes: formulas and code as the converter rendered
 * them, links to the pages, callouts, emphasis; an image as a mark the card file replaces with the
 * image Astro processed. Written by hast-util-to-html from the tree, so the text is escaped; the
 * only HTML written as it is, is the converter's own (KaTeX, Shiki). Cloze marks become elements:
 * the blank (or its hint), the answer, a hidden deletion.
 *
 * @example
 *   cardHtml(tree('An \uE000\uE001 attack')).html // 'An <span class="cloze-blank">[…]</span> attack'
 */
export function cardHtml(tree: Root, imagesBefore = 0): CardHtml {
  const images: CardHtml['images'] = [];
  let math = false;
  const handlers: Record<string, Handler> = {
    inlineMath: (_state, node: InlineMath) => {
      if (node.data?.formula) math = true;
      return formula(node, node.type === 'inlineMath' && node.data?.display !== true);
    },
    math: (_state, node: MathBlock) => {
      if (node.data?.formula) math = true;
      return formula(node, false);
    },
    code: (_state, node: Code) =>
      node.data?.highlighted
        ? ({ type: 'raw', value: node.data.highlighted } as unknown as ElementContent)
        : el('pre', { tabIndex: 0 }, [el('code', {}, [text(node.value)])]),
    image: (_state, node: Image) => {
      const attachment = node.data?.attachment;
      if (!attachment) return text(node.alt ?? '');
      const width = node.data?.width;
      images.push({ attachment, alt: node.alt ?? '', ...(width ? { width } : {}) });
      return { type: 'comment', value: `card-image:${imagesBefore + images.length - 1}` };
    },
    mdxJsxTextElement: (state, node: MdxJsxTextElement) => element(state, node),
    mdxJsxFlowElement: (state, node: MdxJsxFlowElement) => element(state, node),
    tag: (_state, node: { value: string }) => text(`#${node.value}`),
    // A heading in a card is a line in bold: the study page's headings stay its own.
    heading: (state, node: Heading) => el('p', {}, [el('strong', {}, state.all(node))]),
    // The converter leaves no HTML of the notes as markup; any left is text.
    html: (_state, node: Html) => text(node.value),
    wikilink: (_state, node: { alias?: string; path?: string }) => text(node.alias || node.path || ''),
  };
  const hast = toHast(tree, { handlers, allowDangerousHtml: true }) as HastRoot;
  const html = clozeElements(toHtml(hast, { allowDangerousHtml: true }));
  return { html, images, math };
}

/** The converter's elements of a card: their words, in the element the page would show them in. */
function element(state: State, node: MdxJsxTextElement | MdxJsxFlowElement): ElementContent | ElementContent[] {
  const children = state.all(node);
  const get = (name: string): string => {
    const found = node.attributes.find((entry) => entry.type === 'mdxJsxAttribute' && entry.name === name);
    return typeof found?.value === 'string' ? found.value : '';
  };
  switch (node.name) {
    case 'u':
    case 'mark':
    case 'sub':
    case 'sup':
    case 'kbd':
      return el(node.name, {}, children);
    case 'br':
      return el('br', {}, []);
    case 'KeyTerm':
      return el('strong', {}, children);
    case 'Callout': {
      const [title, ...body] = children;
      const titleChildren = title?.type === 'element' ? title.children : [];
      return el('aside', { className: ['callout'], dataCallout: get('type') || 'note' }, [
        el('p', { className: ['callout-title'] }, titleChildren),
        ...body,
      ]);
    }
    case 'Embed':
      return el('p', {}, [text(get('label'))]);
    case 'Unresolved':
      return el('span', { className: ['unresolved'] }, children);
    case 'MissingFile':
      return text(`Missing image: ${get('name')}`);
    default:
      return children;
  }
}

/** A formula as the converter rendered it, or its source marked as one that could not be shown. */
function formula(node: InlineMath | MathBlock, inline: boolean): ElementContent {
  const rendered = node.data?.formula;
  if (!rendered)
    return el('code', { className: ['math-error'] }, [text(inline ? `$${node.value}$` : `$$${node.value}$$`)]);
  return el(inline ? 'span' : 'div', { className: ['math', inline ? 'math-inline' : 'math-display'] }, [
    { type: 'raw', value: rendered } as unknown as ElementContent,
  ]);
}

/** The cloze marks of card-sides.ts as elements, once the text around them is safe HTML. */
function clozeElements(html: string): string {
  return html
    .replace(new RegExp(`${CLOZE_MARKS.askOpen}${CLOZE_MARKS.askClose}`, 'g'), '<span class="cloze-blank">[…]</span>')
    .replaceAll(CLOZE_MARKS.askOpen, '<span class="cloze-blank">[')
    .replaceAll(CLOZE_MARKS.askClose, ']</span>')
    .replaceAll(CLOZE_MARKS.answerOpen, '<span class="cloze-answer">')
    .replaceAll(CLOZE_MARKS.answerClose, '</span>')
    .replaceAll(CLOZE_MARKS.hidden, '<span class="cloze-hidden">[…]</span>');
}

function el(tagName: string, properties: Properties, children: ElementContent[]): Element {
  return { type: 'element', tagName, properties, children };
}

function text(value: string): ElementContent {
  return { type: 'text', value };
}
