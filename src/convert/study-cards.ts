import type { List, ListItem, Nodes, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { escapeHtml } from '../lib/escape-html.ts';
import { phrasePattern, WORD_END, WORD_START } from '../lib/regexp.ts';
import { shortHash } from '../lib/short-hash.ts';
import type { KeyPoint, StudyCard } from '../schemas/topic-page.ts';
import { cardHtml } from './cards/card-html.ts';
import { visit, visitParents } from './walk.ts';

/** The blank shown in place of a key word on the question side of a cloze card. */
const BLANK = '_____';
/** The longest text a list item may show in a question; longer ones are cut at a word. */
const MAX_ITEM = 120;
/** An explanation that is only an abbreviation in brackets: "(BPTT)", "(OUs)". */
const ACRONYM = /^\(\s*([\p{Lu}\p{N}][\p{L}\p{N}&./-]{0,11})\s*\)$/u;

/** Options of {@link studyCards}. */
export interface StudyCardOptions {
  /** Slug of the topic the cards come from: the ids the cards had before are made with it. */
  readonly topic: string;
  /** The page's title: the first step of where each card comes from. */
  readonly title: string;
  /** The canonical name of a glossary term by its id, to name a term the notes misspell. */
  readonly termName: (id: string) => string | undefined;
  /** Parts of the notes the student made cards of themselves: the site makes none there. */
  readonly authored?: (node: Nodes) => boolean;
}

/**
 * Flashcards the site makes from a page's notes, worth reviewing:
 * - a key term with its explanation → "AWS Shield" / "protects against DDoS/DoS attacks …" (a term
 *   explained only by an abbreviation in brackets asks the abbreviation instead: "BPTT" /
 *   "BackPropagation Through Time");
 * - a key point → the line with its key words blanked / the whole line;
 * - a list whose items each hold a nested list → for every nested item, "Which group does
 *   “Amazon EBS” belong to?" / "Customers - Security IN the cloud", with every group as a choice;
 *   where the item names a glossary term in other words, the canonical name is asked, with the
 *   student's words beside it ("“Amazon EC2” (“Amazonh EC2” in the notes)"); a long item is cut at a word.
 * Sides are HTML shown like the notes (formulas rendered, never their TeX; no Markdown marks). A
 * line of fewer than two words, an empty answer, a key point with a formula or code (whose blanks
 * would cut through them) give no card, nor anything the student made cards of. A card's id is a
 * hash of its kind and the words of the notes it asks about, not of its page, so reviews survive
 * renaming and moving notes; the ids it had before are kept, so earlier reviews still count.
 *
 * @example
 *   - **AWS Shield** protects against DDoS   →  { kind: 'term', front: 'AWS Shield', back: 'protects against DDoS' }
 */
export function studyCards(
  nodes: readonly RootContent[],
  keyPoints: readonly KeyPoint[],
  options: StudyCardOptions,
): StudyCard[] {
  const cards: StudyCard[] = [];
  const keyPointById = new Map(keyPoints.map((point) => [point.id, point]));
  const add = (
    kind: StudyCard['kind'],
    source: readonly string[],
    fields: Omit<StudyCard, 'id' | 'kind' | 'previousIds'>,
    legacy: { front: string; back: string; context?: string | undefined },
  ): void => {
    const legacyId = `${kind}-${shortHash([kind, legacy.front, legacy.back, legacy.context ?? ''].join('\n'))}`;
    const topicId = `${kind}-${shortHash([kind, options.topic, ...source].join('\n'))}`;
    const id = `${kind}-${shortHash([kind, ...source].join('\n'))}`;
    cards.push({ id, kind, ...fields, previousIds: [topicId, legacyId] });
  };
  const skip = options.authored ?? (() => false);
  const root: Root = { type: 'root', children: [...nodes] };
  const where = headingTrail(root, options.title);

  visitParents(root, (node, ancestors) => {
    if (skip(node)) return 'skip';
    if (ancestors.some((ancestor) => ancestor.type === 'mdxJsxFlowElement' && ancestor.name === 'Embed')) return 'skip';
    const element = node.type === 'mdxJsxTextElement' ? node : undefined;
    const parent = ancestors.at(-1);
    if (element?.name === 'KeyTerm' && parent?.type === 'paragraph') {
      termCard(element, parent, where(node), add);
    } else if (element?.name === 'KeyPoint') {
      const point = keyPointById.get(attribute(element, 'id') ?? '');
      if (point) keyPointCard(element, point, where(node), add);
    } else if (node.type === 'list') {
      groupCards(node, parent ?? root, where(node), options, add);
    }
    return undefined;
  });
  return cards;
}

type Add = (
  kind: StudyCard['kind'],
  source: readonly string[],
  fields: Omit<StudyCard, 'id' | 'kind' | 'previousIds'>,
  legacy: { front: string; back: string; context?: string | undefined },
) => void;

/** A key term and what its line says about it (or, explained only by an abbreviation, the abbreviation asked). */
function termCard(element: MdxJsxTextElement, paragraph: Paragraph, where: string[], add: Add): void {
  const index = paragraph.children.indexOf(element);
  const text = toString(element).trim();
  const rest = withoutLeadingSeparator(paragraph.children.slice(index + 1));
  const explanation = toString({ type: 'paragraph', children: rest }).replace(/\s+/g, ' ').trim();
  const anchor = attribute(element, 'id');
  if (explanation === '' || words(`${text} ${explanation}`) < 2) return;
  const acronym = ACRONYM.exec(explanation)?.[1];
  const term = cardHtml({ type: 'root', children: [{ type: 'paragraph', children: element.children }] });
  if (acronym) {
    add(
      'term',
      [acronym, text],
      { front: escapeHtml(acronym), back: inline(term.html), where, ...(anchor ? { anchor } : {}), ...math(term.math) },
      { front: text, back: explanation },
    );
    return;
  }
  const answer = cardHtml({ type: 'root', children: [{ type: 'paragraph', children: rest }] });
  add(
    'term',
    [text, explanation],
    {
      front: inline(term.html),
      back: inline(answer.html),
      where,
      ...(anchor ? { anchor } : {}),
      ...math(term.math || answer.math),
    },
    { front: text, back: explanation },
  );
}

/** A key point with its key words blanked; none for a line with a formula or code (a blank would cut through them). */
function keyPointCard(element: MdxJsxTextElement, point: KeyPoint, where: string[], add: Add): void {
  if (contains(element, ['inlineMath', 'math', 'inlineCode', 'image'])) return;
  const front = blankOut(point.text, point.keyWords);
  if (words(point.text) < 2 || front === point.text) return;
  const marked = (blank: boolean): string =>
    point.keyWords.reduce(
      (html, word) =>
        html.replace(
          new RegExp(`${WORD_START}${phrasePattern(escapeHtml(word))}${WORD_END}`, 'u'),
          blank ? '<span class="cloze-blank">[…]</span>' : '<span class="cloze-answer">$&</span>',
        ),
      escapeHtml(point.text),
    );
  add(
    'cloze',
    [point.text],
    { front: marked(true), back: marked(false), where, anchor: point.id },
    { front, back: point.text },
  );
}

/** For a list whose items each hold a nested list: which group each nested item belongs to. */
function groupCards(list: List, parent: Nodes, where: string[], options: StudyCardOptions, add: Add): void {
  const groups = listGroups(list);
  if (!groups || groups.some((group) => contains(group.item, ['inlineMath', 'math']))) return;
  const choices = groups.map((group) => group.title);
  const context = lineBefore(list, parent);
  for (const group of groups) {
    for (const item of group.nested) {
      const text = firstLine(item);
      if (words(text) < 2 || contains(item, ['inlineMath', 'math'])) continue;
      const named = canonicalLine(item, options.termName);
      const asked = named === text ? `“${cut(text)}”` : `“${cut(named)}” (“${cut(text)}” in the notes)`;
      add(
        'group',
        [text, group.title],
        {
          front: escapeHtml(`Which group does ${asked} belong to?`),
          back: escapeHtml(group.title),
          where,
          choices,
          ...(context ? { context } : {}),
        },
        { front: `Which group does “${text}” belong to?`, back: group.title, context },
      );
    }
  }
}

/** The groups of a list whose items each hold a nested list (every item titled), or `undefined`. */
function listGroups(list: List): { title: string; item: ListItem; nested: ListItem[] }[] | undefined {
  const groups = list.children.map((item) => ({ title: firstLine(item), item, nested: nestedItems(item) }));
  return groups.length >= 2 && groups.every((group) => group.nested.length > 0 && group.title !== '')
    ? groups
    : undefined;
}

/**
 * For each node, where it is: the page's title, then the headings above it (the headings of the
 * page in order, each closing the ones of its depth and deeper).
 */
function headingTrail(root: Root, title: string): (node: Nodes) => string[] {
  const trails = new Map<Nodes, string[]>();
  const stack: { depth: number; text: string }[] = [];
  for (const node of root.children) {
    if (node.type === 'heading') {
      while ((stack.at(-1)?.depth ?? 0) >= node.depth) stack.pop();
      stack.push({ depth: node.depth, text: wordsOf(node) });
    }
    const trail = [title, ...stack.map((entry) => entry.text).filter(Boolean)];
    visit(node, (child) => void trails.set(child as Nodes, trail));
  }
  return (node) => trails.get(node) ?? [title];
}

/**
 * The first line of a list item with every glossary term named canonically.
 *
 * @example
 *   item "Amazonh EC2 instances" (a Term amazon-ec2 around "Amazonh EC2") → "Amazon EC2 instances"
 */
function canonicalLine(item: ListItem, termName: StudyCardOptions['termName']): string {
  const first = item.children.find((child) => child.type !== 'list');
  if (!first || !('children' in first)) return firstLine(item);
  const named = (node: RootContent | PhrasingContent): string => {
    if (node.type === 'mdxJsxTextElement' && node.name === 'Term') {
      const id = node.attributes.find((entry) => 'name' in entry && entry.name === 'name')?.value;
      const name = typeof id === 'string' ? termName(id) : undefined;
      if (name && normalised(name) !== normalised(toString(node))) return name;
    }
    return 'children' in node
      ? (node.children as (RootContent | PhrasingContent)[]).map(named).join('')
      : toString(node);
  };
  return (named(first).split('\n')[0] ?? '').replace(/\s+/g, ' ').trim();
}

/** Text compared without case or spacing: "AWS  kms" and "AWS KMS" name a term alike. */
function normalised(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s-]+/g, ' ')
    .trim();
}

