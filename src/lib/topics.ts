import { getCollection, type CollectionEntry } from 'astro:content';
import type { MapPage } from './site-map.ts';

export type Topic = CollectionEntry<'topics'>;

/** A page of notes with what navigation needs of it at the top (site-map.ts). */
export type MapTopic = Topic & MapPage;

/** All pages of notes in reading order. */
export async function topicsInOrder(): Promise<Topic[]> {
  return (await getCollection('topics')).sort((a, b) => a.data.order - b.data.order);
}

/** All pages of notes in reading order, ready for the site map. */
export async function mapTopics(): Promise<MapTopic[]> {
  return (await topicsInOrder()).map((topic) => ({
    ...topic,
    slug: topic.data.slug,
    title: topic.data.title,
    order: topic.data.order,
    folders: topic.data.folders,
  }));
}
