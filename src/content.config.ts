import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { pathToFileURL } from 'node:url';
import { projectPaths } from './integrations/paths.ts';
import { topicPage } from './schemas/topic-page.ts';

/** Topic pages, one MDX file per topic, written by the notes integration (build step 1). */
const topics = defineCollection({
  loader: glob({ pattern: '*.mdx', base: pathToFileURL(`${projectPaths().generatedTopics}/`) }),
  schema: topicPage,
});

export const collections = { topics };
