import type { APIRoute } from 'astro';
import type { StudyDecks } from '../../lib/study-data.ts';
import { topicsInOrder } from '../../lib/topics.ts';

/** `study/cards.json`: the flashcards generated from the notes, for the study page (and offline). */
export const GET: APIRoute = async () => {
  const body: StudyDecks = {
    decks: (await topicsInOrder()).map((topic) => ({
      slug: topic.data.slug,
      title: topic.data.title,
      cards: topic.data.cards,
    })),
  };
  return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
};
