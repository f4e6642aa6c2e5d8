import { describe, expect, inject, test } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { newContext, useBrowser } from './support/browser.ts';

const SLUGS = ['shared-responsibility', 'iam', 'organizations', 'kms', 'config', 'artifact'];
const PAGES = ['', ...SLUGS.map((slug) => `${slug}/`), 'no-such-page/', 'offline/'];
/** Pages with no notes of their own: checked for layout here, and for accessibility in study.test.ts. */
const TOOL_PAGES = ['glossary/', 'cheatsheet/', 'study/'];
const siteUrl = inject('siteUrl');

const { browser: running, open } = useBrowser(siteUrl);

describe('navigation', () => {
  test('the topic navigation of every topic links to every topic, in order, and marks the current one', async () => {
    const { context, page } = await open('');
    for (const slug of SLUGS) {
      await page.goto(`${siteUrl}${slug}/`);
      const nav = page.getByRole('navigation', { name: 'Pages' });
      const links = await nav.getByRole('link').evaluateAll((anchors) =>
        anchors.map((anchor) => ({
          path: new URL((anchor as HTMLAnchorElement).href).pathname,
          current: anchor.getAttribute('aria-current'),
        })),
      );
      expect(links.map((link) => link.path)).toEqual(SLUGS.map((each) => `/${each}/`));
      expect(links.filter((link) => link.current === 'page').map((link) => link.path)).toEqual([`/${slug}/`]);
    }
    await context.close();
  });

  test('following "next" from the first topic visits all six topics in order, and "previous" leads back', async () => {
    const { context, page } = await open(`${SLUGS[0]}/`);
    const visited = [new URL(page.url()).pathname];
    while ((await page.locator('a[rel="next"]').count()) > 0) {
      await page.locator('a[rel="next"]').click();
      await page.waitForLoadState('load');
      visited.push(new URL(page.url()).pathname);
    }
    expect(visited).toEqual(SLUGS.map((slug) => `/${slug}/`));
    await page.locator('a[rel="prev"]').click();
    await page.waitForLoadState('load');
    expect(new URL(page.url()).pathname).toBe(`/${SLUGS[4]}/`);
    await context.close();
  });

  test('on a small screen the topic navigation is a closed disclosure menu that opens', async () => {
    const { context, page } = await open('iam/', { viewport: { width: 390, height: 800 } });
    const nav = page.getByRole('navigation', { name: 'Pages' });
    await expect.poll(() => nav.getByRole('link', { name: 'AWS KMS' }).isVisible()).toBe(false);
    await nav.getByText('Topics').click();
    await expect.poll(() => nav.getByRole('link', { name: 'AWS KMS' }).isVisible()).toBe(true);
    await context.close();
  });

  test('"On this page" lists the key terms and each link leads to its term', async () => {
    const { context, page } = await open('organizations/');
    const onThisPage = page.getByRole('navigation', { name: 'On this page' });
    expect(await onThisPage.getByRole('link').allInnerTexts()).toEqual([
      'Service control policies',
      'AWS KMS',
      'Amazon congnito',
      'AWS Shield',
    ]);
    await onThisPage.getByRole('link', { name: 'AWS Shield' }).click();
    expect(new URL(page.url()).hash).toBe('#term-aws-shield');
    expect(await page.locator(':target').innerText()).toBe('AWS Shield');
    await context.close();
  });

  test('the skip link is the first stop of the keyboard and moves focus to the content', async () => {
    const { context, page } = await open('iam/');
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => ({
      text: document.activeElement?.textContent?.trim(),
      visible: document.activeElement?.getBoundingClientRect().width,
    }));
    expect(skip.text).toBe('Skip to content');
    expect(skip.visible).toBeGreaterThan(0);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await context.close();
  });
});

