import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import type { SearchWords } from '../../lib/search-data.ts';
import { wordsOf } from '../../lib/words.ts';

/**
 * `search/words.json`: the vocabulary of the notes and the glossary, most frequent first. Fetched
 * only when a query finds nothing, to suggest the word the student meant ("encription" → "encryption").
 */
export const GET: APIRoute = async () => {
  const counts = new Map<string, number>();
  const count = (text: string): void => {
    for (const word of wordsOf(text)) if (word.length >= 3) counts.set(word, (counts.get(word) ?? 0) + 1);
  };
  for (const topic of await getCollection('topics')) {
    count(topic.data.title);
    // The MDX body: drop component tags and their attributes, keep the words of the notes.
    count((topic.body ?? '').replace(/^---[\s\S]*?\n---/, '').replace(/<\/?[A-Za-z][^>]*>/g, ' '));
  }
  for (const entry of await getCollection('glossary')) {
    count([entry.data.name, ...entry.data.short, ...entry.data.aliases].join(' '));
  }
  const body: SearchWords = {
    words: [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([word]) => word),
  };
  return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
};
