import type { z } from 'zod';

/**
 * Report, on the item where it repeats, every value that an earlier item of a list already has
 * (a slug, an id): the error names the field and the item that had it first.
 *
 * @example
 *   flagRepeats(ctx, map.topics, (topic) => topic.slug, (index) => ['topics', index, 'slug'], 'slug of topic')
 *   // topics[1].slug: "iam" is already the slug of topic 1
 */
export function flagRepeats<T>(
  ctx: z.RefinementCtx,
  items: readonly T[],
  valueOf: (item: T) => string,
  pathOf: (index: number) => PropertyKey[],
  what: string,
): void {
  const first = new Map<string, number>();
  items.forEach((item, index) => {
    const value = valueOf(item);
    const earlier = first.get(value);
    if (earlier === undefined) first.set(value, index);
    else
      ctx.addIssue({
        code: 'custom',
        path: pathOf(index),
        message: `"${value}" is already the ${what} ${earlier + 1}`,
      });
  });
}
