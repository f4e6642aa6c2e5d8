/** The parts of Pagefind's browser API (pagefind.js, version 1.6) that the site uses. */
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string | null, options?: { filters?: Record<string, string> }): Promise<PagefindSearch>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

export interface PagefindSearch {
  results: PagefindResult[];
  /** How many pages have the words, before the filters: Pagefind counts them before it scores. */
  unfilteredResultCount: number;
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindPage>;
}

export interface PagefindPage {
  url: string;
  excerpt: string;
  /** The page's indexed text. */
  content: string;
  word_count: number;
  /** Positions (in words of `content`) of the words the search matched. */
  locations: number[];
  /** Elements with an id, at the position of their first word. */
  anchors: { element: string; id: string; text: string; location: number }[];
  meta: Record<string, string | undefined>;
  sub_results: PagefindSubResult[];
}

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations: number[];
  anchor?: { id: string; element: string };
}

/** The URL parameter that carries the searched words to the opened page, for highlighting. */
export const HIGHLIGHT_PARAM = 'pagefind-highlight';

/**
 * Load Pagefind's search engine from the built site. Its files are fetched here for the first
 * time: nothing of search loads before the reader opens the dialog.
 */
export async function loadPagefind(base: string): Promise<Pagefind> {
  const url = `${base}pagefind/pagefind.js`;
  const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
  // In the page, not in Pagefind's worker: a query takes milliseconds either way, and the worker is
  // 12 KB more to fetch before the first result (more than the first search's own index chunks).
  await pagefind.options({ baseUrl: base, highlightParam: HIGHLIGHT_PARAM, excerptLength: 18, noWorker: true });
  await pagefind.init();
  return pagefind;
}
