import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { DB_VERSION } from '../../src/client/study/study-db.ts';
import { LOCAL_STORAGE_TEXT } from '../support/study-exports.ts';
import { axeViolations } from './support/axe.ts';
import { launchPersistentBrowser, newContext, useBrowser } from './support/browser.ts';
import { due, storedReviews } from './support/study.ts';

const siteUrl = inject('siteUrl');
const { browser: running, open } = useBrowser(siteUrl);

const LEGACY_KEY = 'study-notes:state';

/** Open the study page in a browser whose localStorage holds `saved` (as the site before IndexedDB left it). */
async function studyWithSaved(saved: string): Promise<{ page: Page; close: () => Promise<void> }> {
  const { context, page } = await open('glossary/');
  await page.evaluate(([key, text]) => localStorage.setItem(key, text), [LEGACY_KEY, saved] as const);
  await page.goto(`${siteUrl}study/`);
  return { page, close: () => context.close() };
}

/** Show the answer and grade the card on screen Good, and wait until the page has moved on. */
async function gradeGood(page: Page): Promise<void> {
  await due(page);
  await page.locator('#study-card').waitFor();
  const before = await page.locator('#study-summary').innerText();
  await page.keyboard.press('Space');
  await page.keyboard.press('3');
  await expect.poll(() => page.locator('#study-summary').innerText()).not.toBe(before);
}

async function downloaded(page: Page, button: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return readFile(await (file as Download).path(), 'utf8');
}

describe('reviews saved by the site before IndexedDB', () => {
  test("today's format moves into the new store with every review, topic and link intact", async () => {
    const file = JSON.parse(LOCAL_STORAGE_TEXT) as {
      reviews: Record<string, { due: string }>;
      studied: Record<string, string>;
      last: { title: string; href: string };
    };
    const { page, close } = await studyWithSaved(LOCAL_STORAGE_TEXT);
    await expect.poll(() => storedReviews(page), { timeout: 15_000 }).toEqual(file.reviews);
    const summary = await page.locator('#study-summary', { hasText: 'due' }).innerText();
    const total = Number(/\((\d+) in all\)/.exec(summary)?.[1]);
    const notDue = Object.values(file.reviews).filter((review) => Date.parse(review.due) > Date.now()).length;
    expect(await due(page)).toBe(total - notDue);
    expect(await page.locator('#storage-alert-box[data-on]').count()).toBe(0);
    expect(await page.locator('#storage-alert').innerText()).toBe('');
    expect(await page.locator('#storage-kept-box').isHidden()).toBe(true);
    const exported = JSON.parse(await downloaded(page, 'Export reviews')) as typeof file;
    expect(exported.reviews).toEqual(file.reviews);
    expect(exported.studied).toEqual(file.studied);
    expect(await page.evaluate((key) => localStorage.getItem(key), LEGACY_KEY)).toBe(LOCAL_STORAGE_TEXT);

    await page.goto(siteUrl);
    for (const slug of Object.keys(file.studied)) {
      await expect.poll(() => page.locator(`[data-studied="${slug}"]`).getAttribute('aria-pressed')).toBe('true');
    }
    await page.locator('#continue').waitFor();
    expect(await page.locator('#continue a').innerText()).toBe(file.last.title);
    await close();
  });

  test('a state of an unknown version survives a grade untouched, the page says so, and it can be downloaded', async () => {
    const future = JSON.stringify({ version: 2, decks: { iam: { seen: 3 } }, note: 'written by a newer site' });
    const { page, close } = await studyWithSaved(future);
    const notice = page.locator('#storage-kept-box');
    await notice.waitFor();
    expect(await page.locator('#storage-kept').getAttribute('role')).toBe('status');
    expect(await notice.innerText()).toContain('saved by a newer version of this site (format 2)');
    expect(await notice.innerText()).toContain('kept aside untouched, and nothing was saved over them');
    await gradeGood(page);
    expect(await page.evaluate((key) => localStorage.getItem(key), LEGACY_KEY)).toBe(future);
    expect(Object.keys(await storedReviews(page))).toHaveLength(1);
    expect(await downloaded(page, 'Download the kept data')).toBe(future);
    await page.reload();
    await notice.waitFor();
    // Hiding the notice keeps the data (and its download) and survives a reload.
    await page.getByRole('button', { name: 'I have a copy, hide this' }).click();
    await notice.waitFor({ state: 'hidden' });
    await page.reload();
    await due(page);
    expect(await notice.isHidden()).toBe(true);
    expect(await page.evaluate((key) => localStorage.getItem(key), LEGACY_KEY)).toBe(future);
    await close();
  });

  test('a database a newer version of the site upgraded is left exactly as it is, and the page says so', async () => {
    const { context, page } = await open('glossary/');
    await page.evaluate(
      (newer) =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('study-notes', newer);
          request.onupgradeneeded = () => request.result.createObjectStore('cards').put({ due: '2027-01-01' }, 'x');
          request.onsuccess = () => {
            request.result.close();
            resolve();
          };
          request.onerror = () => reject(request.error);
        }),
      DB_VERSION + 1,
    );
    await page.goto(`${siteUrl}study/`);
    const alert = page.locator('#storage-alert-box[data-on]');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('saved by a newer version of this site');
    expect(await alert.innerText()).toContain('reload the page');
    await gradeGood(page);
    expect(await alert.innerText()).toContain('1 change made here is kept only in this tab');
    expect(await page.getByRole('button', { name: 'Export reviews now' }).isVisible()).toBe(true);
    const database = await page.evaluate(
      () =>
        new Promise<{ version: number; stores: string[] }>((resolve) => {
          const request = indexedDB.open('study-notes');
          request.onsuccess = () => {
            const db = request.result;
            resolve({ version: db.version, stores: [...db.objectStoreNames] });
            db.close();
          };
        }),
    );
    expect(database).toEqual({ version: DB_VERSION + 1, stores: ['cards'] });
    await context.close();
  });
});

