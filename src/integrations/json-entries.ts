import type { Loader, LoaderContext } from 'astro/loaders';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

/**
 * A content loader for a JSON file of entries (`[{ id, … }]`) the notes integration writes: every
 * entry validated by the collection's schema, reloaded in `astro dev` when the file changes. An empty
 * list is a normal case (notes without a glossary), not a warning as Astro's `file()` loader makes it.
 *
 * @example
 *   defineCollection({ loader: jsonEntries('.generated/topics/glossary.json'), schema: glossaryEntry })
 */
export function jsonEntries(path: string): Loader {
  const file = resolve(path);
  const load = async ({ store, parseData, generateDigest }: LoaderContext): Promise<void> => {
    const text = await readFile(file, 'utf8').catch(() => '[]');
    const entries = JSON.parse(text) as Record<string, unknown>[];
    store.clear();
    for (const entry of entries) {
      const id = String(entry['id']);
      store.set({ id, data: await parseData({ id, data: entry }), digest: generateDigest(entry) });
    }
  };
  return {
    name: 'study-notes:json-entries',
    load: async (context) => {
      await load(context);
      context.watcher?.add(file);
      context.watcher?.on('change', (changed) => {
        if (resolve(changed) === file) void load(context);
      });
    },
  };
}
