import type { APIRoute } from 'astro';
import { getEntry } from 'astro:content';
import type { SearchWords } from '../../lib/search-data.ts';

/**
 * `search/words.json`: the vocabulary of the notes and the glossary, most frequent first, as the
 * converter counted it from the pages' text. Fetched only when a query finds nothing, to suggest
 * the word the student meant ("encription" → "encryption").
 */
export const GET: APIRoute = async () => {
  const entry = await getEntry('site', 'vocabulary');
  const body: SearchWords = { words: entry?.data.id === 'vocabulary' ? entry.data.words : [] };
  return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
};
