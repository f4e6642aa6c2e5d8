import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { buildSite, PROJECT_DATA, type BuiltSite } from '../../tools/build-site.ts';
import { openDialog, searchInDialog } from '../../tools/dialog-search.ts';
import { launchBrowser, launchPersistentBrowser, newContext } from './support/browser.ts';
import { serveStatic } from './support/static-server.ts';

const SLUGS = ['shared-responsibility', 'iam', 'organizations', 'kms', 'config', 'artifact'];
const distDir = inject('distDir');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** Visit a page and wait until the service worker has saved the whole site. */
async function visitUntilSaved(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('#connection-status', { hasText: 'Available offline' }).waitFor({ timeout: 30_000 });
}

describe('after one online visit, with the server stopped', () => {
  test('every topic opens by /slug/, /slug and /slug/index.html, search works, and an unknown address shows the offline page', async () => {
    const server = await serveStatic(distDir);
    const context = await newContext(browser);
    const page = await context.newPage();
    await visitUntilSaved(page, server.url);
    await server.close();

    for (const slug of SLUGS) {
      for (const path of [`${slug}/`, slug, `${slug}/index.html`]) {
        const response = await page.goto(`${server.url}${path}`);
        expect(response?.status(), path).toBe(200);
        expect(new URL(page.url()).pathname, path).toMatch(new RegExp(`^/${slug}/(index\\.html)?$`));
        await expect.poll(() => page.locator('h1').innerText(), { message: path }).not.toBe('You are offline');
      }
    }

    await page.goto(`${server.url}organizations/`);
    await openDialog(page);
    const { topics } = await searchInDialog(page, 'explicit deny');
    expect(topics[0]).toBe('iam');
    await page.keyboard.press('ArrowDown');
    await Promise.all([page.waitForURL(/\/iam\/\?pagefind-highlight=/), page.keyboard.press('Enter')]);
    await expect
      .poll(() => page.locator('mark.search-hit').allInnerTexts())
      .toEqual(expect.arrayContaining(['Explicit', 'denies']));

    for (const [path, title] of [
      ['glossary/', 'Glossary'],
      ['cheatsheet/', 'Cheat sheet'],
      ['study/', 'Study'],
    ]) {
      await page.goto(`${server.url}${path}`);
      expect(await page.locator('h1').innerText(), path).toBe(title);
    }
    await page.locator('#study-summary', { hasText: 'due' }).waitFor();

    const unknown = await page.goto(`${server.url}no-such-topic/`);
    expect(unknown?.status()).toBe(200);
    expect(await page.locator('h1').innerText()).toBe('You are offline');
    expect(await page.locator('main').innerText()).toContain('This page is not saved on this device');
    expect(await page.locator('main a').count()).toBe(SLUGS.length);
    await context.close();
  });

  test('search works offline on the page of the first visit, without a reload', async () => {
    const server = await serveStatic(distDir);
    const context = await newContext(browser);
    const page = await context.newPage();
    let loads = 0;
    page.on('load', () => (loads += 1));
    await visitUntilSaved(page, `${server.url}iam/`);
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await server.close();
    await context.setOffline(true);

    await page.keyboard.press('/');
    await page.locator('dialog[open] #search-input').waitFor();
    const { topics } = await searchInDialog(page, 'explicit deny');
    expect(topics[0]).toBe('iam');
    expect(loads).toBe(1);
    await context.close();
  });

  test('the header says "Offline" while the network is gone', async () => {
    const server = await serveStatic(distDir);
    const context = await newContext(browser);
    const page = await context.newPage();
    await visitUntilSaved(page, `${server.url}kms/`);
    await context.setOffline(true);
    await expect.poll(() => page.locator('#connection-status').innerText()).toBe('Offline');
    await context.setOffline(false);
    await expect.poll(() => page.locator('#connection-status').innerText()).toBe('Available offline');
    await context.close();
    await server.close();
  });
});

