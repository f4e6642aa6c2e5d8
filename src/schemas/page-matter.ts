import { z } from 'zod';

/**
 * The frontmatter of a page's MDX file (`.generated/topics/pages/<address>.mdx`): what a reader of
 * the file recognises the page by. The site's own data about the page (its outline, cards, links)
 * lives beside it (topic-page.ts).
 */
export const pageMatter = z.strictObject({
  /** The page's title: the note's `title` property or file name, or the topic's title. */
  title: z.string().min(1),
  /** One sentence saying what the page is about. */
  summary: z.string().min(1),
  /** The folders the note is in, outermost first, as the student named them (a course, a week). */
  course: z.string().optional(),
  /** The note's tags, without `#`. */
  tags: z.array(z.string().min(1)).optional(),
  /** Other names of the note (its `aliases` property, or the topic map's names for a topic). */
  aliases: z.array(z.string().min(1)).optional(),
  /** Where in the notes the page's text comes from: `aws-security.md, lines 13–27 and 31`. */
  source: z.string().min(1),
});

export type PageMatter = z.infer<typeof pageMatter>;
