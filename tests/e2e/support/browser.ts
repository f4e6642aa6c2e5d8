import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type BrowserContext, type LaunchOptions, type Page } from 'playwright-core';

/** Debian's Chromium, or the browser named by `CHROMIUM_PATH`. */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] || '/usr/bin/chromium';

/** Flags for a headless Chromium on a machine with no network but loopback. */
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

/** Launch headless Chromium for a test file. */
export function launchBrowser(options: LaunchOptions = {}): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: FLAGS, ...options });
}

/** A fresh context (no cookies, storage or service workers shared with other tests). */
export function newContext(
  browser: Browser,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
}

/** Chromium with a real profile in a folder (what installing a web app needs). */
export function launchPersistentBrowser(profileDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, { executablePath: CHROMIUM_PATH, headless: true, args: FLAGS });
}

/** A page open at `url` in a fresh context (no stored theme, reviews or service worker from another test). */
export async function openPage(
  browser: Browser,
  url: string,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(browser, options);
  const page = await context.newPage();
  await page.goto(url);
  return { context, page };
}

/**
 * One Chromium for a test file (launched before its tests, closed after), and a way to open a page
 * of a site in a fresh context.
 */
export function useBrowser(siteUrl: string): {
  browser: () => Browser;
  open: (
    path: string,
    options?: Parameters<Browser['newContext']>[0],
  ) => Promise<{ context: BrowserContext; page: Page }>;
} {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());
  const running = (): Browser => {
    if (!browser) throw new Error('the browser starts in beforeAll');
    return browser;
  };
  return { browser: running, open: (path, options = {}) => openPage(running(), `${siteUrl}${path}`, options) };
}
