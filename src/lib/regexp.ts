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
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A phrase as a pattern in which spaces and hyphens between its words match any run of either,
 * so "shared responsibility" also finds "Shared-Responsibility" and "AES-256" finds "AES 256".
 *
 * @example
 *   new RegExp(phrasePattern('AES-256')).test('AES 256') // true
 */
export function phrasePattern(phrase: string): string {
  return phrase
    .trim()
    .split(/[\s-]+/)
    .map(escapeRegExp)
    .join('[\\s-]+');
}
