/** Before a whole word: no letter or digit (of any script) just before. */
export const WORD_START = '(?<![\\p{L}\\p{N}])';
/** After a whole word: no letter or digit just after. */
export const WORD_END = '(?![\\p{L}\\p{N}])';

/**
 * Text made safe to use inside a regular expression.
 *
 * @example
 *   escapeRegExp('AES-256 (x)') // 'AES-256 \\(x\\)'
 */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A phrase as a pattern in which spaces and hyphens between its words match any run of either,
 * so "shared responsibility" also finds "Shared-Responsibility" and "AES-256" finds "AES 256".
 *
 * @example
 *   new RegExp(phrasePattern('AES-256')).test('AES 256') // true
 */
export function phrasePattern(phrase: string, options: { ignoreCase?: boolean } = {}): string {
  const word = options.ignoreCase ? caselessPattern : escapeRegExp;
  return phrase
    .trim()
    .split(/[\s-]+/)
    .map(word)
    .join('[\\s-]+');
}

/**
 * Text as a pattern that ignores case by itself, for a regular expression whose other parts must
 * not: every letter with an upper and a lower case becomes a class of both. (The inline modifier
 * group `(?i:…)` does the same, but Node 22, the oldest runtime the project supports, rejects it.)
 *
 * @example
 *   caselessPattern('KMS v2') // '[kK][mM][sS] [vV]2'
 */
export function caselessPattern(text: string): string {
  let pattern = '';
  for (const char of text) {
    const lower = char.toLowerCase();
    const upper = char.toUpperCase();
    const single = [...lower].length === 1 && [...upper].length === 1;
    pattern += single && lower !== upper ? `[${lower}${upper}]` : escapeRegExp(char);
  }
  return pattern;
}
