import type { Page } from 'playwright-core';
import { grade } from '../../src/client/study/scheduler.ts';
import { serveSite } from './browser.ts';
import { median } from './stats.ts';

/** What the study page costs with many reviews saved, measured in Chromium. */
export interface StudyStoreFigures {
  /** Page ready ("N cards due" shown) on the visit that moves the localStorage state in. */
  readonly moveMs: number;
  /** Page ready on a later visit, the reviews read from IndexedDB. */
  readonly openMs: number;
  /** From a grade's key press to the next card shown, the review saved (median). */
  readonly gradeMs: number;
  /** Size of the localStorage text moved. */
  readonly legacyBytes: number;
}

/** A state of format 1 (what localStorage held before IndexedDB) with `count` reviewed cards. */
function legacyState(count: number): string {
  const reviews: Record<string, unknown> = {};
  const start = Date.parse('2026-09-01T08:00:00Z');
  for (let index = 0; index < count; index += 1) {
    const first = grade(undefined, 3, new Date(start + index * 60_000));
    reviews[`card-${index.toString(36)}`] = grade(
      first,
      ((index % 4) + 1) as 1 | 2 | 3 | 4,
      new Date(start + index * 60_000 + 86_400_000),
    );
  }
  return JSON.stringify({ version: 1, reviews, studied: { iam: '2026-11-01T10:00:00.000Z' } });
}

/** Wait until the page has moved the reviews into IndexedDB (it does so once it is shown). */
async function movedIn(page: Page, count: number): Promise<void> {
  await page.waitForFunction(
    (expected) =>
      new Promise<boolean>((resolve) => {
        const request = indexedDB.open('study-notes');
        request.onsuccess = () => {
          const db = request.result;
          if (!db.objectStoreNames.contains('reviews')) return resolve(false);
          const counting = db.transaction('reviews').objectStore('reviews').count();
          counting.onsuccess = () => {
            db.close();
            resolve(counting.result >= expected);
          };
        };
      }),
    count,
    { timeout: 60_000, polling: 250 },
  );
}

async function ready(page: Page, url: string): Promise<number> {
  const started = performance.now();
  await page.goto(url);
  await page.locator('#study-summary', { hasText: 'due' }).waitFor();
  return performance.now() - started;
}

/**
 * Measure, `runs` times each in a fresh browser profile: the first visit after an update with
 * `count` reviews in localStorage, a later visit once they are moved into IndexedDB (`waitForMove`
 * false: at once, for a site that keeps them in localStorage), and grading.
 */
export async function measureStudyStore(
  outDir: string,
  count: number,
  runs: number,
  waitForMove = true,
): Promise<StudyStoreFigures> {
  const served = await serveSite(outDir);
  const text = legacyState(count);
  const moves: number[] = [];
  const opens: number[] = [];
  const grades: number[] = [];
  try {
    for (let run = 0; run < runs; run += 1) {
      const context = await served.browser.newContext();
      const page = await context.newPage();
      await page.goto(`${served.server.url}glossary/`);
      await page.evaluate((saved) => localStorage.setItem('study-notes:state', saved), text);
      moves.push(await ready(page, `${served.server.url}study/`));
      if (waitForMove) await movedIn(page, count);
      opens.push(await ready(page, `${served.server.url}study/`));
      for (let card = 0; card < 5; card += 1) {
        await page.locator('#study-card').waitFor();
        const before = await page.locator('#study-summary').innerText();
        await page.keyboard.press('Space');
        const started = performance.now();
        await page.keyboard.press('3');
        await page.waitForFunction((text) => document.getElementById('study-summary')?.textContent !== text, before);
        grades.push(performance.now() - started);
      }
      await context.close();
    }
  } finally {
    await served.close();
  }
  return { moveMs: median(moves), openMs: median(opens), gradeMs: median(grades), legacyBytes: text.length };
}