describe('themes', () => {
  test('follow the system by default', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { context, page } = await open('iam/', { colorScheme });
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(background).toBe(colorScheme === 'dark' ? 'rgb(13, 17, 23)' : 'rgb(255, 255, 255)');
      await context.close();
    }
  });

  test('the toggle is a button that says what it does, switches the theme and keeps the choice across a reload', async () => {
    const { context, page } = await open('iam/', { colorScheme: 'light' });
    const toggle = page.getByRole('button', { name: 'Switch to dark theme' });
    await toggle.click();
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(13, 17, 23)');
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    await page.getByRole('button', { name: 'Switch to light theme' }).click();
    await page.goto(`${siteUrl}kms/`);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
    await context.close();
  });

  test('a stored choice is applied before the first frame is painted (no flash of the other theme)', async () => {
    const context = await newContext(running(), { colorScheme: 'light' });
    await context.addInitScript(() => {
      localStorage.setItem('theme', 'dark');
      requestAnimationFrame(() => {
        (window as unknown as { firstFrame: string | undefined }).firstFrame =
          document.documentElement.dataset['theme'];
      });
    });
    const page = await context.newPage();
    await page.goto(`${siteUrl}iam/`);
    expect(await page.evaluate(() => (window as unknown as { firstFrame: string | undefined }).firstFrame)).toBe(
      'dark',
    );
    const head = await page.evaluate(() =>
      [...document.head.children].map((element) => `${element.tagName}${element.hasAttribute('src') ? '[src]' : ''}`),
    );
    expect(head.indexOf('SCRIPT')).toBeLessThan(head.indexOf('LINK'));
    await context.close();
  });
});

describe('layout', () => {
  test.each([...PAGES, ...TOOL_PAGES])('no horizontal scrolling at 320 px on /%s', async (path) => {
    const { context, page } = await open(path, { viewport: { width: 320, height: 640 } });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    await context.close();
  });

  test('printing a topic prints the notes only', async () => {
    const { context, page } = await open('iam/');
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['header', 'nav', 'footer', '[data-theme-toggle]', 'a[href="#main"]']) {
      const shown = await page
        .locator(selector)
        .evaluateAll((elements) => elements.filter((element) => element.checkVisibility()).length);
      expect(shown, selector).toBe(0);
    }
    expect(await page.locator('article').isVisible()).toBe(true);
    expect(await page.locator('article').innerText()).toContain('Explicit denies take priorities over allows');
    await context.close();
  });

  test('a topic page runs only the inline theme code and the small boot module, and fetches no other script', async () => {
    const context = await newContext(running());
    const page = await context.newPage();
    const scriptsFetched: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scriptsFetched.push(new URL(request.url()).pathname);
    });
    await page.goto(`${siteUrl}iam/`, { waitUntil: 'load' });
    const scripts = await page
      .locator('script')
      .evaluateAll((elements) =>
        elements.map((element) => ({ src: element.getAttribute('src'), type: element.getAttribute('type') })),
      );
    expect(scripts).toEqual([
      { src: null, type: null },
      { src: expect.stringMatching(/^\/_astro\/[^/]+\.js$/), type: 'module' },
    ]);
    // Until the page has loaded, the boot module alone: it shares no chunk with any other script.
    expect(scriptsFetched).toEqual([scripts[1]?.src]);
    // Then, once the page is idle and the service worker ready, the background saver and nothing
    // else (no search, highlighter or study code): waited for, not timed.
    const saver = await page.locator('body').getAttribute('data-offline-module');
    await expect.poll(() => scriptsFetched.includes(saver ?? ''), { timeout: 30_000 }).toBe(true);
    expect(scriptsFetched.filter((path) => path !== scripts[1]?.src && path !== saver)).toEqual([]);
    await context.close();
  });

  test('a topic page costs three requests on a cold load: its HTML, the CSS and the boot script (the icon is inline)', async () => {
    const context = await newContext(running());
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      // The service worker's own script and the files it saves for offline are not the page's.
      if (!url.pathname.endsWith('/sw.js') && !request.serviceWorker())
        requests.push(`${request.resourceType()} ${url.pathname}`);
    });
    await page.goto(`${siteUrl}iam/`);
    await page.waitForLoadState('networkidle');
    expect(requests).toEqual([
      'document /iam/',
      expect.stringMatching(/^stylesheet \/_astro\/.+\.css$/),
      expect.stringMatching(/^script \/_astro\/.+\.js$/),
    ]);
    await context.close();
  });
});

describe('accessibility', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.each(PAGES)(`axe-core finds no violation on /%s in the ${colorScheme} theme`, async (path) => {
      const { context, page } = await open(path, { colorScheme });
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    });
  }
});
