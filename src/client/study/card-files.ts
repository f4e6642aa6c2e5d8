import type { StudyCardFile, StudyDeck } from '../../lib/study-data.ts';
import { fetchJson } from '../fetch-json.ts';

/** Loads files of study cards by name, each once (a failed load is tried again next time). */
export type CardFiles = (files: readonly string[]) => Promise<StudyDeck[]>;

/**
 * A loader of the site's card files (`study/cards/<file>.json`), keeping what it loaded: a page
 * loads the cards of the decks it shows, and no more.
 *
 * @example
 *   const load = cardFiles('/'); await load(['in4060.1']) // the decks of the pages in that file
 */
export function cardFiles(base: string): CardFiles {
  const loaded = new Map<string, Promise<StudyDeck[]>>();
  return async (files) => {
    const parts = await Promise.all(
      [...new Set(files)].map((file) => {
        let pending = loaded.get(file);
        if (!pending) {
          pending = fetchJson<StudyCardFile>(`${base}study/cards/${encodeURIComponent(file)}.json`).then(
            (body) => [...body.decks],
            (error: unknown) => {
              loaded.delete(file);
              throw error;
            },
          );
          loaded.set(file, pending);
        }
        return pending;
      }),
    );
    return parts.flat();
  };
}
