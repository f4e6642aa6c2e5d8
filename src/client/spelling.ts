import { editDistance } from '../lib/edit-distance.ts';
import { wordsOf } from '../lib/words.ts';

/** How far a word may be from a known word to be corrected: 1 edit for short words, 2 for longer. */
function allowedDistance(word: string): number {
  return word.length <= 4 ? 1 : 2;
}

/**
 * The known word a student most likely meant: the word itself when the notes have it (or a word
 * starting with it, which search already finds), else the nearest known word, the most frequent
 * one among equals. Words shorter than 4 letters and numbers are left alone.
 *
 * @example
 *   correctWord('encription', ['encryption', 'encrypted']) // 'encryption'
 *   correctWord('polic', ['policies'])                     // 'polic' (a prefix: search finds it)
 *   correctWord('zzzz', ['policies'])                      // undefined
 */
export function correctWord(word: string, vocabulary: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  if (lower.length < 4 || /^\d+$/.test(lower)) return lower;
  if (vocabulary.some((known) => known.startsWith(lower))) return lower;
  const max = allowedDistance(lower);
  let best: { word: string; distance: number } | undefined;
  for (const known of vocabulary) {
    const distance = editDistance(lower, known, max);
    if (distance <= max && (!best || distance < best.distance)) best = { word: known, distance };
    if (best?.distance === 1) break; // vocabulary is ordered by frequency: the first at distance 1 wins
  }
  return best?.word;
}

/**
 * The query with every unknown word replaced by the word the student most likely meant, or
 * `undefined` when nothing changes or a word has no likely match. Words `isWord` knows (English
 * words the notes have other words for) are not misspellings and stay as typed.
 *
 * @example
 *   correctQuery('encription keys', ['encryption', 'keys']) // 'encryption keys'
 */
export function correctQuery(
  query: string,
  vocabulary: readonly string[],
  isWord: (word: string) => boolean = () => false,
): string | undefined {
  const words = wordsOf(query);
  const corrected = words.map((word) => (isWord(word) ? word : (correctWord(word, vocabulary) ?? word)));
  const changed = corrected.some((word, index) => word !== words[index]);
  return changed ? corrected.join(' ') : undefined;
}
