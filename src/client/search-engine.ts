import { wordShard, type SearchRelated, type SearchTerms, type SearchWords } from '../lib/search-data.ts';
import { wordsOf } from '../lib/words.ts';
import { withoutSearchOnly } from '../lib/search-only.ts';
import { excerptOf, excerptParts, type ExcerptPart } from './excerpt.ts';
import { fetchJson } from './fetch-json.ts';
import {
  HIGHLIGHT_PARAM,
  loadPagefind,
  type Pagefind,
  type PagefindPage,
  type PagefindResult,
  type PagefindSearch,
} from './pagefind.ts';
import { querySlots, type QuerySlot } from './related-words.ts';
import { shardLoader } from './shards.ts';
import { correctQuery } from './spelling.ts';
import { LITTLE_WORDS, searchedText } from './little-words.ts';

/** One page found, ready to show. */
export interface SearchHit {
  /** Stable key of the page in the index. */
  readonly id: string;
  readonly topic: string;
  /** The page, with the words search matched on it for the highlighter. */
  readonly url: string;
  /** The student's words around the matches, the matches marked (see excerpt.ts). */
  readonly excerpt: readonly ExcerptPart[];
  /** The headings and key terms of the page where the words occur, as deep links. */
  readonly sections: readonly {
    readonly title: string;
    readonly url: string;
    readonly excerpt: readonly ExcerptPart[];
  }[];
}

/** What a search found, and how. */
export interface SearchOutcome {
  readonly query: string;
  /** The query actually searched when the words were corrected ("encription" → "encryption"). */
  readonly corrected?: string;
  /** True when no page has every word, and the pages shown have some of them. */
  readonly partial: boolean;
  /** The words of the notes searched for the student's other words ("memorizes" → "learns"), if any. */
  readonly related?: readonly { readonly words: string; readonly related: readonly string[] }[];
  readonly hits: readonly SearchHit[];
}

export interface SearchEngine {
  /** Search, within the chosen filters (`{ course: 'IN4060' }`), if any. */
  search(query: string, filters?: Readonly<Record<string, string>>): Promise<SearchOutcome>;
  /** The values of each filter of the index (course, tag, topic), sorted; loaded on first use. */
  filterValues(): Promise<Record<string, string[]>>;
  /** The topics, in reading order, for the filter. */
  readonly topics: readonly string[];
  /** Glossary terms to suggest when nothing is found. */
  readonly terms: SearchTerms['terms'];
}

/** How many pages a search shows, and how many sections of each. */
const MAX_HITS = 10;
const MAX_SECTIONS = 3;
/** Words in an excerpt. */
const EXCERPT_WORDS = 18;
/** How much a page matching a word of the notes that stands for a student's word counts, against the word itself. */
const RELATED_WEIGHT = 0.5;

/**
 * The search the dialog runs, in three tries, so that a student finds what they meant:
 * 1. every word of the query but the little ones, or with them if that finds nothing (Pagefind:
 *    stemmed, prefix-matched, glossary names included); done, unless nothing is found or a word of
 *    the query is on no page (Pagefind then leaves it out);
 * 2. the query with the words no page has corrected from the notes' own vocabulary (a word the
 *    notes have other words for is not taken for a misspelling);
 * 3. the pages that have the most of the query's words, or of the notes' words for them ("what
 *    protects against ddos", "model memorizes the training set" → "learns"); when a word was left
 *    out and has no other words, what the first try found.
 */
