import {
  OFFLINE_LIST,
  PROGRESS_EVENT,
  SAVED_REVISIONS,
  UPDATE_CHANNEL,
  filesToSave,
  savedPages,
  type OfflineList,
  type SavingProgress,
} from '../lib/offline-list.ts';
import { askToKeep, forgetOldVersionFiles, saveFile, savedCache } from './offline-cache.ts';

/**
 * After the first visit has saved the app, the search and the first pages, this module (loaded by
 * src/client/offline.ts once the service worker is ready, and reporting to it by events) saves the
 * rest of the site, listed by the build in `offline/files.json`: pages of notes in reading order,
 * then search results' texts, study cards and the pages of folders and tags. It saves a few files
 * at a time and waits for the page to be idle between batches, so reading, scrolling and searching
 * stay smooth; the header shows "Saving for offline: 340 of 1,006 pages" meanwhile and "Available
 * offline" when all is saved. It resumes where it stopped (the next visit, or when the network comes back) and, after
 * an update, saves only the files that changed and forgets the ones the site no longer has (and,
 * once all is saved again, the styles and scripts kept from the version before). It stops, in every
 * tab, when the reader accepts a new version (src/client/offline.ts): the tabs reload into it, and
 * the new version goes on with the saving.
 */

/** Files fetched at a time. */
const BATCH = 4;
/** Files saved between two records of what is saved (a closed tab loses at most this many). */
const RECORD_EVERY = 48;

const base = import.meta.env.BASE_URL;

// A standalone bundle (see src/layouts/Base.astro): it starts when loaded, and reports by events.
const stop = stopOnUpdate();
void saveForOffline(
  (progress) => document.dispatchEvent(new CustomEvent(PROGRESS_EVENT, { detail: progress })),
  stop.signal,
).finally(stop.close);

/**
 * Save what the first visit did not; `report` hears the progress after every batch. Once `stop` is
 * aborted, the fetches in flight are cancelled and nothing more is saved or forgotten.
 */
async function saveForOffline(report: (progress: SavingProgress) => void, stop: AbortSignal): Promise<void> {
  const cache = await savedCache();
  const list = cache && (await fetchList());
  if (!cache || !list) return;
  const saved = await savedRevisions(cache);
  await forget(cache, saved, new Set(list.files.map(([url]) => url)));
  const present = new Set((await cache.keys()).map((request) => new URL(request.url).pathname));
  const toSave = filesToSave(list, saved, present);
  const missing = new Set(toSave.map(([url]) => url));
  const tell = (): void => {
    const saved = savedPages(list, missing);
    const othersLeft = missing.size - (list.pages - saved);
    report({ saved, pages: list.pages, othersLeft, done: missing.size === 0 });
  };
  tell();
  // Nothing to save proves nothing about the version (offline, the list is the saved one): the files
  // kept from the version before are forgotten only by a saving that ran to the end.
  if (toSave.length === 0) return;
  askToKeep();

  let unrecorded = 0;
  for (let start = 0; start < toSave.length; start += BATCH) {
    await online();
    await idle();
    if (stop.aborted) return;
    const batch = toSave.slice(start, start + BATCH);
    const results = await Promise.all(batch.map(([url]) => saveFile(cache, url, stop)));
    if (stop.aborted) return;
    batch.forEach(([url, revision], index) => {
      if (!results[index]) return;
      saved[url] = revision;
      missing.delete(url);
    });
    unrecorded += batch.length;
    if (unrecorded >= RECORD_EVERY) {
      await record(cache, saved);
      unrecorded = 0;
    }
    tell();
  }
  await record(cache, saved);
  tell();
  if (missing.size === 0) await forgetOldVersionFiles();
}

/**
 * A signal aborted when the reader accepts a new version, in this tab or another one; `close` stops
 * listening (an open channel keeps the page out of the browser's back-forward cache).
 */
function stopOnUpdate(): { signal: AbortSignal; close: () => void } {
  const stop = new AbortController();
  const channel = 'BroadcastChannel' in globalThis ? new BroadcastChannel(UPDATE_CHANNEL) : undefined;
  channel?.addEventListener('message', () => stop.abort());
  return { signal: stop.signal, close: () => channel?.close() };
}

async function fetchList(): Promise<OfflineList | null> {
  try {
    const response = await fetch(`${base}${OFFLINE_LIST}`, { cache: 'no-cache' });
    return response.ok ? ((await response.json()) as OfflineList) : null;
  } catch {
    return null;
  }
}

/** The revisions of the files saved from the list, by path. */
async function savedRevisions(cache: Cache): Promise<Record<string, string>> {
  const response = await cache.match(`${base}${SAVED_REVISIONS}`);
  const saved: unknown = response ? await response.json().catch(() => null) : null;
  return saved && typeof saved === 'object' ? (saved as Record<string, string>) : {};
}

async function record(cache: Cache, saved: Readonly<Record<string, string>>): Promise<void> {
  const body = JSON.stringify(saved);
  await cache.put(`${base}${SAVED_REVISIONS}`, new Response(body, { headers: { 'content-type': 'application/json' } }));
}

/** Forget the files of an older version that the site no longer has. */
async function forget(cache: Cache, saved: Record<string, string>, listed: ReadonlySet<string>): Promise<void> {
  for (const url of Object.keys(saved)) {
    if (listed.has(url)) continue;
    await cache.delete(url);
    delete saved[url];
  }
}

/** Resolves when the page has a quiet moment (or after a second: a busy page still gets saved). */
function idle(): Promise<void> {
  return new Promise((resolve) => {
    if ('requestIdleCallback' in globalThis) requestIdleCallback(() => resolve(), { timeout: 1000 });
    else setTimeout(resolve, 50);
  });
}

/** Resolves when the network is there. */
function online(): Promise<void> {
  if (navigator.onLine) return Promise.resolve();
  return new Promise((resolve) => addEventListener('online', () => resolve(), { once: true }));
}
