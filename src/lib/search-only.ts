/**
 * Text indexed for search but never shown: the other names of a glossary term, written beside the
 * student's words so that "cognito" finds a page that says "congnito". Pagefind indexes it like
 * any text; the search dialog leaves it out of excerpts and titles, and the highlighter never
 * marks it. Two rare brackets (U+2045, U+2046) fence it; Pagefind keeps them in the page text and
 * still indexes the words they touch.
 */
export const SEARCH_ONLY_START = '\u2045';
export const SEARCH_ONLY_END = '\u2046';

/**
 * Names fenced as search-only text.
 *
 * @example
 *   searchOnly(['Amazon Cognito', 'AWS Shield']) // '⁅Amazon Cognito, AWS Shield⁆'
 */
export function searchOnly(names: readonly string[]): string {
  return `${SEARCH_ONLY_START}${names.join(', ')}${SEARCH_ONLY_END}`;
}

/**
 * A text without its search-only parts, for showing it.
 *
 * @example
 *   withoutSearchOnly('⁅AWS Key Management Service⁆ KMS keys') // 'KMS keys'
 */
export function withoutSearchOnly(text: string): string {
  return text.replace(/\s*\u2045[^\u2046]*\u2046\s*/gu, ' ').trim();
}