function nestedItems(item: ListItem): ListItem[] {
  return item.children.flatMap((child) => (child.type === 'list' ? child.children : []));
}

/** The first line of text of a list item (its own words, not those of its nested list). */
function firstLine(item: ListItem): string {
  const first = item.children.find((child) => child.type !== 'list');
  return first ? (toString(first).split('\n')[0] ?? '').replace(/\s+/g, ' ').trim() : '';
}

/** The paragraph right above a list in its container, if there is one. */
function lineBefore(list: List, parent: Nodes): string | undefined {
  if (!('children' in parent)) return undefined;
  const siblings = parent.children as Nodes[];
  const previous = siblings[siblings.indexOf(list) - 1];
  return previous?.type === 'paragraph' && !contains(previous, ['inlineMath'])
    ? toString(previous).replace(/\s+/g, ' ').trim()
    : undefined;
}

/** A text cut at a word to at most {@link MAX_ITEM} characters, with `…` when cut. */
function cut(text: string): string {
  if (text.length <= MAX_ITEM) return text;
  const head = text.slice(0, MAX_ITEM);
  const space = head.lastIndexOf(' ');
  return `${(space > MAX_ITEM / 2 ? head.slice(0, space) : head).replace(/[\s,;:–—-]+$/u, '')}…`;
}

