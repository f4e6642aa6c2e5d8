import { existsSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { articleText, linesOnPages } from './support/site-text.ts';

const SLUGS = ['shared-responsibility', 'iam', 'organizations', 'kms', 'config', 'artifact'];
const siteUrl = inject('siteUrl');
const distDir = inject('distDir');
const notes = readFileSync(new URL('../../content/notes/aws-security.md', import.meta.url), 'utf8');

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
});
afterAll(() => browser?.close());

describe('the production build of the bundled notes', () => {
  test('has a home page, a 404 page and one page per topic', () => {
    for (const path of ['index.html', '404.html', ...SLUGS.map((slug) => `${slug}/index.html`)]) {
      expect(existsSync(`${distDir}/${path}`), path).toBe(true);
    }
  });

  test('the home page shows a card per topic, in order, with its summary and how many lines of notes it holds', async () => {
    await page.goto(siteUrl);
    const cards = page.locator('main li');
    const links = await cards
      .locator('a[data-topic-link]')
      .evaluateAll((anchors) => anchors.map((anchor) => new URL((anchor as HTMLAnchorElement).href).pathname));
    expect(links).toEqual(SLUGS.map((slug) => `/${slug}/`));
    const iam = await cards.nth(1).innerText();
    expect(iam).toContain('Managing who can access which AWS resources');
    expect(iam).toContain('16 lines of notes');
  });

  test('every non-blank line of the notes appears on exactly one topic page', async () => {
    const pages = new Map<string, string>();
    for (const slug of SLUGS) {
      await page.goto(`${siteUrl}${slug}/`);
      pages.set(slug, await articleText(page));
    }
    const checks = linesOnPages(notes, pages);
    expect(checks.length).toBeGreaterThan(45);
    for (const check of checks) {
      expect(check.pages, `line ${check.line}: ${check.source}`).toHaveLength(1);
    }
  });

  test('on /organizations/, the tab-indented bullets are a list nested in the item above them', async () => {
    await page.goto(`${siteUrl}organizations/`);
    const nesting = await page.locator('article li').evaluateAll((items) => {
      const item = items.find(
        (li) => (li as HTMLElement).innerText.trim() === 'group AWS accounts into Organizational Units (OUs)',
      );
      const parent = item?.parentElement?.closest('li') as HTMLElement | null | undefined;
      return { found: item !== undefined, parent: parent?.innerText.split('\n')[0]?.trim() };
    });
    expect(nesting).toEqual({
      found: true,
      parent: 'AWS organizations allow for the management of multiple AWS accounts',
    });
  });

  test('on /iam/, "Explicit denies take priorities over allows" is underlined and emphasised', async () => {
    await page.goto(`${siteUrl}iam/`);
    const keyPoint = page.locator('article em u', { hasText: 'Explicit denies take priorities over allows' });
    await expect.poll(() => keyPoint.count()).toBe(1);
    const style = await keyPoint.evaluate((element) => {
      const computed = getComputedStyle(element);
      return { decoration: computed.textDecorationLine, fontStyle: computed.fontStyle };
    });
    expect(style).toEqual({ decoration: 'underline', fontStyle: 'italic' });
  });

  test('an unknown address answers with the 404 page', async () => {
    const response = await page.goto(`${siteUrl}no-such-topic/`);
    expect(response?.status()).toBe(404);
    await expect.poll(() => page.locator('h1').innerText()).toBe('Page not found');
  });
});
