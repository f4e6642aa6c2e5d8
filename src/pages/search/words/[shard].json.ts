import type { APIRoute, GetStaticPaths } from 'astro';
import { getEntry } from 'astro:content';
import { wordShards, type SearchWords } from '../../../lib/search-data.ts';

/**
 * `search/words/<shard>.json`: the vocabulary of the notes and the glossary, as the converter
 * counted it from the pages' text, one shard per first letter (lib/search-data.ts). Fetched only
 * when a query finds nothing, to suggest the word the student meant ("encription" → "encryption").
 */
export const getStaticPaths = (async () => {
  const entry = await getEntry('site', 'vocabulary');
  const words = entry?.data.id === 'vocabulary' ? entry.data.words : [];
  return [...wordShards(words)].map(([shard, list]) => ({ params: { shard }, props: { words: list } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ words: string[] }> = ({ props }) => {
  const body: SearchWords = { words: props.words };
  return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
};
