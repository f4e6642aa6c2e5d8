import { KEPT_CACHE, SAVED_CACHE } from '../lib/offline-list.ts';

/**
 * Fetch a file of the site and keep it in the cache of saved files, where the service worker finds
 * it offline (pages by their address, as a reader opens them). A fetch that fails, or an answer that
 * is not a success, is not kept: the result says whether the file is saved. `signal` stops the fetch.
 */
export async function saveFile(cache: Cache, url: string, signal?: AbortSignal): Promise<boolean> {
  try {
    // A low priority leaves the network to what the reader is doing.
    const response = await fetch(url, { priority: 'low', cache: 'no-cache', signal: signal ?? null });
    if (!response.ok || response.redirected) return false;
    await cache.put(url, response);
    return true;
  } catch {
    return false;
  }
}

/** The cache of saved files (null where the browser keeps none: private modes, insecure origins). */
export async function savedCache(): Promise<Cache | null> {
  if (!('caches' in globalThis)) return null;
  return caches.open(SAVED_CACHE).catch(() => null);
}

/** Ask the browser to keep the saved files when storage runs short (it may decide by itself). */
export function askToKeep(): void {
  void navigator.storage?.persist?.().catch(() => undefined);
}

/**
 * Every file of the list is saved again, from the network: the files kept from the version before
 * for the pages not yet saved again (src/offline/kept-files.ts) are no longer needed, unless a newer
 * version is already on its way (it will need them until its own saving is done).
 */
export async function forgetOldVersionFiles(): Promise<void> {
  const registration = await navigator.serviceWorker?.getRegistration().catch(() => undefined);
  if (!registration?.active || registration.installing || registration.waiting) return;
  await caches.delete(KEPT_CACHE).catch(() => false);
}
