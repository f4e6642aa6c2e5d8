import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { buildSite, PROJECT_DATA, type BuiltSite } from '../../tools/build-site.ts';
import { openDialog, searchInDialog } from '../../tools/dialog-search.ts';
import { generateNoteFiles } from '../../tools/generate-notes.ts';
import type { BrowserContext, Page } from 'playwright-core';
import { OFFLINE_LIST, type OfflineList } from '../../src/lib/offline-list.ts';
import { newContext, useBrowser } from './support/browser.ts';
import { restyledSite } from './support/restyled-site.ts';
import { serveStatic, type StaticServer } from './support/static-server.ts';

/**
 * A notes folder that grew all term: the bundled notes and 1,000 generated notes files, one page
 * each (as the benchmarks build it), with one line no other note has, to find by search.
 */
const GENERATED = 1000;
const MARKED = 'Config drill 0733';
const MARKED_SLUG = 'config-drill-0733';
const UNIQUE_LINE = 'The quokka checklist is reviewed before every audit.';

let notes: string;
let site: BuiltSite;
let server: StaticServer;
beforeAll(async () => {
  notes = await mkdtemp(join(tmpdir(), 'study-notes-scale-'));
  await copyFile(
    fileURLToPath(new URL('../../content/notes/aws-security.md', import.meta.url)),
    join(notes, 'aws-security.md'),
  );
  for (const note of generateNoteFiles(GENERATED)) {
    const file = join(notes, note.file);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, note.file === `${MARKED}.md` ? `${note.text}\n${UNIQUE_LINE}\n` : note.text);
  }
  site = await buildSite(notes, PROJECT_DATA);
  server = await serveStatic(site.outDir);
}, 300_000);
afterAll(async () => {
  await server?.close();
  await rm(notes, { recursive: true, force: true });
});
const { browser } = useBrowser('');

const gzipKB = (html: Buffer) => gzipSync(html, { level: 9 }).length / 1024;

