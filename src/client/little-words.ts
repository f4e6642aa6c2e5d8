import { wordsOf } from '../lib/words.ts';

/** English's little words: in a question ("what is the …"), not what it is about. */
export const LITTLE_WORDS: ReadonlySet<string> = new Set(
  'a an and are as at be by can do does for from how i in is it of on or the this to was what when where which who why with'.split(
    ' ',
  ),
);

/**
 * The query as searched: without its little words, which are on nearly every page (Pagefind would
 * fetch their index chunks, the largest there are, and a page must have them all to be found). A
 * query of little words only, or with a quoted phrase (whose words Pagefind matches in order), is
 * searched as typed.
 *
 * @example
 *   searchedText('What is the shared responsibility model?') // 'shared responsibility model?'
 *   searchedText('what is it')                               // 'what is it'
 *   searchedText('"the root user"')                          // '"the root user"'
 */
export function searchedText(query: string): string {
  if (query.includes('"')) return query;
  const kept = query.split(/\s+/u).filter((token) => wordsOf(token).some((word) => !LITTLE_WORDS.has(word)));
  return kept.length > 0 ? kept.join(' ') : query;
}
