/** What the search dialog loads besides the Pagefind index (written by src/pages/search/*.json.ts). */

/** `search/terms.json`: the topics in order, and the glossary terms the notes mention. */
export interface SearchTerms {
  /** Topic titles in reading order (the values of the `topic` filter), none past {@link MAX_TOPIC_CHOICES}. */
  readonly topics: readonly string[];
  /** Glossary terms that occur in the notes, most mentioned first: suggestions for an empty result. */
  readonly terms: readonly { readonly name: string; readonly forms: readonly string[] }[];
}

/**
 * `search/words/<shard>.json`: the words of the notes and the glossary in one shard (see
 * {@link wordShard}), most frequent first, for spelling help. A search loads the shards of the
 * words it corrects, never the whole vocabulary.
 */
export interface SearchWords {
  readonly words: readonly string[];
}

/**
 * `search/related/<shard>.json`: English words the notes do not use, in one shard (see
 * {@link wordShard}), each with the words of the notes that mean the same or nearly ("memorize" →
 * ["learns"]), from WordNet at build time. A search loads the shards of the words of a query that
 * no page has, never the whole table.
 */
export interface SearchRelated {
  readonly words: Readonly<Record<string, readonly string[]>>;
}

/** Words kept per shard, the most frequent: a shard's size does not grow without bound with the notes. */
export const WORDS_PER_SHARD = 5000;

/** Past this many pages, search offers no topic filter (the course and tag filters are the help). */
export const MAX_TOPIC_CHOICES = 50;

/**
 * The shard a word is listed in: its first letter or digit (a to z, 0 to 9), or one of 16 shards
 * for the other scripts. Spelling help looks for a word in the shards of its first and its second
 * character, which also finds a word whose first letter was typed twice or swapped.
 *
 * @example
 *   wordShard('encryption') // 'e'
 *   wordShard('émission')   // 'u9' (one of u0 … uf)
 */
export function wordShard(word: string): string {
  const first = word.charAt(0).toLowerCase();
  if (/^[a-z0-9]$/.test(first)) return first;
  return `u${((first.codePointAt(0) ?? 0) % 16).toString(16)}`;
}

/** Words grouped by shard, each group in the order given (most frequent first), at most {@link WORDS_PER_SHARD} each. */
export function wordShards(words: readonly string[]): Map<string, string[]> {
  return byShard(words, (word) => word, WORDS_PER_SHARD);
}

/**
 * Items grouped by the shard of their word ({@link wordShard}), each group in the order given, at
 * most `limit` each.
 *
 * @example
 *   byShard([['picture', ['image']]], ([word]) => word) // Map { 'p' => [['picture', ['image']]] }
 */
export function byShard<Item>(
  items: Iterable<Item>,
  wordOf: (item: Item) => string,
  limit = Number.POSITIVE_INFINITY,
): Map<string, Item[]> {
  const shards = new Map<string, Item[]>();
  for (const item of items) {
    const shard = wordShard(wordOf(item));
    const list = shards.get(shard) ?? [];
    shards.set(shard, list);
    if (list.length < limit) list.push(item);
  }
  return shards;
}
