import { fetchJson } from './fetch-json.ts';
import { retrying } from './lazy.ts';

/**
 * A loader of the shards of a table the site splits by first letter (search/words/, search/related/):
 * each shard is fetched once, on first use; a shard the site does not have (404: no word of the notes
 * starts there) is empty, and a failed fetch is tried again next time.
 *
 * @example
 *   const words = shardLoader((shard) => `/search/words/${shard}.json`, (file: SearchWords) => file.words, []);
 *   await words(['e', 'n']) // the words of both shards, in shard order
 */
export function shardLoader<File, Part>(
  url: (shard: string) => string,
  pick: (file: File) => Part,
  none: Part,
): (shards: readonly string[]) => Promise<Part[]> {
  const loads = new Map<string, () => Promise<Part>>();
  return (shards) =>
    Promise.all(
      [...new Set(shards)].map((shard) => {
        const load =
          loads.get(shard) ??
          retrying(() =>
            fetchJson<File>(url(shard)).then(pick, (error: unknown) =>
              String(error).includes(': 404') ? none : Promise.reject(error),
            ),
          );
        loads.set(shard, load);
        return load();
      }),
    );
}
