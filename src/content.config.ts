import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { pathToFileURL } from 'node:url';
import { jsonEntries } from './integrations/json-entries.ts';
import { generatedLayout, projectPaths } from './integrations/paths.ts';
import { glossaryEntry } from './schemas/glossary.ts';
import { siteData } from './schemas/site-data.ts';
import { pageImage, topicPage } from './schemas/topic-page.ts';

const layout = generatedLayout(projectPaths().generated);

/**
 * The pages of the notes, one JSON file each, written by the notes integration (build step 1). A
 * page's images are files next to the pages, which Astro's image pipeline processes (`image()`).
 */
const topics = defineCollection({
  loader: glob({
    pattern: '*.json',
    base: pathToFileURL(`${layout.pages}/`),
    generateId: ({ data }) => String(data['slug']),
  }),
  schema: ({ image }) => topicPage.extend({ images: z.array(pageImage.extend({ src: image() })) }),
});

/** The glossary's terms, validated (with line numbers) by the notes integration, which writes them here. */
const glossary = defineCollection({ loader: jsonEntries(layout.glossary), schema: glossaryEntry });

/** Site-wide data the notes integration writes: the vocabulary for spelling help, the formulas' CSS. */
const site = defineCollection({ loader: jsonEntries(layout.site), schema: siteData });

export const collections = { topics, glossary, site };
