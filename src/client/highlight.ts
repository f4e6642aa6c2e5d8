import { escapeRegExp, WORD_START } from '../lib/regexp.ts';
import { wordRoot, wordsOf } from '../lib/words.ts';
import { HIGHLIGHT_PARAM } from './pagefind.ts';

/**
 * On a page opened from a search result, mark the searched words in the notes, in all their forms
 * ("deny" also marks "denies", "policy" marks "policies"), and bring the first one into view.
 */
const words = new URLSearchParams(location.search)
  .getAll(HIGHLIGHT_PARAM)
  .flatMap((value) => wordsOf(value))
  .map(wordRoot)
  .filter((word) => word.length >= 2);

if (words.length > 0) {
  const pattern = new RegExp(`${WORD_START}(?:${words.map(escapeRegExp).join('|')})[\\p{L}\\p{N}]*`, 'giu');
  const marks: HTMLElement[] = [];
  for (const body of document.querySelectorAll('[data-pagefind-body]')) {
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) =>
        node.parentElement?.closest('[data-pagefind-ignore], script, style, mark')
          ? NodeFilter.FILTER_REJECT
          : NodeFilter.FILTER_ACCEPT,
    });
    const texts: Text[] = [];
    while (walker.nextNode()) texts.push(walker.currentNode as Text);
    for (const text of texts) marks.push(...markIn(text, pattern));
  }
  if (!location.hash) marks[0]?.scrollIntoView({ block: 'center' });
}

function markIn(text: Text, pattern: RegExp): HTMLElement[] {
  const value = text.data;
  const found = [...value.matchAll(pattern)];
  if (found.length === 0) return [];
  const marks: HTMLElement[] = [];
  const pieces: Node[] = [];
  let cursor = 0;
  for (const match of found) {
    pieces.push(document.createTextNode(value.slice(cursor, match.index)));
    const mark = document.createElement('mark');
    mark.className = 'search-hit';
    mark.textContent = match[0];
    pieces.push(mark);
    marks.push(mark);
    cursor = match.index + match[0].length;
  }
  pieces.push(document.createTextNode(value.slice(cursor)));
  text.replaceWith(...pieces);
  return marks;
}
