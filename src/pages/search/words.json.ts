import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import type { SearchWords } from '../../lib/search-data.ts';

/**
 * `search/words.json`: the vocabulary of the notes and the glossary, most frequent first, as the
 * converter counted it from the pages' text. Fetched only when a query finds nothing, to suggest
 * the word the student meant ("encription" → "encryption").
 */
export const GET: APIRoute = async () => {
  const body: SearchWords = { words: (await getCollection('vocabulary')).flatMap((entry) => entry.data.words) };
  return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
};