/** The phrasing after a key term, without the separator a line puts there ("AWS Shield – protects …"). */
function withoutLeadingSeparator(children: PhrasingContent[]): PhrasingContent[] {
  const [first, ...rest] = children;
  if (first?.type !== 'text') return children;
  const value = first.value.replace(/^[\s:,;–—-]+/u, '');
  return value === '' ? rest : [{ ...first, value }, ...rest];
}

/** A paragraph's HTML without its `<p>` (a side is one line). */
function inline(html: string): string {
  return html.replace(/^<p>([\s\S]*)<\/p>$/, '$1');
}

function math(shows: boolean): { math?: true } {
  return shows ? { math: true } : {};
}

/** Whether a node holds nodes of any of these types. */
function contains(node: Nodes, types: readonly string[]): boolean {
  let found = false;
  visit(node, (child) => {
    if (types.includes(child.type)) found = true;
  });
  return found;
}

/** A heading's words, without its formulas. */
function wordsOf(node: Nodes): string {
  const text = (child: Nodes): string => {
    if (child.type === 'inlineMath') return '';
    if ('value' in child && typeof child.value === 'string') return child.value;
    return 'children' in child ? (child.children as Nodes[]).map(text).join('') : '';
  };
  return text(node).replace(/\s+/g, ' ').trim();
}

function attribute(element: MdxJsxTextElement, name: string): string | undefined {
  const found = element.attributes.find((entry) => entry.type === 'mdxJsxAttribute' && entry.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
}

/**
 * The line with each key word replaced by a blank.
 *
 * @example
 *   blankOut('Explicit denies take priorities over allows', ['Explicit', 'priorities']) // '_____ denies take _____ over allows'
 */
export function blankOut(text: string, keyWords: readonly string[]): string {
  let result = text;
  for (const word of keyWords) {
    result = result.replace(new RegExp(`${WORD_START}${phrasePattern(word)}${WORD_END}`, 'u'), BLANK);
  }
  return result;
}

function words(text: string): number {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}
