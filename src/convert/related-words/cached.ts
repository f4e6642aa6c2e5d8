import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { relatedWords } from './related-words.ts';
import { readWordNet } from './wordnet.ts';

/**
 * The other words search offers for the words of English notes (related-words.ts), from a cache
 * file while the notes' words and the converter are the same: reading WordNet takes one to two
 * seconds, so a rebuild that brings no new word does not. Notes in another language get none:
 * WordNet is English.
 *
 * @example
 *   await cachedRelatedWords(['learns'], 'en', '.astro/study-notes/related-words.json', fingerprint)
 *   // { memorize: ['learns'], … }
 */
export async function cachedRelatedWords(
  vocabulary: readonly string[],
  language: string,
  cacheFile: string,
  fingerprint: string,
): Promise<Record<string, string[]>> {
  if (!/^en\b/i.test(language)) return {};
  // The table depends on which words the notes use, not on their order (most frequent first).
  const words = [...new Set(vocabulary)].sort();
  const key = createHash('sha256').update(fingerprint).update('\0').update(words.join('\n')).digest('hex');
  const cached = await readFile(cacheFile, 'utf8').then(
    (text) => JSON.parse(text) as { key: string; words: Record<string, string[]> },
    () => undefined,
  );
  if (cached?.key === key) return cached.words;
  // Not kept: WordNet takes about 150 MB of memory, and the build's peak comes after this.
  const table = relatedWords(words, await readWordNet());
  await mkdir(dirname(cacheFile), { recursive: true });
  await writeFile(cacheFile, JSON.stringify({ key, words: table }));
  return table;
}