describe('when saving fails', () => {
  test('a full storage shows a persistent notice, "Export reviews now" keeps the unsaved review, and it is saved once storage frees up', async () => {
    const context = await newContext(running());
    await context.addInitScript(() => {
      const put = IDBObjectStore.prototype.put;
      const page = window as unknown as { storageFull: boolean };
      page.storageFull = true;
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
        if (page.storageFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return put.apply(this, args);
      };
    });
    const page = await context.newPage();
    await page.goto(`${siteUrl}study/?deck=iam`);
    expect(await due(page)).toBe(1);
    await gradeGood(page);
    const alert = page.locator('#storage-alert-box[data-on]');
    await alert.waitFor();
    expect(await page.locator('#storage-alert').getAttribute('role')).toBe('alert');
    expect(await alert.innerText()).toContain(
      "Your last change could not be saved: this browser's storage for the site is full.",
    );
    expect(await alert.innerText()).toContain('1 change made here is kept only in this tab');
    expect(await due(page)).toBe(0);
    const exported = JSON.parse(await downloaded(page, 'Export reviews now')) as { reviews: object };
    expect(Object.keys(exported.reviews)).toHaveLength(1);
    expect(await storedReviews(page)).toEqual({});
    expect(await alert.isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    await page.evaluate(() => {
      (window as unknown as { storageFull: boolean }).storageFull = false;
    });
    await page.getByRole('button', { name: 'Try saving again' }).click();
    await alert.waitFor({ state: 'hidden' });
    expect(Object.keys(await storedReviews(page))).toHaveLength(1);
    await page.reload();
    expect(await due(page)).toBe(0);
    await context.close();
  });
});

describe('tabs agree', () => {
  test('two tabs grading alternately each show the other’s grades, and every review is stored', async () => {
    const context = await newContext(running());
    const [one, two] = [await context.newPage(), await context.newPage()];
    await one.goto(`${siteUrl}study/`);
    await two.goto(`${siteUrl}study/`);
    const start = await due(one);
    expect(await due(two)).toBe(start);
    const fronts: string[] = [];
    for (const [index, page] of [one, two, one, two].entries()) {
      fronts.push(await page.locator('#card-front').innerText());
      await gradeGood(page);
      const other = page === one ? two : one;
      await expect.poll(() => due(other)).toBe(start - index - 1);
    }
    expect(new Set(fronts).size).toBe(4);
    expect(Object.keys(await storedReviews(one))).toHaveLength(4);
    await context.close();
  });
});

describe('asking to be kept', () => {
  test('the page shows whether the browser keeps the reviews, asks when the student starts, and shows the answer', async () => {
    const profile = await mkdtemp(join(tmpdir(), 'study-notes-profile-'));
    const context = await launchPersistentBrowser(profile);
    const page = await context.newPage();
    await page.goto(`${siteUrl}study/`);
    const safety = page.locator('#storage-safety');
    await expect.poll(() => safety.innerText()).toContain('which may clear them when it runs short of space');
    expect(await safety.innerText()).toContain('Last export: never.');
    // The browser agrees when asked (as Chrome does for an installed or much-used site).
    const cdp = await context.newCDPSession(page);
    await cdp.send('Browser.grantPermissions', { permissions: ['durableStorage'], origin: new URL(siteUrl).origin });
    await page.locator('#study-card').waitFor();
    await page.keyboard.press('Space');
    await expect.poll(() => safety.innerText()).toContain('which has agreed to keep them');
    expect(await page.evaluate(() => navigator.storage.persisted())).toBe(true);
    await context.close();
    await rm(profile, { recursive: true, force: true });
  });

  test('where the browser may clear them, the page reminds to export after 50 reviews, with the last export date', async () => {
    const { context, page } = await open('study/');
    await due(page);
    // 49 reviews made before this one, as the store counts them.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('study-notes');
          request.onsuccess = () => {
            const tx = request.result.transaction('meta', 'readwrite');
            tx.objectStore('meta').put(49, 'reviewsSinceExport');
            tx.oncomplete = () => {
              request.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    await page.reload();
    const safety = page.locator('#storage-safety');
    await expect.poll(() => safety.innerText()).toContain('Last export: never.');
    expect(await safety.innerText()).not.toContain('You have made');
    await gradeGood(page);
    await expect
      .poll(() => safety.innerText())
      .toContain('You have made 50 reviews since you started: export them now.');
    await downloaded(page, 'Export reviews');
    await expect.poll(() => safety.innerText()).not.toContain('You have made');
    const today = new Date().toLocaleDateString('en-US', { dateStyle: 'medium' });
    expect(await safety.innerText()).toContain(`Last export: on ${today}.`);
    await context.close();
  });
});