describe('a site of 1,006 pages', () => {
  test('a topic page stays as light as at 6 topics: its menu lists its neighbours, not the site', async () => {
    const large = await readFile(join(site.outDir, 'iam/index.html'));
    const small = await readFile(join(inject('distDir'), 'iam/index.html'));
    expect(gzipKB(large)).toBeLessThanOrEqual(gzipKB(small) * 1.25);

    const context = await newContext(browser());
    const page = await context.newPage();
    await page.goto(`${server.url}${MARKED_SLUG}/`);
    const menu = page.getByRole('navigation', { name: 'Pages' });
    const links = await menu.locator('ol a').count();
    expect(links).toBeGreaterThan(5);
    expect(links).toBeLessThanOrEqual(31);
    expect(await menu.locator('[aria-current="page"]').innerText()).toBe(MARKED);
    // "N more pages before/after" lead to the page of the full list that shows them.
    await Promise.all([
      page.waitForURL(/\/page\/\d+\/$/),
      menu.getByRole('link', { name: /more pages after/ }).click(),
    ]);
    expect(await page.locator('main a[data-topic-link]').count()).toBeLessThanOrEqual(60);
    await context.close();
  });

  test('the home page and the glossary do not grow with the notes; every page of notes is listed on some page of the list', async () => {
    const home = await readFile(join(site.outDir, 'index.html'), 'utf8');
    expect(home.length).toBeLessThan(120_000);
    const glossary = await readFile(join(site.outDir, 'glossary/index.html'), 'utf8');
    expect(glossary.length).toBeLessThan(150_000);
    const listed = new Set<string>();
    for (let number = 1; ; number += 1) {
      const file = join(site.outDir, number === 1 ? '' : `page/${number}`, 'index.html');
      const html = await readFile(file, 'utf8').catch(() => undefined);
      if (html === undefined) break;
      for (const match of html.matchAll(/href="\/([^"]+)\/" data-topic-link/g)) listed.add(match[1] ?? '');
    }
    expect(listed.size).toBe(GENERATED + 6);
  });

  test('search finds the one note with a line, and the bundled notes by their words', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await page.goto(`${server.url}iam/`);
    await openDialog(page);
    expect((await searchInDialog(page, 'quokka checklist')).topics[0]).toBe(MARKED_SLUG);
    expect((await searchInDialog(page, 'explicit denies take priority over allows')).topics[0]).toBe('iam');
    expect((await searchInDialog(page, 'expectations vs reality')).topics[0]).toBe('config');
    await context.close();
  });

  test("a question's little words cost no download: it fetches the index chunks of its other words only", async () => {
    /** The index chunks a first search fetches, in a fresh tab, and the page it puts first. */
    const firstSearch = async (query: string) => {
      const context = await newContext(browser());
      const page = await context.newPage();
      const chunks = new Set<string>();
      page.on('request', (request) => {
        if (request.url().endsWith('.pf_index')) chunks.add(new URL(request.url()).pathname);
      });
      await page.goto(`${server.url}iam/`);
      await openDialog(page);
      const first = (await searchInDialog(page, query)).topics[0];
      await context.close();
      return { first, chunks: [...chunks].sort() };
    };
    const keywords = await firstSearch('quokka checklist');
    const question = await firstSearch('What is the quokka checklist?');
    expect(keywords.first).toBe(MARKED_SLUG);
    expect(question.first).toBe(MARKED_SLUG);
    expect(question.chunks).toEqual(keywords.chunks);
  });

  /** The reader of the test below, with the whole site saved (for the update after it). */
  let saved: { context: BrowserContext; page: Page } | undefined;
  afterAll(() => saved?.context.close());

  test('offline saving completes in the background with progress shown, search works meanwhile, and then every page opens offline', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await page.goto(`${server.url}iam/`);
    const status = page.locator('#connection-status');
    await expect
      .poll(() => status.innerText(), { timeout: 30_000 })
      .toMatch(/^Saving for offline: [\d,]+ of 1,006 pages$/);
    // Every text the header shows from now on.
    await page.evaluate(() => {
      const element = document.getElementById('connection-status') as HTMLElement;
      const shown = [element.textContent];
      Object.assign(window, { shown });
      new MutationObserver(() => shown.push(element.textContent)).observe(element, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });

    // While it saves, the reader searches as ever (how long tasks take meanwhile: `npm run bench -- scale`).
    await openDialog(page);
    expect((await searchInDialog(page, 'quokka checklist')).topics[0]).toBe(MARKED_SLUG);
    await page.keyboard.press('Escape');

    await status.filter({ hasText: 'Available offline' }).waitFor({ timeout: 240_000 });
    // Once the pages are saved, the header says what is still being saved, not "1,006 of 1,006 pages".
    const shown = await page.evaluate(() => (window as unknown as { shown: string[] }).shown);
    expect(shown).not.toContain('Saving for offline: 1,006 of 1,006 pages');
    expect(shown).toContainEqual(
      expect.stringMatching(/^Saving search and study cards for offline: [\d,]+ files left$/),
    );
    expect(shown.at(-1)).toBe('Available offline');

    await context.setOffline(true);
    for (const slug of [MARKED_SLUG, 'cognito-drill-1000', 'kms-drill-0002']) {
      const response = await page.goto(`${server.url}${slug}/`);
      expect(response?.status(), slug).toBe(200);
      expect(await page.locator('h1').innerText(), slug).not.toBe('You are offline');
    }
    await openDialog(page);
    expect((await searchInDialog(page, 'quokka checklist')).topics[0]).toBe(MARKED_SLUG);
    saved = { context, page };
  }, 300_000);

  test('right after an update that changes the stylesheet, accepted as the network goes, the last 10 pages saved in the background open offline whole and styled', async () => {
    if (!saved) throw new Error('needs the site saved for offline by the test before');
    const { context, page } = saved;
    const list = JSON.parse(await readFile(join(site.outDir, OFFLINE_LIST), 'utf8')) as OfflineList;
    const lastSaved = list.files.slice(0, list.pages - list.savedFirst).slice(-10);
    expect(lastSaved).toHaveLength(10);

    const next = await restyledSite(site.outDir);
    const port = server.port;
    await server.close();
    server = await serveStatic(next, { port });
    // A page opened offline: its saver reads the saved list (the version before), finds nothing to
    // save, and stops. (Online, it would read the new list and save again every page it changes.)
    const listRead = page.waitForEvent('requestfinished', (request) => request.url().endsWith(OFFLINE_LIST));
    await page.goto(`${server.url}${MARKED_SLUG}/`);
    await listRead;
    await context.setOffline(false);
    // The open tab hears of the new version (as it does within the hour) and the reader accepts it at
    // once: no page saved in the background has been saved again yet.
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.ready).update();
    });
    const prompt = page.locator('#update-prompt');
    await prompt.waitFor({ timeout: 120_000 });
    // The page reloads into the new version: the state waited for is a new page, fully loaded.
    await page.evaluate(() => Object.assign(window, { beforeUpdate: true }));
    await prompt.getByRole('button', { name: 'Reload' }).click();
    await expect
      .poll(
        () => page.evaluate(() => !('beforeUpdate' in window) && document.readyState === 'complete').catch(() => false),
        { timeout: 60_000 },
      )
      .toBe(true);
    await context.setOffline(true);

    const failed: string[] = [];
    // What the pages need to be whole: the saver's own fetches may fail offline (it resumes online),
    // and a request the next page's navigation cancels (net::ERR_ABORTED) was not missing.
    page.on('requestfailed', (request) => {
      const error = request.failure()?.errorText;
      if (request.resourceType() !== 'fetch' && error !== 'net::ERR_ABORTED') failed.push(`${request.url()} ${error}`);
    });
    for (const [url] of lastSaved) {
      const response = await page.goto(`${server.url}${url.slice(1)}`);
      expect(response?.status(), url).toBe(200);
      expect(await page.locator('h1').innerText(), url).not.toBe('You are offline');
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), url).toBe(
        'rgb(255, 255, 255)',
      );
    }
    expect(failed).toEqual([]);
  }, 300_000);

  test('accepting a new version while pages are being saved in the background stops the saving and reloads every open tab into it', async () => {
    if (!saved) throw new Error('needs the site saved for offline by the tests before');
    const { context, page } = saved;
    // The version after, on a host slow to serve the pages saved in the background: saving them takes a minute.
    const after = await restyledSite(`${site.outDir}-restyled`);
    const list = JSON.parse(await readFile(join(after, OFFLINE_LIST), 'utf8')) as OfflineList;
    const slow = new Set(list.files.slice(0, list.pages - list.savedFirst).map(([url]) => url));
    const port = server.port;
    await server.close();
    server = await serveStatic(after, { port, delayMs: (path) => (slow.has(path) ? 250 : 0) });
    await context.setOffline(false);
    const tabs = [page, await context.newPage()];
    // Pages each tab fetches to save them, from the click on 'Reload' on until the tab navigates.
    const savingFetches = tabs.map(() => 0);
    let clicked = false;
    for (const [index, tab] of tabs.entries()) {
      await tab.goto(`${server.url}iam/`);
      await tab
        .locator('#connection-status')
        .filter({ hasText: /^Saving for offline: / })
        .waitFor({ timeout: 60_000 });
      let navigated = false;
      tab.on('framenavigated', (frame) => {
        if (clicked && frame === tab.mainFrame()) navigated = true;
      });
      tab.on('request', (request) => {
        if (clicked && !navigated && request.resourceType() === 'fetch' && slow.has(new URL(request.url()).pathname)) {
          savingFetches[index] = (savingFetches[index] ?? 0) + 1;
        }
      });
    }

    await page.evaluate(async () => {
      await (await navigator.serviceWorker.ready).update();
    });
    const prompt = page.locator('#update-prompt');
    await prompt.waitFor({ timeout: 120_000 });
    for (const tab of tabs) await tab.evaluate(() => Object.assign(window, { beforeUpdate: true }));
    await prompt.getByRole('button', { name: 'Reload' }).click();
    clicked = true;
    // Both tabs reload into the new version (each is a new page, fully loaded) ...
    for (const tab of tabs) {
      await expect
        .poll(
          () =>
            tab.evaluate(() => !('beforeUpdate' in window) && document.readyState === 'complete').catch(() => false),
          { timeout: 60_000 },
        )
        .toBe(true);
      expect(await tab.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
    }
    // ... after each fetched at most the batch it had started and one more (4 files a batch), not the rest.
    for (const count of savingFetches) expect(count).toBeLessThanOrEqual(8);
    await tabs[1]?.close();
  }, 300_000);
});
