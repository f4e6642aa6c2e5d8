import { SEARCH_ONLY_END, SEARCH_ONLY_START } from '../lib/search-only.ts';
import { wordsOf } from '../lib/words.ts';

/** A run of excerpt text, marked when it matched the query. */
export interface ExcerptPart {
  readonly text: string;
  readonly marked: boolean;
}

/** The page text Pagefind returns with a result, and where its words are. */
export interface IndexedText {
  /** The page's indexed text, words separated by white space. */
  readonly content: string;
  /** How many words Pagefind counted in it. */
  readonly word_count: number;
  /** Elements with an id, each at the position of its first word (a glossary mention's `<a>` among them). */
  readonly anchors?: readonly { readonly location: number; readonly text: string }[];
}

/** An excerpt ready to show, and the words it marks (the forms search matched, for the opened page). */
export interface Excerpt {
  readonly parts: ExcerptPart[];
  readonly words: string[];
}

/**
 * The excerpt of a result, built from the page text and the positions of the words search matched:
 * the window of `length` words that holds the most matches, with the matches marked. Search-only
 * text (a glossary term's other names, see lib/search-only.ts) is never shown: a match in it marks
 * the student's words it stands beside instead. Returns `undefined` when the positions do not
 * count white-space-separated words (Pagefind segments Chinese and Japanese text itself); the
 * caller then falls back to Pagefind's own excerpt.
 *
 * @example
 *   excerptOf({ content: 'Users sign in with ⁅Amazon Cognito⁆ congnito today', word_count: 7 }, [5], 4)
 *   // { parts: [{ text: 'sign in with ', marked: false }, { text: 'congnito', marked: true }], words: ['congnito'] }
 */
export function excerptOf(page: IndexedText, locations: readonly number[], length: number): Excerpt | undefined {
  const tokens = page.content.split(/\s+/).filter((token) => token !== '');
  if (tokens.length !== page.word_count) return undefined;
  const hidden = searchOnlyTokens(tokens);
  const marked = new Set<number>();
  for (const location of locations) {
    if (location < 0 || location >= tokens.length) continue;
    if (!hidden[location]) {
      marked.add(location);
      continue;
    }
    // A match in a term's other names: mark the student's words of the mention that follows them.
    let end = location;
    while (end < tokens.length && hidden[end]) end += 1;
    const mention = page.anchors?.find((anchor) => anchor.location === end);
    const size = Math.max(1, mention ? wordsOf(mention.text).length : 1);
    for (let index = end; index < Math.min(tokens.length, end + size); index += 1) marked.add(index);
  }

  const visible = tokens.map((_, index) => index).filter((index) => !hidden[index]);
  const start = bestWindow(
    visible.map((index) => marked.has(index)),
    length,
  );
  const parts: ExcerptPart[] = [];
  const append = (text: string, isMarked: boolean): void => {
    const last = parts.at(-1);
    if (last && !last.marked && !isMarked) parts[parts.length - 1] = { text: `${last.text}${text}`, marked: false };
    else parts.push({ text, marked: isMarked });
  };
  visible.slice(start, start + length).forEach((index, order) => {
    if (order > 0) append(' ', false);
    append(tokens[index] ?? '', marked.has(index));
  });
  const words = [...new Set([...marked].sort((a, b) => a - b).flatMap((index) => wordsOf(tokens[index] ?? '')))];
  return { parts, words };
}

/** Which tokens are search-only text: from a token that opens the fence to the one that closes it. */
function searchOnlyTokens(tokens: readonly string[]): boolean[] {
  const hidden: boolean[] = [];
  let inside = false;
  for (const token of tokens) {
    if (token.includes(SEARCH_ONLY_START)) inside = true;
    hidden.push(inside);
    if (token.includes(SEARCH_ONLY_END)) inside = false;
  }
  return hidden;
}

/**
 * Where the window of `length` words with the most marked words starts (the first such window),
 * moved so that its marked words sit in its middle where the text allows.
 *
 * @example
 *   bestWindow([false, false, false, true, false, false], 3) // 2
 */
export function bestWindow(isMarked: readonly boolean[], length: number): number {
  const size = Math.min(length, isMarked.length);
  let count = isMarked.slice(0, size).filter(Boolean).length;
  let best = 0;
  let bestCount = count;
  for (let start = 1; start + size <= isMarked.length; start += 1) {
    count += Number(isMarked[start + size - 1]) - Number(isMarked[start - 1]);
    if (count > bestCount) [best, bestCount] = [start, count];
  }
  const first = isMarked.indexOf(true, best);
  if (first < 0 || first >= best + size) return best;
  let last = first;
  for (let position = first; position < best + size; position += 1) if (isMarked[position]) last = position;
  const slack = size - (last - first + 1);
  return Math.max(0, Math.min(first - Math.floor(slack / 2), isMarked.length - size));
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#x27': "'" };

/**
 * Split a Pagefind excerpt (escaped page text with `<mark>` around matches) into plain text runs,
 * without its search-only text, so the dialog builds it with text nodes and never parses page text
 * as HTML. Used where {@link excerptOf} cannot be.
 *
 * @example
 *   excerptParts('a &lt;b&gt; <mark>deny</mark>') // [{ text: 'a <b> ', marked: false }, { text: 'deny', marked: true }]
 */
export function excerptParts(html: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  let hidden = false;
  for (const piece of html.split(/(<mark>|<\/mark>)/)) {
    if (piece === '<mark>') marked = true;
    else if (piece === '</mark>') marked = false;
    else if (piece !== '') {
      let text = piece
        .replace(/<[^>]*>/g, '')
        .replace(/&(#?\w+);/g, (entity, name: string) => ENTITIES[name] ?? entity);
      // Search-only text may span marks: drop it across pieces.
      if (hidden) {
        const end = text.indexOf(SEARCH_ONLY_END);
        if (end < 0) continue;
        hidden = false;
        text = text.slice(end + 1);
      }
      const start = text.lastIndexOf(SEARCH_ONLY_START);
      if (start >= 0 && !text.slice(start).includes(SEARCH_ONLY_END)) {
        hidden = true;
        text = text.slice(0, start);
      }
      text = text.replace(/\u2045[^\u2046]*\u2046/gu, '');
      if (text) parts.push({ text, marked });
    }
  }
  return parts;
}

/** DOM nodes for an excerpt: text nodes, with `<mark>` elements around the matches. */
export function excerptNodes(parts: readonly ExcerptPart[]): Node[] {
  return parts.map((part) => {
    if (!part.marked) return document.createTextNode(part.text);
    const mark = document.createElement('mark');
    mark.textContent = part.text;
    return mark;
  });
}
