/**
 * The list of files a first visit does not save with the app, which the page saves after, in the
 * background (src/client/offline-saver.ts). Written by the build (src/integrations/offline.ts) at
 * `offline/files.json`.
 */
export const OFFLINE_LIST = 'offline/files.json';

/** The cache that keeps the images of the pages read (and of a course saved for offline: src/client/save-folder.ts). */
export const IMAGE_CACHE = 'study-notes-images';

/** The cache that keeps pages and files saved after the first visit (and pages as they are read). */
export const SAVED_CACHE = 'study-notes-saved';

/**
 * The cache that keeps, after an update, the styles and scripts of the version before it (files
 * with a content hash in their name, which the new version no longer lists): pages saved in the
 * background still refer to them until they are saved again, and must open whole offline meanwhile.
 * The service worker fills it as a new version installs; the page empties it once every file is
 * saved at the new version (src/client/offline-saver.ts).
 */
export const KEPT_CACHE = 'study-notes-kept';

/**
 * The broadcast channel on which a tab where the reader accepts a new version says so, so that every
 * tab of the site stops saving files in the background: a new version takes over only once the old
 * worker has no request in flight, and a saver's steady stream of requests would hold it back.
 */
export const UPDATE_CHANNEL = 'study-notes-update';

/** The key, in {@link SAVED_CACHE}, of the revisions of the files saved from the list. */
export const SAVED_REVISIONS = '__study-notes/saved-revisions.json';

/** The event, on `document`, that tells the page how far the saving is (its detail: a {@link SavingProgress}). */
export const PROGRESS_EVENT = 'study-notes:offline-progress';

/** How far the saving is: pages of notes saved of all, files still to save after them, and whether every file is saved. */
export interface SavingProgress {
  saved: number;
  pages: number;
  /** Files other than pages of notes (search results' texts, study cards, folder pages) still to save. */
  othersLeft: number;
  done: boolean;
}

export interface OfflineList {
  /** Changes whenever any file of the site changes. */
  version: string;
  /** Pages of notes on the site. */
  pages: number;
  /** Of them, the pages a first visit saves with the app. */
  savedFirst: number;
  /**
   * Files to save, as `[url, revision]`, pages of notes first in reading order (the first
   * `pages - savedFirst` entries), then everything else. A URL with a content hash in it has an
   * empty revision: it never changes.
   */
  files: [url: string, revision: string][];
}

/** Files saved (or still to save) from the list: a file is to save when its revision differs from the saved one. */
export function filesToSave(
  list: OfflineList,
  saved: Readonly<Record<string, string>>,
  present: ReadonlySet<string>,
): OfflineList['files'] {
  return list.files.filter(([url, revision]) => !present.has(url) || saved[url] !== revision);
}

/**
 * The pages of notes saved, counting those a first visit saves, given the files still to save.
 *
 * @example
 *   savedPages({ pages: 3, savedFirst: 1, files: [['/a/', ''], ['/b/', ''], ['/x.json', '']], version: '' }, new Set(['/b/'])) // 2
 */
export function savedPages(list: OfflineList, missing: ReadonlySet<string>): number {
  const later = list.files.slice(0, list.pages - list.savedFirst);
  return list.savedFirst + later.filter(([url]) => !missing.has(url)).length;
}
