import { z } from 'zod';
import { flagRepeats } from './repeats.ts';
import { topicSlug } from './topic-map.ts';

const form = z.string().trim().min(1, 'must not be empty');

/** One term of `content/glossary.yaml`: a name or a term of the subject that the notes mention. */
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
  /** Any grouping the student likes, such as `storage` or `enzymes`, shown with the term. */
  category: form.optional(),
  /** The name to file the term under A to Z, when it is not the name without its prefix (see `prefixes`). */
  sortAs: form.optional(),
});

/** The whole glossary, `content/glossary.yaml`. */
export const glossary = z
  .strictObject({
    /**
     * Words that open many names of the subject, such as a vendor's (`AWS`, `Amazon`) or a family's:
     * the glossary files "Amazon Cognito" under C, search adds nothing for them at a mention, and the
     * linter reads a capitalised name after one as a name the glossary may lack.
     */
    prefixes: z.array(form).default([]),
    /** The terms, in any order (pages sort them). */
    terms: z.array(glossaryEntry).default([]),
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
