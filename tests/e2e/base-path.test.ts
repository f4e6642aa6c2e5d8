import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite, PROJECT_DATA, type BuiltSite } from '../../tools/build-site.ts';
import { openDialog, searchInDialog } from '../../tools/dialog-search.ts';
import { launchBrowser, newContext } from './support/browser.ts';
import { brokenLinks } from './support/html-checks.ts';
import { serveStatic } from './support/static-server.ts';

const notes = fileURLToPath(new URL('../../content/notes/', import.meta.url));

let browser: Browser;
let site: BuiltSite;
beforeAll(async () => {
  browser = await launchBrowser();
  site = await buildSite(notes, { ...PROJECT_DATA, BASE_PATH: '/notes' });
});
afterAll(() => browser?.close());

describe('a site built with BASE_PATH=/notes, served under /notes/ as on GitHub Pages', () => {
  test('has every link, resource and anchor under /notes/', () => {
    expect(brokenLinks(site.outDir, '/notes/')).toEqual([]);
  });

  test('searches, opens results and installs under its sub-path', async () => {
    const server = await serveStatic(site.outDir, { basePath: '/notes' });
    expect(server.url).toMatch(/\/notes\/$/);
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${server.url}kms/`);
    await openDialog(page);
    expect((await searchInDialog(page, 'explicit deny')).topics[0]).toBe('iam');
    await page.keyboard.press('ArrowDown');
    await Promise.all([page.waitForURL(/\/notes\/iam\/\?pagefind-highlight=/), page.keyboard.press('Enter')]);
    await page.locator('mark.search-hit').first().waitFor();
    const manifest = (await (await page.request.get(`${server.url}manifest.webmanifest`)).json()) as Record<
      string,
      unknown
    >;
    expect(manifest).toMatchObject({ start_url: '/notes/', scope: '/notes/', id: '/notes/' });
    await context.close();
    await server.close();
  });

  test('works offline under its sub-path after one visit', async () => {
    const server = await serveStatic(site.outDir, { basePath: '/notes' });
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(server.url);
    await page.locator('#connection-status', { hasText: 'Available offline' }).waitFor({ timeout: 30_000 });
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope)).toBe(server.url);
    await server.close();
    await page.goto(`${server.url}organizations`);
    expect(new URL(page.url()).pathname).toBe('/notes/organizations/');
    expect(await page.locator('h1').innerText()).toBe('AWS Organizations');
    await page.goto(`${server.url}no-such-page/`);
    expect(await page.locator('h1').innerText()).toBe('You are offline');
    await openDialog(page);
    expect((await searchInDialog(page, 'SCP')).topics[0]).toBe('organizations');
    await context.close();
  });
});
