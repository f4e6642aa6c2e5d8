import type { Nodes, Paragraph, PhrasingContent, RootContent, Strong } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import type {} from 'mdast-util-to-hast';
import { visit } from './walk.ts';
import { visitParents } from './walk.ts';
import { slugify, uniqueSlug } from '../lib/slug.ts';
import type { KeyPoint, Mention, OutlineEntry } from '../schemas/topic-page.ts';
import { emphasisedParts, keyWords } from './key-points.ts';
import { readableText } from './readable-text.ts';

/** Longest text a bold lead may have to count as a key term (longer ones are emphasised sentences). */
const MAX_TERM_LENGTH = 60;

/** A page's link targets, found and given ids by {@link markAnchors}. */
export interface Anchors {
  /** Headings and key terms in reading order ("On this page"). */
  outline: OutlineEntry[];
  /** Every glossary mention on the page, with the id of its element. */
  mentions: Mention[];
  /** The lines the student emphasised, each now a `<KeyPoint>`. */
  keyPoints: KeyPoint[];
}

/** Options of {@link markAnchors}. */
export interface AnchorOptions {
  /**
   * The names of a glossary term that search should also find at its first mention on the page
   * (see lib/term-names.ts), given the mention's words; written as the Term's `search` attribute.
   */
  readonly searchNames?: (term: string, text: string) => readonly string[];
}

/**
 * Give a topic page's link targets their ids, all unique on the page, and list them.
 * - Headings and blocks keep the ids they were given (heading-ids.ts); those are reserved first.
 * - A key term, a bold lead such as **AWS Shield** at the start of "AWS Shield protects against …"
 *   (bold text that opens a paragraph and is followed by more words), becomes `<KeyTerm id="term-…">`.
 * - A glossary mention (`<Term name="…">`, see glossary-terms.ts) gets `id="mention-<term>"`,
 *   so the glossary can link to the exact place; the first mention of a term on the page gets the
 *   term's other names for search (`search="…"`, comma-separated).
 * - A key point, a line the student emphasised (see key-points.ts), becomes `<KeyPoint id="key-point-…">`
 *   around the whole line: the page shows it as a callout, the cheat sheet lists it.
 *
 * @example
 *   - **AWS Shield** protects against DDoS
 *   → - <KeyTerm id="term-aws-shield" label="AWS Shield"><Term name="aws-shield" id="mention-aws-shield">AWS Shield</Term></KeyTerm> protects …
 *   outline: [{ kind: 'term', id: 'term-aws-shield', text: 'AWS Shield' }], mentions: [{ term: 'aws-shield', id: 'mention-aws-shield', … }]
 */
export function markAnchors(nodes: readonly RootContent[], options: AnchorOptions = {}): Anchors {
  // Ids the page has already: its headings' and blocks' (heading-ids.ts).
  const taken = new Set<string>();
  for (const node of nodes) {
    visit(node, (child) => {
      const id = child.data?.hProperties?.['id'];
      if (typeof id === 'string') taken.add(id);
      // Ids a student gave elements of an .mdx note are theirs too.
      const own =
        child.type === 'mdxJsxTextElement' || child.type === 'mdxJsxFlowElement' ? attribute(child, 'id') : undefined;
      if (own !== undefined) taken.add(own);
    });
  }

  const outline: OutlineEntry[] = [];
  const mentions: Mention[] = [];
  const keyPoints: KeyPoint[] = [];
  /** The key points this step makes (a student's own `<KeyPoint>` of an `.mdx` note is listed as it is met). */
  const made = new Set<MdxJsxTextElement>();
  for (const node of nodes) {
    visitParents(node, (child, ancestors) => {
      // Text embedded from another note (embeds.ts) is that note's: its terms get ids, nothing else.
      const embedded = ancestors.some((ancestor) => ancestor.type === 'mdxJsxFlowElement' && ancestor.name === 'Embed');
      const element = child.type === 'mdxJsxTextElement' || child.type === 'mdxJsxFlowElement' ? child : undefined;
      if (embedded && element?.name !== 'Term') return;
      if (child.type === 'heading') {
        const id = child.data?.hProperties?.['id'];
        outline.push({
          kind: 'heading',
          depth: child.depth,
          text: readableText(child),
          id: typeof id === 'string' ? id : '',
        });
      } else if (child.type === 'paragraph') {
        const parts = emphasisedParts(child);
        const lead = leadTerm(child);
        if (lead) {
          const text = toString(lead.strong).trim();
          const id = uniqueId(`term-${slugify(text) || 'key-term'}`, taken);
          child.children[lead.index] = jsxElement('KeyTerm', { id, label: text }, lead.strong.children, lead.strong);
          outline.push({ kind: 'term', id, text, explanation: explanationAfter(child, lead.index) });
        }
        const line = toString(child).replace(/\s+/g, ' ').trim();
        if (parts.length > 0 && line.split(' ').length >= 2) {
          const id = uniqueId(`key-point-${slugify(line.split(' ').slice(0, 6).join(' ')) || 'key-point'}`, taken);
          keyPoints.push({ id, text: line, keyWords: keyWords(line, parts, termNames(child)) });
          const keyPoint = jsxElement('KeyPoint', { id }, child.children, child);
          made.add(keyPoint);
          child.children = [keyPoint];
        }
      } else if (element?.name === 'KeyPoint' && !made.has(element as MdxJsxTextElement)) {
        // A student's own <KeyPoint> (an .mdx note): an id if it has none, and a place in the cheat sheet and cards.
        const line = toString(element).replace(/\s+/g, ' ').trim();
        if (line === '') return;
        const id =
          attribute(element, 'id') ??
          ownId(element, `key-point-${slugify(line.split(' ').slice(0, 6).join(' ')) || 'key-point'}`, taken);
        const parts = emphasisedParts({ type: 'paragraph', children: element.children as PhrasingContent[] });
        keyPoints.push({ id, text: line, keyWords: keyWords(line, parts, termNames(element)) });
      } else if (element?.name === 'KeyTerm' && attribute(element, 'id') === undefined) {
        // A student's own <KeyTerm>: an id, a label, and a place in "On this page" and the cards.
        const text = toString(element).trim();
        if (text === '') return;
        const id = ownId(element, `term-${slugify(text) || 'key-term'}`, taken);
        if (attribute(element, 'label') === undefined)
          element.attributes.push({ type: 'mdxJsxAttribute', name: 'label', value: text });
        const parent = ancestors.at(-1);
        const index = parent?.type === 'paragraph' ? parent.children.indexOf(element as PhrasingContent) : -1;
        const explanation = parent?.type === 'paragraph' && index >= 0 ? explanationAfter(parent, index) : '';
        outline.push({ kind: 'term', id, text, explanation });
      } else if (element?.name === 'Term') {
        const term = attribute(element, 'name');
        if (!term) return;
        const text = toString(element);
        const id = attribute(element, 'id') ?? ownId(element, `mention-${term}`, taken);
        if (embedded) return;
        const names = id === `mention-${term}` ? (options.searchNames?.(term, text) ?? []) : [];
        if (names.length > 0 && attribute(element, 'search') === undefined)
          element.attributes.push({ type: 'mdxJsxAttribute', name: 'search', value: names.join(', ') });
        mentions.push({ term, id, text });
      }
    });
  }
  return { outline, mentions, keyPoints };
}

