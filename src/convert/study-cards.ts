import type { List, ListItem, Nodes, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visitParents } from 'unist-util-visit-parents';
import { phrasePattern, WORD_END, WORD_START } from '../lib/regexp.ts';
import type { KeyPoint, OutlineEntry, StudyCard } from '../schemas/topic-page.ts';

/** The blank shown in place of a key word on the question side of a cloze card. */
export const BLANK = '_____';

/**
 * Flashcards from one topic's notes, never written by hand:
 * - a key term with its explanation → "AWS Shield" / "protects against DDoS/DoS attacks …";
 * - a key point → the line with its key words blanked / the whole line;
 * - a list whose items each hold a nested list → for every nested item, "Which group does
 *   “Amazon EBS” belong to?" / "Customers - Security IN the cloud", with every group as a choice.
 * A line of fewer than two words gives no card.
 *
 * @example
 *   - **AWS Shield** protects against DDoS   →  { kind: 'term', front: 'AWS Shield', back: 'protects against DDoS' }
 */
export function studyCards(
  nodes: readonly RootContent[],
  outline: readonly OutlineEntry[],
  keyPoints: readonly KeyPoint[],
): StudyCard[] {
  const cards: StudyCard[] = [];
  for (const entry of outline) {
    if (entry.kind !== 'term' || entry.explanation === '' || words(`${entry.text} ${entry.explanation}`) < 2) continue;
    cards.push(card('term', entry.text, entry.explanation, { anchor: entry.id }));
  }
  for (const point of keyPoints) {
    const front = blankOut(point.text, point.keyWords);
    if (words(point.text) < 2 || front === point.text) continue;
    cards.push(card('cloze', front, point.text, { anchor: point.id }));
  }
  const root: Root = { type: 'root', children: [...nodes] };
  visitParents(root, 'list', (list, ancestors) => {
    cards.push(...groupCards(list, ancestors.at(-1) ?? root));
  });
  return cards;
}

/** Cards of a list whose items each hold a nested list: which group does each nested item belong to? */
function groupCards(list: List, parent: Nodes): StudyCard[] {
  const groups = list.children.map((item) => ({ item, title: firstLine(item), nested: nestedItems(item) }));
  if (groups.length < 2 || groups.some((group) => group.nested.length === 0 || group.title === '')) return [];
  const choices = groups.map((group) => group.title);
  const context = lineBefore(list, parent);
  return groups.flatMap((group) =>
    group.nested
      .map((item) => firstLine(item))
      .filter((text) => words(text) >= 2)
      .map((text) =>
        card('group', `Which group does “${text}” belong to?`, group.title, {
          choices,
          ...(context ? { context } : {}),
        }),
      ),
  );
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

function card(kind: StudyCard['kind'], front: string, back: string, extra: Partial<StudyCard> = {}): StudyCard {
  return { id: `${kind}-${hash([kind, front, back, extra.context ?? ''].join('\n'))}`, kind, front, back, ...extra };
}

function words(text: string): number {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

/** FNV-1a, 32 bits, base 36: a short stable id. */
function hash(text: string): string {
  let value = 0x811c9dc5;
  for (const char of text) {
    value ^= char.codePointAt(0) ?? 0;
    value = Math.imul(value, 0x01000193) >>> 0;
  }
  return value.toString(36);
}
