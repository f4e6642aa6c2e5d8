import type { Nodes } from 'mdast';
import { visit } from './walk.ts';
import { wordsOf } from '../lib/words.ts';

/** Words shorter than this are never corrected, so they are not worth listing. */
const MIN_LENGTH = 3;

/**
 * The vocabulary of the site for spelling help: every word of the pages' text as the reader sees
 * it (the converter's tree, not the MDX written from it, so no escape or markup is ever taken for
 * a word), most frequent first, ties in alphabetical order.
 *
 * @example
 *   vocabularyOf(['IAM roles and roles', 'import the &#x69; key'])
 *   // ['roles', 'and', 'iam', 'import', 'key', 'the']
 */
export function vocabularyOf(texts: Iterable<string>): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const word of wordsOf(text)) if (word.length >= MIN_LENGTH) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([word]) => word);
}

/**
 * The pieces of text of a tree as the reader sees them, one per text node (so the words of two
 * list items never run together, as they do in `mdast-util-to-string`).
 *
 * @example
 *   [...textsOf(list("- IAM access\n- Programmatic"))] // ['IAM access', 'Programmatic']
 */
export function* textsOf(nodes: Iterable<Nodes>): Generator<string> {
  for (const node of nodes) {
    const texts: string[] = [];
    visit(node, (child) => {
      if (child.type === 'text' || child.type === 'inlineCode' || child.type === 'code') texts.push(child.value);
      else if (child.type === 'image' && child.alt) texts.push(child.alt);
    });
    yield* texts;
  }
}
