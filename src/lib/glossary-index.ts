import type { GlossaryEntry } from '../schemas/glossary.ts';
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
 * The glossary as the site shows it: only the terms the notes mention, in alphabetical order
 * (ignoring case and the "AWS"/"Amazon" prefix, as a reader looks up "Cognito" under C), each with
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
      places.set(mention.term, [
        ...(places.get(mention.term) ?? []),
        { topic: { slug: topic.slug, title: topic.title }, mention },
      ]);
    }
  }
  return entries
    .filter((entry) => places.has(entry.id))
    .sort((a, b) => sortKey(a.name).localeCompare(sortKey(b.name), 'en', { sensitivity: 'base' }))
    .map((entry) => ({ entry, places: places.get(entry.id) ?? [] }));
}

/**
 * The letter a term is filed under.
 *
 * @example
 *   sortKey('Amazon Cognito') // 'Cognito'
 *   sortKey('AWS KMS')        // 'KMS'
 */
export function sortKey(name: string): string {
  return name.replace(/^(?:AWS|Amazon)\s+/i, '');
}
