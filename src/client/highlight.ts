import { wordsOf } from '../lib/words.ts';
import { HIGHLIGHT_PARAM } from './pagefind.ts';

/**
 * On a page opened from a search result, mark the words search matched on this page and bring the
 * first one into view. The link names those words as written on the page (the search dialog reads
 * them from the result: "denies" for the query "deny", with Pagefind's own stemming), so only they
 * are marked, whole: never "dense" for "deny" nor "police" for "policy".
 */
const words = new Set(new URLSearchParams(location.search).getAll(HIGHLIGHT_PARAM).flatMap((value) => wordsOf(value)));

if (words.size > 0) {
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
    for (const text of texts) marks.push(...markIn(text, words));
  }
  if (!location.hash) marks[0]?.scrollIntoView({ block: 'center' });
}

function markIn(text: Text, words: ReadonlySet<string>): HTMLElement[] {
  const value = text.data;
  const found = [...value.matchAll(/[\p{L}\p{N}]+/gu)].filter((match) => words.has(match[0].toLowerCase()));
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
