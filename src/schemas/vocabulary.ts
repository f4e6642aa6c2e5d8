import { z } from 'zod';

/** The file, in the generated pages' folder, that holds the vocabulary of the notes. */
export const VOCABULARY_FILE = 'vocabulary.json';

/** One entry of the vocabulary file (read as the `vocabulary` content collection). */
export const vocabularyEntry = z.strictObject({
  /** The entry's name (`all`). */
  id: z.string().min(1),
  /** Every word of the pages and the glossary names, most frequent first, for spelling help in search. */
  words: z.array(z.string().min(1)),
});

export type VocabularyEntry = z.infer<typeof vocabularyEntry>;

/**
 * The vocabulary file's text: one entry, `all`.
 *
 * @example
 *   vocabularyFile(['roles', 'iam']) // '[{"id":"all","words":["roles","iam"]}]'
 */
export function vocabularyFile(words: readonly string[]): string {
  return JSON.stringify([{ id: 'all', words }]);
}