export async function createSearchEngine(base: string): Promise<SearchEngine> {
  const [pagefind, terms] = await Promise.all([loadPagefind(base), fetchJson<SearchTerms>(`${base}search/terms.json`)]);
  const vocabulary = shardLoader(
    (shard) => `${base}search/words/${shard}.json`,
    (file: SearchWords) => file.words,
    [],
  );
  const relatedTables = shardLoader(
    (shard) => `${base}search/related/${shard}.json`,
    (file: SearchRelated) => file.words,
    {},
  );
  /** The known words some words may be corrected to: the shards of their first two characters. */
  const knownWords = async (words: readonly string[]) =>
    (await vocabulary(words.flatMap((word) => [...word.slice(0, 2)].map(wordShard)))).flat();
  /** The other words for some words; none when they cannot be loaded (offline, not yet saved). */
  const otherWords = async (words: readonly string[]) =>
    Object.assign({}, ...(await relatedTables(words.map(wordShard)).catch(() => []))) as SearchRelated['words'];

  return {
    topics: terms.topics,
    terms: terms.terms,
    async filterValues() {
      const filters = await pagefind.filters();
      return Object.fromEntries(
        Object.entries(filters).map(([name, values]) => [
          name,
          Object.keys(values).sort((a, b) => a.localeCompare(b, undefined, { numeric: true, sensitivity: 'base' })),
        ]),
      );
    },
    async search(query, filters = {}) {
      const options = Object.keys(filters).length > 0 ? { filters: { ...filters } } : {};
      const exact = await firstTry(pagefind, query, options);
      const asFound = async (): Promise<SearchOutcome> => ({
        query,
        partial: false,
        hits: await hits(exact.results, query),
      });
      // Pagefind leaves out a word no page has ("zzzz keys" finds what "keys" finds): a misspelt
      // word, or one the notes say in other words. Only such a word leads to the tries below.
      const unmatched = await unmatchedWords(pagefind, query, exact.results.length === 0);
      if (exact.results.length > 0 && unmatched.length === 0) return asFound();

      const [known, table] = await Promise.all([knownWords(unmatched), otherWords(unmatched)]);
      const slots = querySlots(wordsOf(query), table, LITTLE_WORDS);
      // Words search found, and English words the notes have other words for, are not misspellings.
      const corrected = correctQuery(
        query,
        known,
        (word) =>
          !unmatched.includes(word) || slots.some((slot) => slot.related.length > 0 && slot.words.includes(word)),
      );
      const fixed = corrected ? await pagefind.search(searchedText(corrected), options) : undefined;
      if (corrected && fixed && fixed.results.length > 0) {
        return { query, corrected, partial: false, hits: await hits(fixed.results, corrected) };
      }

      const searched = corrected ? querySlots(wordsOf(corrected), table, LITTLE_WORDS) : slots;
      const used = searched
        .filter((slot) => slot.related.length > 0)
        .map((slot) => ({ words: slot.words.join(' '), related: slot.related }));
      // Without other words, the pages Pagefind found with the rest of the words are the answer.
      if (exact.results.length > 0 && used.length === 0) return asFound();
      const some = await bestPartial(pagefind, searched, unmatched, options);
      if (exact.results.length > 0 && some.length === 0) return asFound();
      return {
        query,
        ...(corrected ? { corrected } : {}),
        ...(used.length > 0 ? { related: used } : {}),
        partial: some.length > 0,
        hits: await hits(some, corrected ?? query),
      };
    },
  };
}

/**
 * The query without its little words, which Pagefind would fetch the largest index chunks for; as
 * typed when that finds nothing (the little words may be all a page shares with the question:
 * "record who did what", "who can do what").
 */
async function firstTry(
  pagefind: Pagefind,
  query: string,
  options: { filters?: Record<string, string> },
): Promise<PagefindSearch> {
  const searched = searchedText(query);
  const found = await pagefind.search(searched, options);
  return found.results.length > 0 || searched === query ? found : pagefind.search(query, options);
}

/**
 * A filter no page has: a search with it scores no page, and tells how many pages have the words
 * (Pagefind counts them before it filters), in under a millisecond where a plain search of a word on
 * 7,700 of 10,000 pages takes some 40 ms.
 */
const COUNT_ONLY = { filters: { 'study-notes-count-only': '-' } };

/**
 * The words of a query (but the little ones) that no page has, each counted alone (the index chunks
 * the query loaded hold them, so this costs no download). The word of a one-word query is
 * unmatched when the query found nothing.
 */
async function unmatchedWords(pagefind: Pagefind, query: string, foundNothing: boolean): Promise<string[]> {
  const words = [...new Set(wordsOf(query))].filter((word) => !LITTLE_WORDS.has(word));
  if (words.length < 2) return foundNothing ? words : [];
  const counted = await Promise.all(words.map((word) => pagefind.search(word, COUNT_ONLY)));
  return words.filter((_, index) => counted[index]?.unfilteredResultCount === 0);
}

/**
 * Pages that have some of the query's words (or the notes' words for them, which count for half):
 * those with the most first, then the best score. A question of one word is searched this way only
 * for its other words; a word no page has (`unmatched`) only by its other words.
 */
