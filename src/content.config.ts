import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { projectPaths } from './integrations/paths.ts';
import { withSortNames } from './lib/glossary-index.ts';
import { glossary as glossarySchema, glossaryEntry } from './schemas/glossary.ts';
import { topicPage } from './schemas/topic-page.ts';
import { VOCABULARY_FILE, vocabularyEntry } from './schemas/vocabulary.ts';

const paths = projectPaths();

/** Topic pages, one MDX file per topic, written by the notes integration (build step 1). */
const topics = defineCollection({
  loader: glob({ pattern: '*.mdx', base: pathToFileURL(`${paths.generatedTopics}/`) }),
  schema: topicPage,
});

/**
 * The glossary terms of `content/glossary.yaml` (already validated, with line numbers, by the notes
 * integration before Astro loads content), each with the name it is filed under.
 */
const glossary = defineCollection({
  loader: file(paths.glossary, { parser: (text) => withSortNames(glossarySchema.parse(parse(text))) }),
  schema: glossaryEntry,
});

/** The words of the notes, written by the notes integration from the converter's trees (spelling help). */
const vocabulary = defineCollection({
  loader: file(`${paths.generatedTopics}/${VOCABULARY_FILE}`),
  schema: vocabularyEntry,
});

export const collections = { topics, glossary, vocabulary };
