import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { openDialog, searchInDialog } from '../../tools/dialog-search.ts';
import { launchBrowser, newContext } from './support/browser.ts';
import { guard } from './support/guard.ts';
import { htmlPages } from './support/site-pages.ts';

const siteUrl = inject('siteUrl');
const distDir = inject('distDir');
const pages = htmlPages(distDir).filter((page) => page !== '404.html');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('the Content-Security-Policy', () => {
  test('is on every page: only the site’s own files, inline code by hash, WebAssembly and a worker for search', () => {
    for (const page of htmlPages(distDir)) {
      const file = join(distDir, page.endsWith('/') || page === '' ? `${page}index.html` : page);
      const policy =
        /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
      expect(policy, page).toContain("default-src 'self'");
      expect(policy, page).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
      expect(policy, page).toContain("worker-src 'self' blob:");
      expect(policy, page).toContain("object-src 'none'");
      expect(policy, page).not.toContain('unsafe-inline');
      expect(policy, page).not.toMatch(/https?:\/\//);
    }
  });

  test('no page, search or study session raises a violation, and nothing is fetched from another origin', async () => {
    const context = await newContext(browser);
    const incidents = await guard(context);
    const page = await context.newPage();
    const origins = new Set<string>();
    page.on('request', (request) => origins.add(new URL(request.url()).origin));
    const violations = async (where: string) =>
      expect(
        await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
        where,
      ).toEqual([]);

    for (const path of pages) {
      await page.goto(`${siteUrl}${path}`);
      await page.waitForLoadState('networkidle');
      await violations(path);
    }

    await page.goto(`${siteUrl}kms/`);
    await openDialog(page);
    await searchInDialog(page, 'explicit deny');
    await page.keyboard.press('ArrowDown');
    await Promise.all([page.waitForURL(/pagefind-highlight/), page.keyboard.press('Enter')]);
    await page.locator('mark.search-hit').first().waitFor();
    await violations('search and highlight');

    await page.goto(`${siteUrl}study/`);
    await page.locator('#study-summary', { hasText: 'due' }).waitFor();
    await page.keyboard.press('Space');
    await page.keyboard.press('3');
    await violations('study');

    expect([...origins]).toEqual([new URL(siteUrl).origin]);
    expect(incidents).toEqual({ dialogs: [], errors: [] });
    await context.close();
  });
});
