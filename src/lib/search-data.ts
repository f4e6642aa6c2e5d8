/** What the search dialog loads besides the Pagefind index (written by src/pages/search/*.json.ts). */

/** `search/terms.json`: the topics in order, and the glossary terms the notes mention. */
export interface SearchTerms {
  /** Topic titles in reading order (the values of the `topic` filter). */
  readonly topics: readonly string[];
  /** Glossary terms that occur in the notes, most mentioned first: suggestions for an empty result. */
  readonly terms: readonly { readonly name: string; readonly forms: readonly string[] }[];
}

/** `search/words.json`: every word of the notes and the glossary, most frequent first, for spelling help. */
export interface SearchWords {
  readonly words: readonly string[];
}
