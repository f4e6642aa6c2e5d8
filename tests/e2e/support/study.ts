import { readFile } from 'node:fs/promises';
import type { Download, Page } from 'playwright-core';

/** The "N cards due" number the study page shows. */
export async function due(page: Page): Promise<number> {
  await page.locator('#study-summary', { hasText: 'due' }).waitFor();
  return Number(/^(\d+) cards? due/.exec(await page.locator('#study-summary').innerText())?.[1]);
}

/** A card's review as the site stores it. */
export interface StoredReview {
  readonly reps: number;
  readonly due: string;
  readonly last_review?: string;
}

/** The reviews stored in the browser's IndexedDB, read as the site stores them (one record per card). */
export function storedReviews(page: Page): Promise<Record<string, StoredReview>> {
  return page.evaluate(async () => {
    const out: Record<string, StoredReview> = {};
    // Opening a database that does not exist would create it, empty: look first.
    if (!(await indexedDB.databases()).some((entry) => entry.name === 'study-notes')) return out;
    return new Promise<Record<string, StoredReview>>((resolve, reject) => {
      const request = indexedDB.open('study-notes');
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        const db = request.result;
        if (!db.objectStoreNames.contains('reviews')) return resolve(out);
        const cursor = db.transaction('reviews').objectStore('reviews').openCursor();
        cursor.onsuccess = () => {
          const at = cursor.result;
          if (!at) {
            db.close();
            resolve(out);
            return;
          }
          out[String(at.key)] = at.value as StoredReview;
          at.continue();
        };
      };
    });
  });
}

/** The text of a file the page downloaded. */
export async function readDownload(download: Download): Promise<string> {
  return readFile(await download.path(), 'utf8');
}
