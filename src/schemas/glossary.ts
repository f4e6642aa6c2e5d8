import { z } from 'zod';
import { flagRepeats } from './repeats.ts';
import { topicSlug } from './topic-map.ts';

/** What kind of thing a glossary term is, for grouping on the glossary page. */
export const termCategory = z.enum([
  'compute',
  'storage',
  'database',
  'networking',
  'security',
  'identity',
  'management',
  'developer-tools',
  'compliance',
  'concept',
]);

const form = z.string().trim().min(1, 'must not be empty');

/** One term of `content/glossary.yaml`: an AWS service or a security term the notes mention. */
export const glossaryEntry = z.strictObject({
  /** URL slug of the term on the glossary page, such as `amazon-cognito`. Unique. */
  id: topicSlug,
  /** Canonical name, such as `Amazon Cognito`. Recognised in the notes ignoring case. */
  name: form,
  /** Short forms and acronyms, such as `KMS`. Recognised exactly as written (case included). */
  short: z.array(form).default([]),
  /** Other full names, such as `Key Management Service`. Recognised ignoring case. */
  aliases: z.array(form).default([]),
  /** Wrong spellings seen in notes, such as `congnito`. Recognised ignoring case; the linter reports them. */
  misspellings: z.array(form).default([]),
  /** One line saying what it is. */
  meaning: form,
  category: termCategory,
});

/** The whole glossary, `content/glossary.yaml`. */
export const glossary = z
  .strictObject({
    /** The terms, in any order (pages sort them). */
    terms: z.array(glossaryEntry),
  })
  .superRefine((value, ctx) => {
    flagRepeats(
      ctx,
      value.terms,
      (entry) => entry.id,
      (index) => ['terms', index, 'id'],
      'id of term',
    );
    const forms = new Map<string, string>();
    value.terms.forEach((entry, index) => {
      for (const [field, list] of [
        ['name', [entry.name]],
        ['short', entry.short],
        ['aliases', entry.aliases],
        ['misspellings', entry.misspellings],
      ] as const) {
        list.forEach((text, position) => {
          const key = text.toLowerCase();
          const owner = forms.get(key);
          if (owner !== undefined && owner !== entry.id) {
            const path = field === 'name' ? ['terms', index, 'name'] : ['terms', index, field, position];
            ctx.addIssue({ code: 'custom', path, message: `"${text}" already names the term "${owner}"` });
          } else forms.set(key, entry.id);
        });
      }
    });
  });

export type GlossaryEntry = z.infer<typeof glossaryEntry>;
export type Glossary = z.infer<typeof glossary>;
export type TermCategory = z.infer<typeof termCategory>;
