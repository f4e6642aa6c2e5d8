import type { SearchTerms, SearchWords } from '../lib/search-data.ts';
import { wordsOf } from '../lib/words.ts';
import { fetchJson } from './fetch-json.ts';
import { retrying } from './lazy.ts';
import { loadPagefind, type Pagefind, type PagefindPage, type PagefindResult } from './pagefind.ts';
import { correctQuery } from './spelling.ts';

/** One page found, ready to show. */
export interface SearchHit {
  /** Stable key of the page in the index. */
  readonly id: string;
  readonly topic: string;
  readonly url: string;
  /** Pagefind excerpt: escaped text with `<mark>` around matches (see excerpt.ts). */
  readonly excerpt: string;
  /** The headings and key terms of the page where the words occur, as deep links. */
  readonly sections: readonly { readonly title: string; readonly url: string; readonly excerpt: string }[];
}

/** What a search found, and how. */
export interface SearchOutcome {
  readonly query: string;
  /** The query actually searched when the words were corrected ("encription" → "encryption"). */
  readonly corrected?: string;
  /** True when no page has every word, and the pages shown have some of them. */
  readonly partial: boolean;
  readonly hits: readonly SearchHit[];
}

export interface SearchEngine {
  search(query: string, topic?: string): Promise<SearchOutcome>;
  /** The topics, in reading order, for the filter. */
  readonly topics: readonly string[];
  /** Glossary terms to suggest when nothing is found. */
  readonly terms: SearchTerms['terms'];
}

/** How many pages a search shows, and how many sections of each. */
const MAX_HITS = 10;
const MAX_SECTIONS = 3;
/** Words left out when no page has every word of a question ("what is the …"). */
const STOP_WORDS = new Set(
  'a an and are as at be by can do does for from how i in is it of on or the this to was what when where which who why with'.split(
    ' ',
  ),
);

/**
 * The search the dialog runs, in three tries, so that a student finds what they meant:
 * 1. every word of the query (Pagefind: stemmed, prefix-matched, glossary names included);
 * 2. if nothing is found, the query with misspelt words corrected from the notes' own vocabulary;
 * 3. if still nothing, the pages that have the most of the query's words ("what protects against ddos").
 */
export async function createSearchEngine(base: string): Promise<SearchEngine> {
  const [pagefind, terms] = await Promise.all([loadPagefind(base), fetchJson<SearchTerms>(`${base}search/terms.json`)]);
  const words = retrying(() => fetchJson<SearchWords>(`${base}search/words.json`).then((file) => file.words));

  return {
    topics: terms.topics,
    terms: terms.terms,
    async search(query, topic) {
      const options = topic ? { filters: { topic } } : {};
      const exact = await pagefind.search(query, options);
      if (exact.results.length > 0) return { query, partial: false, hits: await hits(exact.results) };

      const corrected = correctQuery(query, await words());
      const fixed = corrected ? await pagefind.search(corrected, options) : undefined;
      if (corrected && fixed && fixed.results.length > 0) {
        return { query, corrected, partial: false, hits: await hits(fixed.results) };
      }

      const some = await anyWords(pagefind, corrected ?? query, options);
      return { query, ...(corrected ? { corrected } : {}), partial: some.length > 0, hits: await hits(some) };
    },
  };
}

/** Pages that have some of the query's words, those with the most words (then the best score) first. */
async function anyWords(
  pagefind: Pagefind,
  query: string,
  options: { filters?: Record<string, string> },
): Promise<PagefindResult[]> {
  const words = [...new Set(wordsOf(query))].filter((word) => !STOP_WORDS.has(word));
  if (words.length < 2) return [];
  const tally = new Map<string, { result: PagefindResult; words: number; score: number }>();
  for (const { results } of await Promise.all(words.map((word) => pagefind.search(word, options)))) {
    for (const result of results) {
      const entry = tally.get(result.id) ?? { result, words: 0, score: 0 };
      tally.set(result.id, { result, words: entry.words + 1, score: entry.score + result.score });
    }
  }
  return [...tally.values()].sort((a, b) => b.words - a.words || b.score - a.score).map((entry) => entry.result);
}

async function hits(results: readonly PagefindResult[]): Promise<SearchHit[]> {
  const pages = await Promise.all(results.slice(0, MAX_HITS).map((result) => result.data()));
  return pages.map((page, index) => toHit(results[index]?.id ?? page.url, page));
}

function toHit(id: string, page: PagefindPage): SearchHit {
  const topic = page.meta['title'] ?? page.url;
  const sections = page.sub_results
    .map((section, order) => ({ section, order }))
    .filter(({ section }) => section.anchor && section.title.trim() !== topic)
    .sort((a, b) => b.section.locations.length - a.section.locations.length || a.order - b.order)
    .slice(0, MAX_SECTIONS)
    .sort((a, b) => a.order - b.order)
    .map(({ section }) => ({ title: section.title, url: section.url, excerpt: section.excerpt }));
  return { id, topic, url: page.url, excerpt: page.excerpt, sections };
}
