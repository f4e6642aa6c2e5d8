import { z } from 'zod';
import { RESERVED_SLUGS } from '../config.ts';
import { flagRepeats } from './repeats.ts';

/**
 * The slug a topic page lives at: lower-case words joined by hyphens, usable in a URL path. Words
 * may be in any script (with its marks and modifier letters, such as the Japanese "ー").
 */
export const topicSlug = z
  .string()
  .regex(
    /^[\p{Ll}\p{Lo}\p{Lm}\p{M}\p{N}]+(?:-[\p{Ll}\p{Lo}\p{Lm}\p{M}\p{N}]+)*$/u,
    'must be lower-case words joined by hyphens, such as "shared-responsibility"',
  );

/** One topic of `content/topics.yaml`. Its position in the list is its reading order. */
export const topicEntry = z.strictObject({
  /** URL slug of the topic page: `iam` is served at `/iam/`. Unique across the map. */
  slug: topicSlug,
  /** Title shown on the page and in navigation, such as `IAM`. */
  title: z.string().trim().min(1, 'must not be empty'),
  /**
   * Words that recognise a section of the notes as this topic when its first line names them,
   * such as `IAM` or `Identity and Access Management`. Matched as whole words, ignoring case.
   */
  aliases: z.array(z.string().trim().min(1, 'must not be empty')).min(1, 'needs at least one alias'),
  /** One sentence shown under the title on the home page and in search results. */
  summary: z.string().trim().min(1, 'must not be empty'),
});

/** The whole topic map, `content/topics.yaml`. */
export const topicMap = z
  .strictObject({
    /** Topics in reading order. */
    topics: z.array(topicEntry),
  })
  .superRefine((map, ctx) => {
    map.topics.forEach((topic, index) => {
      if (RESERVED_SLUGS.has(topic.slug)) {
        ctx.addIssue({
          code: 'custom',
          path: ['topics', index, 'slug'],
          message: `"${topic.slug}" is the address of a page of the site; choose another slug`,
        });
      }
    });
    flagRepeats(
      ctx,
      map.topics,
      (topic) => topic.slug,
      (index) => ['topics', index, 'slug'],
      'slug of topic',
    );
  });

export type TopicEntry = z.infer<typeof topicEntry>;
export type TopicMap = z.infer<typeof topicMap>;
