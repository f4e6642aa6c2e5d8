import type { Nodes, Paragraph } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** Words too common to be the key words of a key point. */
const STOP_WORDS = new Set(
  'a an and are as at be been but by can do does for from has have how if in into is it its of on or over so than that the their them then there these they this to under was were what when where which while who why will with you your'.split(
    ' ',
  ),
);

/**
 * The parts of a paragraph the student emphasised: underlined (`<u>`), highlighted (`<mark>`), or
 * bold and italic together (`***…***`). Returns the text of each outermost such part.
 *
 * @example
 *   *<u>Explicit denies take priorities over allows</u>*   → ['Explicit denies take priorities over allows']
 *   IAM **roles** are *temporary*                           → []  (bold, italic, but never both)
 */
export function emphasisedParts(paragraph: Paragraph): string[] {
  const parts: string[] = [];
  const walk = (node: Nodes, strong: boolean, italic: boolean): void => {
    if (emphatic(node, strong, italic)) {
      const text = toString(node).replace(/\s+/g, ' ').trim();
      if (text) parts.push(text);
      return;
    }
    if (!('children' in node)) return;
    for (const child of node.children) {
      walk(child as Nodes, strong || node.type === 'strong', italic || node.type === 'emphasis');
    }
  };
  for (const child of paragraph.children) walk(child, false, false);
  return parts;
}

function emphatic(node: Nodes, strong: boolean, italic: boolean): boolean {
  if (node.type === 'mdxJsxTextElement') return node.name === 'u' || node.name === 'mark';
  return (node.type === 'strong' && italic) || (node.type === 'emphasis' && strong);
}

/**
 * The key words of a key point, to blank in a cloze card: the emphasised parts when the student
 * emphasised only part of the line; for a line emphasised end to end, its most telling words
 * (names first, then the longest), about a third of its content words.
 *
 * @example
 *   keyWords('Explicit denies take priorities over allows', ['Explicit denies take priorities over allows'], [])
 *   // ['Explicit', 'priorities']
 *   keyWords('Roles are temporary and can be assumed', ['temporary'], [])  // ['temporary']
 */
export function keyWords(text: string, parts: readonly string[], names: readonly string[]): string[] {
  const flat = (value: string) => value.replace(/\s+/g, ' ').trim();
  const whole = parts.some((part) => flat(part) === flat(text));
  if (!whole) return [...parts];
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  const content = words.filter((word) => word.length >= 3 && !STOP_WORDS.has(word.toLowerCase()));
  const nameWords = new Set(names.flatMap((name) => name.toLowerCase().split(/\s+/)));
  const rank = (word: string, index: number): number[] => [
    nameWords.has(word.toLowerCase()) ? 0 : 1,
    /\p{Lu}.*\p{Lu}|\d/u.test(word) ? 0 : 1, // acronyms and names such as "AES-256"
    -word.length,
    index,
  ];
  const ranked = content
    .map((word, index) => ({ word, key: rank(word, index) }))
    .sort((a, b) => compare(a.key, b.key))
    .slice(0, Math.max(1, Math.round(content.length / 3)))
    .map((entry) => entry.word);
  // Keep the reading order of the line.
  return content.filter((word, index) => ranked.includes(word) && content.indexOf(word) === index);
}

function compare(a: readonly number[], b: readonly number[]): number {
  for (let index = 0; index < a.length; index++) {
    const difference = (a[index] ?? 0) - (b[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}
