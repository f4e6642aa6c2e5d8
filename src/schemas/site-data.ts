import { z } from 'zod';

/** An entry of the site's data file (the `site` collection), written by the notes integration. */
export const siteData = z.discriminatedUnion('id', [
  z.strictObject({
    id: z.literal('vocabulary'),
    /** Every word of the pages and the glossary names, most frequent first, for spelling help in search. */
    words: z.array(z.string().min(1)),
  }),
  z.strictObject({
    id: z.literal('related'),
    /** English words the notes do not use → words of the notes that mean the same or nearly (search's other words). */
    words: z.record(z.string().min(1), z.array(z.string().min(1))),
  }),
  z.strictObject({
    id: z.literal('math'),
    /** The CSS declarations the site's formulas need, one class each (lib/math-classes.ts). */
    declarations: z.array(z.string().min(1)),
  }),
]);

export type SiteData = z.infer<typeof siteData>;
