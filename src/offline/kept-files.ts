import { KEPT_CACHE } from '../lib/offline-list.ts';

/**
 * Keep the styles and scripts of the version being replaced. A new version's files are saved as it
 * installs, and Workbox deletes the old version's ones as it activates; but the pages saved in the
 * background are still of the old version until the page saves them again, and they refer to the
 * old files by name (`/_astro/global.9KkYEE6l.css`). Copied now, while both versions' files are
 * saved, those pages open whole and styled offline at every moment of an update. Only files with a
 * content hash in their name (`_astro/`) are kept: a name is then one content, whichever version
 * asks for it.
 *
 * @param precache The cache Workbox saves the first visit's files in.
 * @param listed The addresses (absolute) of the new version's first-visit files.
 * @param scope The service worker's scope, ending in `/`.
 */
export async function keepOldVersionFiles(precache: string, listed: ReadonlySet<string>, scope: string): Promise<void> {
  const saved = await caches.open(precache);
  const kept = await caches.open(KEPT_CACHE);
  for (const request of await saved.keys()) {
    if (!request.url.startsWith(`${scope}_astro/`) || listed.has(request.url)) continue;
    const response = await saved.match(request);
    if (response) await kept.put(request.url, response);
  }
}

/**
 * A file with a content hash in its name from whichever cache holds it (the kept files of the
 * version before, or the files of a new version still waiting to be accepted), else the network.
 */
export async function anySavedCopy(request: Request): Promise<Response> {
  return (await caches.match(request.url)) ?? fetch(request);
}
