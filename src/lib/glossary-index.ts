import type { Glossary, GlossaryEntry } from '../schemas/glossary.ts';
import type { Mention } from '../schemas/topic-page.ts';

/** A place in the notes that mentions a term. */
export interface Mentioned {
  readonly topic: { readonly slug: string; readonly title: string };
  readonly mention: Mention;
}

/** A glossary term the notes mention, with every place they do. */
export interface GlossaryItem {
  readonly entry: GlossaryEntry;
  readonly places: readonly Mentioned[];
}

/**
 * The glossary as the site shows it: only the terms the notes mention, in alphabetical order of
 * their `sortAs` (see {@link withSortNames}; a reader looks up "Amazon Cognito" under C), each with
 * the places that mention it in reading order.
 *
 * @example
 *   glossaryItems(entries, [{ slug: 'organizations', title: 'AWS Organizations', mentions: [{ term: 'amazon-cognito', … }] }])
 *   // [{ entry: Amazon Cognito, places: [{ topic: { slug: 'organizations', … }, mention: … }] }]
 */
export function glossaryItems(
  entries: readonly GlossaryEntry[],
  topics: readonly { slug: string; title: string; mentions: readonly Mention[] }[],
): GlossaryItem[] {
  const places = new Map<string, Mentioned[]>();
  for (const topic of topics) {
    for (const mention of topic.mentions) {
      const place = { topic: { slug: topic.slug, title: topic.title }, mention };
      const known = places.get(mention.term);
      if (known) known.push(place);
      else places.set(mention.term, [place]);
    }
  }
  return entries
    .filter((entry) => places.has(entry.id))
    .sort((a, b) => sortName(a).localeCompare(sortName(b), 'en', { sensitivity: 'base' }))
    .map((entry) => ({ entry, places: places.get(entry.id) ?? [] }));
}

/** The name a term is filed under: its `sortAs`, else its name. */
export function sortName(entry: GlossaryEntry): string {
  return entry.sortAs ?? entry.name;
}

/**
 * The glossary's terms, each with the name it is filed under: its own `sortAs`, or its name without
 * the first of the glossary's `prefixes` it opens with.
 *
 * @example
 *   withSortNames({ prefixes: ['AWS', 'Amazon'], terms: [{ name: 'Amazon Cognito', … }, { name: 'Krebs cycle', … }] })
 *   // [{ name: 'Amazon Cognito', sortAs: 'Cognito', … }, { name: 'Krebs cycle', sortAs: 'Krebs cycle', … }]
 */
export function withSortNames(glossary: Pick<Glossary, 'prefixes' | 'terms'>): GlossaryEntry[] {
  return glossary.terms.map((entry) => ({
    ...entry,
    sortAs: entry.sortAs ?? withoutPrefix(entry.name, glossary.prefixes),
  }));
}

/**
 * A name without the first of the prefixes it opens with (as a whole word, ignoring case).
 *
 * @example
 *   withoutPrefix('Amazon Cognito', ['AWS', 'Amazon']) // 'Cognito'
 *   withoutPrefix('Amazonian forest', ['Amazon'])      // 'Amazonian forest'
 */
export function withoutPrefix(name: string, prefixes: readonly string[]): string {
  const lower = name.toLowerCase();
  for (const prefix of prefixes) {
    const rest = name.slice(prefix.length);
    if (lower.startsWith(prefix.toLowerCase()) && /^\s+\S/u.test(rest)) return rest.trim();
  }
  return name;
}