/** What a line says after its key term, without the separator: "AWS Shield – protects …" → "protects …". */
function explanationAfter(paragraph: Paragraph, index: number): string {
  const rest = paragraph.children
    .slice(index + 1)
    .map((child) => toString(child))
    .join('');
  return rest
    .replace(/\s+/g, ' ')
    .replace(/^[\s:,;–—-]+/u, '')
    .trim();
}

/** The bold lead of a paragraph: its first non-blank child, when bold, short, and followed by text. */
function leadTerm(paragraph: Paragraph): { strong: Strong; index: number } | undefined {
  const index = paragraph.children.findIndex((child) => !(child.type === 'text' && child.value.trim() === ''));
  const strong = paragraph.children[index];
  if (strong?.type !== 'strong') return undefined;
  const text = toString(strong).trim();
  const rest = paragraph.children
    .slice(index + 1)
    .map((child) => toString(child))
    .join('');
  if (text === '' || text.length > MAX_TERM_LENGTH || !/[\p{L}\p{N}]/u.test(rest)) return undefined;
  return { strong, index };
}

function jsxElement(
  name: string,
  attributes: Record<string, string>,
  children: PhrasingContent[],
  at: Strong | Paragraph,
): MdxJsxTextElement {
  const element: MdxJsxTextElement = {
    type: 'mdxJsxTextElement',
    name,
    attributes: Object.entries(attributes).map(([key, value]): MdxJsxAttribute => ({
      type: 'mdxJsxAttribute',
      name: key,
      value,
    })),
    children,
  };
  if (at.position) element.position = at.position;
  return element;
}

/** The words of the glossary mentions inside a node. */
function termNames(node: Nodes): string[] {
  const names: string[] = [];
  visit(node, (child) => {
    if ((child.type === 'mdxJsxTextElement' || child.type === 'mdxJsxFlowElement') && child.name === 'Term')
      names.push(toString(child));
  });
  return names;
}

/** A new id for an element, unique on the page, set on it. */
function ownId(element: MdxJsxTextElement | MdxJsxFlowElement, wanted: string, taken: Set<string>): string {
  const id = uniqueId(wanted, taken);
  element.attributes.push({ type: 'mdxJsxAttribute', name: 'id', value: id });
  return id;
}

function attribute(element: MdxJsxTextElement | MdxJsxFlowElement, name: string): string | undefined {
  const found = element.attributes.find((entry) => entry.type === 'mdxJsxAttribute' && entry.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
}

/** An id not used yet on the page (`id`, `id-2`, …), which is now taken. */
function uniqueId(id: string, taken: Set<string>): string {
  const unique = uniqueSlug(id, taken);
  taken.add(unique);
  return unique;
}
