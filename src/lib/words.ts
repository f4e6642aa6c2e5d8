/**
 * The words of a text, lower-cased, in order (letters and digits of any script; punctuation,
 * apostrophes and hyphens split words, as Pagefind splits them).
 *
 * @example
 *   wordsOf('Identoty-based policies, AES-256!') // ['identoty', 'based', 'policies', 'aes', '256']
 */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * The part of an English word its other forms share, for matching forms without a stemmer.
 *
 * @example
 *   wordRoot('denies')   // 'den'
 *   wordRoot('policies') // 'polic'
 *   wordRoot('policy')   // 'polic'
 *   wordRoot('roles')    // 'rol'
 */
export function wordRoot(word: string): string {
  const stripped = word.replace(/(?:ies|es|s|ing|ed|y)$/u, '');
  return stripped.length >= 3 ? stripped : word;
}
