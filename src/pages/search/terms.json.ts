import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { MAX_TOPIC_CHOICES, type SearchTerms } from '../../lib/search-data.ts';
import { topicsInOrder } from '../../lib/topics.ts';

/** `search/terms.json`, fetched when the search dialog first opens. */
export const GET: APIRoute = async () => {
  const topics = await topicsInOrder();
  const mentioned = new Map<string, number>();
  for (const topic of topics) {
    for (const mention of topic.data.mentions) mentioned.set(mention.term, (mentioned.get(mention.term) ?? 0) + 1);
  }
  const glossary = await getCollection('glossary');
  const terms = glossary
    .filter((entry) => mentioned.has(entry.id))
    .sort((a, b) => (mentioned.get(b.id) ?? 0) - (mentioned.get(a.id) ?? 0) || a.data.name.localeCompare(b.data.name))
    .map((entry) => ({
      name: entry.data.name,
      forms: [...entry.data.short, ...entry.data.aliases, ...entry.data.misspellings],
    }));
  // The topic filter's values, for few enough topics to choose from (the pages carry it then: [...slug].astro).
  const titles = topics.length <= MAX_TOPIC_CHOICES ? topics.map((topic) => topic.data.title) : [];
  const body: SearchTerms = { topics: titles, terms };
  return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
};
