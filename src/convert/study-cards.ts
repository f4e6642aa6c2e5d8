import type { List, ListItem, Nodes, PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visitParents } from './walk.ts';
import { phrasePattern, WORD_END, WORD_START } from '../lib/regexp.ts';
import { shortHash } from '../lib/short-hash.ts';
import type { KeyPoint, OutlineEntry, StudyCard } from '../schemas/topic-page.ts';

/** The blank shown in place of a key word on the question side of a cloze card. */
const BLANK = '_____';

/** Options of {@link studyCards}. */
export interface StudyCardOptions {
  /** Slug of the topic the cards come from: part of every card's id, so one line in two topics gives two cards. */
  readonly topic: string;
  /** The canonical name of a glossary term by its id, to name a term the notes misspell. */
  readonly termName: (id: string) => string | undefined;
}

/**
 * Flashcards from one topic's notes, never written by hand:
 * - a key term with its explanation → "AWS Shield" / "protects against DDoS/DoS attacks …";
 * - a key point → the line with its key words blanked / the whole line;
 * - a list whose items each hold a nested list → for every nested item, "Which group does
 *   “Amazon EBS” belong to?" / "Customers - Security IN the cloud", with every group as a choice;
 *   where the item names a glossary term in other words, the canonical name is asked, with the
 *   student's words beside it ("“Amazon EC2” (“Amazonh EC2” in the notes)").
 * A line of fewer than two words gives no card. A card's id depends on its topic and the words of
 * the notes it asks about, not on how the question is phrased, so reviews survive rewording.
 *
 * @example
 *   - **AWS Shield** protects against DDoS   →  { kind: 'term', front: 'AWS Shield', back: 'protects against DDoS' }
 */
export function studyCards(
  nodes: readonly RootContent[],
  outline: readonly OutlineEntry[],
  keyPoints: readonly KeyPoint[],
  options: StudyCardOptions,
): StudyCard[] {
  const cards: StudyCard[] = [];
  const card = (
    kind: StudyCard['kind'],
    source: readonly string[],
    fields: Omit<StudyCard, 'id' | 'kind' | 'legacyId'>,
    legacyFront = fields.front,
  ) => {
    const legacyId = `${kind}-${shortHash([kind, legacyFront, fields.back, fields.context ?? ''].join('\n'))}`;
    cards.push({ id: cardId(options.topic, kind, source), kind, ...fields, legacyId });
  };
  for (const entry of outline) {
    if (entry.kind !== 'term' || entry.explanation === '' || words(`${entry.text} ${entry.explanation}`) < 2) continue;
    card('term', [entry.text, entry.explanation], { front: entry.text, back: entry.explanation, anchor: entry.id });
  }
  for (const point of keyPoints) {
    const front = blankOut(point.text, point.keyWords);
    if (words(point.text) < 2 || front === point.text) continue;
    card('cloze', [point.text], { front, back: point.text, anchor: point.id });
  }
  const root: Root = { type: 'root', children: [...nodes] };
  visitParents(root, 'list', (list, ancestors) => {
    const groups = listGroups(list);
    if (!groups) return;
    const choices = groups.map((group) => group.title);
    const context = lineBefore(list, ancestors.at(-1) ?? root);
    for (const group of groups) {
      for (const item of group.nested) {
        const text = firstLine(item);
        if (words(text) < 2) continue;
        const named = canonicalLine(item, options.termName);
        const asked = named === text ? `“${text}”` : `“${named}” (“${text}” in the notes)`;
        card(
          'group',
          [text, group.title],
          {
            front: `Which group does ${asked} belong to?`,
            back: group.title,
            choices,
            ...(context ? { context } : {}),
          },
          `Which group does “${text}” belong to?`,
        );
      }
    }
  });
  return cards;
}

/** The groups of a list whose items each hold a nested list (every item titled), or `undefined`. */
function listGroups(list: List): { title: string; nested: ListItem[] }[] | undefined {
  const groups = list.children.map((item) => ({ title: firstLine(item), nested: nestedItems(item) }));
  return groups.length >= 2 && groups.every((group) => group.nested.length > 0 && group.title !== '')
    ? groups
    : undefined;
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
      const id = node.attributes.find((attribute) => 'name' in attribute && attribute.name === 'name')?.value;
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
  return previous?.type === 'paragraph' ? toString(previous).replace(/\s+/g, ' ').trim() : undefined;
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

/**
 * A card's id: its kind, its topic and the words of the notes it asks about.
 *
 * @example
 *   cardId('iam', 'term', ['IAM roles', 'provide temporary privileges']) // 'term-…' (stable across builds)
 */
function cardId(topic: string, kind: StudyCard['kind'], source: readonly string[]): string {
  return `${kind}-${shortHash([kind, topic, ...source].join('\n'))}`;
}

function words(text: string): number {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}
