import type { APIRoute } from 'astro';
import { LISTED_PAGES, type StudyCourse, type StudyIndex } from '../../lib/study-data.ts';
import { topicsInOrder } from '../../lib/topics.ts';

/** `study/decks.json`: the courses, their size, the student's own decks, and the card files that hold them. */
export const GET: APIRoute = async () => {
  const courses = new Map<
    string,
    {
      title: string;
      pages: number;
      cards: number;
      files: Set<string>;
      list: { slug: string; title: string; file: string }[];
    }
  >();
  const decks = new Map<string, { path: string[]; cards: number; files: Set<string> }>();
  for (const topic of await topicsInOrder()) {
    for (const card of topic.data.cards) {
      // A card counts in its deck and in every deck above it.
      for (let depth = 1; depth <= (card.deck?.length ?? 0); depth++) {
        const path = (card.deck ?? []).slice(0, depth);
        const deck = decks.get(path.join('/')) ?? { path, cards: 0, files: new Set<string>() };
        deck.cards += 1;
        deck.files.add(topic.data.cardFile);
        decks.set(path.join('/'), deck);
      }
    }
    const folder = topic.data.folders[0];
    const id = folder?.slug ?? '';
    const course = courses.get(id) ?? {
      title: folder?.title ?? 'Notes',
      pages: 0,
      cards: 0,
      files: new Set<string>(),
      list: [],
    };
    course.pages += 1;
    if (course.list.length <= LISTED_PAGES)
      course.list.push({ slug: topic.data.slug, title: topic.data.title, file: topic.data.cardFile });
    course.cards += topic.data.cards.length;
    course.files.add(topic.data.cardFile);
    courses.set(id, course);
  }
  const body: StudyIndex = {
    courses: [...courses].map(([id, course]): StudyCourse => ({
      id,
      title: course.title,
      pages: course.pages,
      cards: course.cards,
      files: [...course.files],
      ...(course.pages <= LISTED_PAGES ? { list: course.list } : {}),
    })),
    decks: [...decks.values()]
      .sort((a, b) => a.path.join('\u0000').localeCompare(b.path.join('\u0000')))
      .map((deck) => ({ path: deck.path, cards: deck.cards, files: [...deck.files] })),
  };
  return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
};
