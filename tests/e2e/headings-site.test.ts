import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite, PROJECT_DATA, type BuiltSite } from '../../tools/build-site.ts';
import { openDialog, searchInDialog } from '../../tools/dialog-search.ts';
import { axeViolations } from './support/axe.ts';
import { launchBrowser, newContext } from './support/browser.ts';
import { articleText, linesOnPages } from './support/site-text.ts';
import { serveStatic, type StaticServer } from './support/static-server.ts';

const notesDir = fileURLToPath(new URL('../fixtures/sites/headings/', import.meta.url));
const notes = readFileSync(`${notesDir}/cloud-networking.md`, 'utf8');

let site: BuiltSite;
let server: StaticServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  site = await buildSite(notesDir, PROJECT_DATA);
  server = await serveStatic(site.outDir);
  browser = await launchBrowser();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a notes file written with # headings, built as its own site', () => {
  test('each # heading becomes a topic, in the order of the notes, and a known one joins its topic', () => {
    const pages = readdirSync(site.outDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(join(site.outDir, entry.name, 'index.html')))
      .filter((entry) =>
        readFileSync(join(site.outDir, entry.name, 'index.html'), 'utf8').includes('data-pagefind-body'),
      )
      .map((entry) => entry.name)
      .sort();
    expect(pages).toEqual(['amazon-vpc', 'iam', 'route-53']);
  });

  test('warns about the topics of the map the notes never mention', () => {
    expect(site.log).toMatch(/topic "kms" received no section of the notes/);
  });

  test('every non-blank line of the notes appears on exactly one topic page', async () => {
    const pages = new Map<string, string>();
    for (const slug of ['amazon-vpc', 'route-53', 'iam']) {
      await page.goto(`${server.url}${slug}/`);
      pages.set(slug, await articleText(page));
    }
    const checks = linesOnPages(notes, pages);
    expect(checks.length).toBeGreaterThan(20);
    for (const check of checks) {
      expect(check.pages, `line ${check.line}: ${check.source}`).toHaveLength(1);
    }
  });

  test('the table, the code block and the links render as such', async () => {
    await page.goto(`${server.url}amazon-vpc/`);
    await expect.poll(() => page.locator('article table').first().locator('tr').count()).toBe(3);
    expect(await page.locator('article a[href="https://docs.aws.amazon.com/vpc/latest/userguide/"]').innerText()).toBe(
      'VPC user guide',
    );
    await page.goto(`${server.url}route-53/`);
    expect(await page.locator('article pre code').innerText()).toContain('"Name": "notes.example.com"');
    expect(await page.locator('article a[href="mailto:teacher@example.com"]').count()).toBe(1);
  });

  test('the page opened from a search result marks the words search matched, not words that merely start alike', async () => {
    const marked = async (query: string): Promise<string[]> => {
      await page.goto(`${server.url}amazon-vpc/`);
      await openDialog(page);
      const { topics } = await searchInDialog(page, query);
      expect(topics[0], query).toBe('iam');
      await page.keyboard.press('ArrowDown');
      await Promise.all([page.waitForURL(/\/iam\/\?pagefind-highlight=/), page.keyboard.press('Enter')]);
      await page.locator('mark.search-hit').first().waitFor();
      return page.locator('mark.search-hit').allInnerTexts();
    };
    expect(await marked('deny')).toEqual(['deny']); // not "dense"
    expect((await marked('policy')).map((word) => word.toLowerCase()).sort()).toEqual(['policies', 'policy']); // not "police"
  });

  test('the home page lists the topics in the order of the notes', async () => {
    await page.goto(server.url);
    const titles = await page.locator('main li a[data-topic-link]').allInnerTexts();
    expect(titles).toEqual(['Amazon VPC', 'Route 53', 'IAM']);
  });

  test('at 320 px the page does not scroll sideways: the table and the code scroll in their own boxes', async () => {
    const narrow = await browser.newPage({ viewport: { width: 320, height: 640 } });
    for (const slug of ['amazon-vpc', 'route-53']) {
      await narrow.goto(`${server.url}${slug}/`);
      const overflow = await narrow.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, slug).toBe(0);
    }
    await narrow.goto(`${server.url}amazon-vpc/`);
    const wide = narrow.locator('.table-scroll', { hasText: 'Security group rule example' });
    expect(await wide.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
    await narrow.close();
  });

  test('axe-core finds no violation on the pages with a table, code and links, in both themes', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await newContext(browser, { colorScheme, viewport: { width: 320, height: 640 } });
      const themed = await context.newPage();
      for (const slug of ['amazon-vpc', 'route-53']) {
        await themed.goto(`${server.url}${slug}/`);
        expect(await axeViolations(themed), `${slug} ${colorScheme}`).toEqual([]);
      }
      await context.close();
    }
  });
});
