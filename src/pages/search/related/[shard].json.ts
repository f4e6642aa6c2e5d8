import type { APIRoute, GetStaticPaths } from 'astro';
import { getEntry } from 'astro:content';
import { byShard, type SearchRelated } from '../../../lib/search-data.ts';

/**
 * `search/related/<shard>.json`: the other words for the notes' words (convert/related-words/),
 * one shard per first letter of the word a student types. Fetched only for a word of a query that
 * no page has ("picture" → "image").
 */
export const getStaticPaths = (async () => {
  const entry = await getEntry('site', 'related');
  const table = entry?.data.id === 'related' ? entry.data.words : {};
  const shards = byShard(Object.entries(table), ([word]) => word);
  return [...shards].map(([shard, words]) => ({ params: { shard }, props: { words: Object.fromEntries(words) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ words: Record<string, string[]> }> = ({ props }) => {
  const body: SearchRelated = { words: props.words };
  return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
};