describe('a new version of the notes', () => {
  /** The bundled notes built three times, each version with its own wording of one line. */
  let v1!: BuiltSite, v2!: BuiltSite, v3!: BuiltSite;
  beforeAll(async () => {
    const notes = await mkdtemp(join(tmpdir(), 'notes-versions-'));
    const source = fileURLToPath(new URL('../../content/notes/aws-security.md', import.meta.url));
    const original = await readFile(source, 'utf8');
    const build = async (line: string): Promise<BuiltSite> => {
      await writeFile(
        join(notes, 'aws-security.md'),
        original.replace('CloudTrail logs **PEOPLE**, or the **WHO**.', line),
      );
      return buildSite(notes, PROJECT_DATA);
    };
    v1 = await build('CloudTrail logs **PEOPLE**, or the **WHO**.');
    v2 = await build('CloudTrail logs **PEOPLE** and every API call.');
    v3 = await build('CloudTrail logs **PEOPLE**, every API call and its time.');
  }, 240_000);

  test('is offered as "New notes available - Reload", and reloading shows the new line with no request failing', async () => {
    let server = await serveStatic(v1.outDir);
    const port = server.port;
    const context = await newContext(browser);
    const page = await context.newPage();
    const failures: string[] = [];
    page.on('requestfailed', (request) => failures.push(`${request.url()} ${request.failure()?.errorText}`));
    page.on('response', (response) => {
      if (response.status() >= 400) failures.push(`${response.url()} ${response.status()}`);
    });
    await visitUntilSaved(page, `${server.url}iam/`);
    expect(await page.locator('article').innerText()).toContain('CloudTrail logs PEOPLE, or the WHO.');

    await server.close();
    server = await serveStatic(v2.outDir, { port });
    await page.reload();
    expect(await page.locator('article').innerText()).toContain('CloudTrail logs PEOPLE, or the WHO.'); // the saved version, whole
    const prompt = page.locator('#update-prompt');
    await prompt.waitFor({ timeout: 30_000 });
    expect(await prompt.innerText()).toMatch(/^New notes available\s*-\s*Reload$/);
    await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: 'Reload' }).click()]);
    await expect
      .poll(() => page.locator('article').innerText())
      .toContain('CloudTrail logs PEOPLE and every API call.');

    const cached = await page.evaluate(async () => {
      const names = await caches.keys();
      const urls = (
        await Promise.all(
          names.map(async (name) => (await (await caches.open(name)).keys()).map((request) => request.url)),
        )
      ).flat();
      return { names, urls };
    });
    expect(cached.names.filter((name) => name.includes('precache'))).toHaveLength(1);
    const v2Files = (await readFile(join(v2.outDir, 'sw.js'), 'utf8')).match(/url:"_astro\/[^"]+"/g) ?? [];
    const cachedAstro = cached.urls
      .filter((url) => url.includes('/_astro/'))
      .map((url) => `url:"${new URL(url).pathname.slice(1)}"`);
    expect(cachedAstro.sort()).toEqual([...v2Files].sort());
    expect(failures).toEqual([]);
    await context.close();
    await server.close();
  }, 120_000);

  test('the tab of the first visit reloads into the new version when the reader accepts it', async () => {
    let server = await serveStatic(v1.outDir);
    const port = server.port;
    const context = await newContext(browser);
    const page = await context.newPage();
    await visitUntilSaved(page, `${server.url}iam/`);
    // The worker took this tab over without reloading it: it is the same page of the first visit.
    await page.evaluate(() => Object.assign(window, { firstVisit: true }));
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    await server.close();
    server = await serveStatic(v2.outDir, { port });
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.ready).update();
    });
    const prompt = page.locator('#update-prompt');
    await prompt.waitFor({ timeout: 30_000 });
    expect(await page.evaluate(() => 'firstVisit' in window)).toBe(true);
    await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: 'Reload' }).click()]);
    expect(await page.evaluate(() => 'firstVisit' in window)).toBe(false);
    await expect
      .poll(() => page.locator('article').innerText())
      .toContain('CloudTrail logs PEOPLE and every API call.');
    await context.close();
    await server.close();
  }, 120_000);

  test('Reload activates the newest version, also when another arrived while the prompt was shown', async () => {
    let server = await serveStatic(v1.outDir);
    const port = server.port;
    const context = await newContext(browser);
    const page = await context.newPage();
    await visitUntilSaved(page, `${server.url}iam/`);
    await server.close();
    server = await serveStatic(v2.outDir, { port });
    await page.reload();
    await page.locator('#update-prompt').waitFor({ timeout: 30_000 });

    // Version 3 is deployed while the prompt for version 2 is on screen: it replaces the waiting worker.
    await server.close();
    server = await serveStatic(v3.outDir, { port });
    const replaced = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      const before = registration.waiting;
      await registration.update();
      const installing = registration.installing;
      if (installing) {
        await new Promise<void>((resolve) =>
          installing.addEventListener('statechange', () => installing.state === 'installed' && resolve()),
        );
      }
      return before !== null && registration.waiting !== null && registration.waiting !== before;
    });
    expect(replaced).toBe(true);

    await Promise.all([
      page.waitForEvent('load'),
      page.locator('#update-prompt').getByRole('button', { name: 'Reload' }).click(),
    ]);
    await expect
      .poll(() => page.locator('article').innerText())
      .toContain('CloudTrail logs PEOPLE, every API call and its time.');
    await context.close();
    await server.close();
  }, 120_000);
});

describe('installing', () => {
  test('Chrome reports no installability errors', async () => {
    const server = await serveStatic(distDir);
    // Installing needs a real profile: a default (incognito-like) context is never installable.
    const profile = await mkdtemp(join(tmpdir(), 'chromium-profile-'));
    const context = await launchPersistentBrowser(profile);
    const page = context.pages()[0] ?? (await context.newPage());
    await visitUntilSaved(page, server.url);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
      installabilityErrors: unknown[];
    };
    expect(installabilityErrors).toEqual([]);
    const manifest = (await (await page.request.get(`${server.url}manifest.webmanifest`)).json()) as Record<
      string,
      unknown
    >;
    expect(manifest).toMatchObject({ start_url: '/', scope: '/', display: 'standalone' });
    await context.close();
    await server.close();
  });
});