async function bestPartial(
  pagefind: Pagefind,
  slots: readonly QuerySlot[],
  unmatched: readonly string[],
  options: { filters?: Record<string, string> },
): Promise<PagefindResult[]> {
  const wanted = slots.filter((slot) => slot.words.length > 1 || !LITTLE_WORDS.has(slot.words[0] ?? ''));
  if (wanted.length < 2 && !wanted.some((slot) => slot.related.length > 0)) return [];
  const tally = new Map<string, { result: PagefindResult; weight: number; score: number }>();
  for (const slot of wanted) {
    // A word no page has is not searched (Pagefind would leave it out, and find the rest of a phrase).
    const own = slot.words.some((word) => unmatched.includes(word)) ? [] : [{ query: slot.words.join(' '), weight: 1 }];
    const tries = [...own, ...slot.related.map((word) => ({ query: word, weight: RELATED_WEIGHT }))];
    // A page counts once per slot, by the best of the slot's words it has.
    const best = new Map<string, { result: PagefindResult; weight: number; score: number }>();
    for (const [index, { results }] of (
      await Promise.all(tries.map((attempt) => pagefind.search(attempt.query, options)))
    ).entries()) {
      const weight = tries[index]?.weight ?? 0;
      for (const result of results) {
        const seen = best.get(result.id);
        if (!seen || weight > seen.weight) best.set(result.id, { result, weight, score: result.score * weight });
      }
    }
    for (const [id, found] of best) {
      const entry = tally.get(id) ?? { result: found.result, weight: 0, score: 0 };
      tally.set(id, { result: entry.result, weight: entry.weight + found.weight, score: entry.score + found.score });
    }
  }
  return [...tally.values()].sort((a, b) => b.weight - a.weight || b.score - a.score).map((entry) => entry.result);
}

async function hits(results: readonly PagefindResult[], query: string): Promise<SearchHit[]> {
  const pages = await Promise.all(results.slice(0, MAX_HITS).map((result) => result.data()));
  return pages.map((page, index) => leadToNamedSection(toHit(results[index]?.id ?? page.url, page), query));
}

/**
 * A page found by the words of one of its headings leads to that heading: the query names it (every
 * word of the query, but the little ones, begins a word of the heading's title).
 */
function leadToNamedSection(hit: SearchHit, query: string): SearchHit {
  const wanted = wordsOf(query).filter((word) => !LITTLE_WORDS.has(word));
  if (wanted.length === 0) return hit;
  const named = hit.sections.find((section) => {
    const title = wordsOf(section.title.split(' › ').at(-1) ?? section.title);
    return wanted.every((word) =>
      title.some((own) => own.startsWith(word) || (own.length > 3 && word.startsWith(own))),
    );
  });
  return named ? { ...hit, url: named.url } : hit;
}

function toHit(id: string, page: PagefindPage): SearchHit {
  const topic = page.meta['title'] ?? page.url;
  const shown = (locations: readonly number[], excerpt: string, url: string) => {
    const built = excerptOf(page, locations, EXCERPT_WORDS);
    // Chinese or Japanese text (Pagefind's own word positions): its excerpt and link, without search-only text.
    if (!built) return { excerpt: excerptParts(excerpt), url };
    return { excerpt: built.parts, url: withHighlight(url, built.words) };
  };
  const sections = page.sub_results
    .map((section, order) => ({ section, order, title: withoutSearchOnly(section.title) }))
    .filter(({ section, title }) => section.anchor && title !== topic)
    .sort((a, b) => b.section.locations.length - a.section.locations.length || a.order - b.order)
    .slice(0, MAX_SECTIONS)
    .sort((a, b) => a.order - b.order)
    .map(({ section, title }) => ({ title, ...shown(section.locations, section.excerpt, section.url) }));
  return { id, topic, ...shown(page.locations, page.excerpt, page.url), sections };
}

/**
 * A result's link that names the words search matched on that page (the forms written there, such
 * as "denies" for the query "deny"), so the opened page marks exactly those.
 *
 * @example
 *   withHighlight('/iam/?pagefind-highlight=deny#x', ['denies']) // '/iam/?pagefind-highlight=denies#x'
 */
export function withHighlight(url: string, words: readonly string[]): string {
  const [path = '', hash] = url.split('#', 2);
  const [pathname = '', query = ''] = path.split('?', 2);
  const params = new URLSearchParams(query);
  params.delete(HIGHLIGHT_PARAM);
  if (words.length > 0) params.set(HIGHLIGHT_PARAM, words.join(' '));
  const search = params.toString();
  return `${pathname}${search ? `?${search}` : ''}${hash === undefined ? '' : `#${hash}`}`;
}
