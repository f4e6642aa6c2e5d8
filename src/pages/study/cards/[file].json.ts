import type { APIRoute } from 'astro';
import { withCardImages } from '../../../lib/card-images.ts';
import type { StudyCardFile } from '../../../lib/study-data.ts';
import { topicsInOrder, type Topic } from '../../../lib/topics.ts';

/** One file per group of pages (a course, cut every 200 pages): the study page loads only those it shows. */
export async function getStaticPaths() {
  const files = new Map<string, Topic[]>();
  for (const topic of await topicsInOrder())
    files.set(topic.data.cardFile, [...(files.get(topic.data.cardFile) ?? []), topic]);
  return [...files].map(([file, topics]) => ({ params: { file }, props: { topics } }));
}

/** `study/cards/<file>.json`: the flashcards of some pages, for the study page and the home page's progress. */
export const GET: APIRoute<{ topics: Topic[] }> = async ({ props }) => {
  const body: StudyCardFile = {
    decks: await Promise.all(
      props.topics.map(async (topic) => ({
        slug: topic.data.slug,
        title: topic.data.title,
        course: topic.data.folders[0]?.slug ?? '',
        courseTitle: topic.data.folders[0]?.title ?? 'Notes',
        cards: await withCardImages(topic.data.cards, topic.data.cardImages),
      })),
    ),
  };
  return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
};
