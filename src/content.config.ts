import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { jsonEntries } from './integrations/json-entries.ts';
import { generatedLayout, projectPaths } from './integrations/paths.ts';
import { glossaryEntry } from './schemas/glossary.ts';
import { pageMatter } from './schemas/page-matter.ts';
import { siteData } from './schemas/site-data.ts';
import { topicPage } from './schemas/topic-page.ts';

const layout = generatedLayout(projectPaths().generated);

/** A page's id: its address, the file's path without `.mdx` or `.json` (`course/rdf-overview`). */
const byAddress = ({ entry }: { entry: string }): string => entry.replace(/\.(?:mdx|json)$/, '');

/**
 * The pages of notes, one MDX file each at its address, written by the notes integration (build
 * step 1) and rendered by @astrojs/mdx. Their images are imported by the MDX (astro:assets).
 */
const pages = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: pathToFileURL(`${layout.pages}/`), generateId: byAddress }),
  schema: pageMatter,
});

/** The site's data about each page of notes (address, order, outline, cards, links), one JSON file beside each. */
const topics = defineCollection({
  loader: glob({ pattern: '**/*.json', base: pathToFileURL(`${layout.data}/`), generateId: byAddress }),
  // The images the student's flashcards show go through Astro's image pipeline, like the pages'.
  schema: ({ image }) =>
    topicPage.extend({
      cardImages: z.array(
        z.strictObject({ src: image(), alt: z.string(), width: z.number().int().positive().optional() }),
      ),
    }),
});

/** The glossary's terms, validated (with line numbers) by the notes integration, which writes them here. */
const glossary = defineCollection({ loader: jsonEntries(layout.glossary), schema: glossaryEntry });

/** Site-wide data the notes integration writes: the vocabulary for spelling help, the formulas' CSS. */
const site = defineCollection({ loader: jsonEntries(layout.site), schema: siteData });

export const collections = { pages, topics, glossary, site };
