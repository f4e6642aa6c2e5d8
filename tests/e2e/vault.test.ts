import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite, type BuiltSite } from '../../tools/build-site.ts';
import { openDialog, searchInDialog } from '../../tools/dialog-search.ts';
import { axeViolations } from './support/axe.ts';
import { newContext, useBrowser } from './support/browser.ts';
import { guard } from './support/guard.ts';
import { brokenLinks } from './support/html-checks.ts';
import { topicPages } from './support/site-pages.ts';
import { serveStatic, type StaticServer } from './support/static-server.ts';

/** An Obsidian vault made for these tests: three courses, daily notes, images, formulas, code, links of every form. */
const vault = fileURLToPath(new URL('../fixtures/vault/', import.meta.url));

let site: BuiltSite;
let server: StaticServer;
beforeAll(async () => {
  site = await buildSite(vault);
  server = await serveStatic(site.outDir);
});
afterAll(() => server?.close());
const { browser, open } = useBrowser('');

const LA = 'math-201-linear-algebra';
const SEM = 'in4060-semantic-technologies';

/** The text of a page's notes, as the reader sees it. */
const articleText = (page: Page) => page.locator('article').innerText();

describe('an Obsidian vault, built with NOTES_DIR', () => {
  test('is one page per note, in folders that are courses, with hidden folders ignored', () => {
    const pages = topicPages(site.outDir);
    expect(pages).toHaveLength(39);
    expect(pages).toEqual(
      expect.arrayContaining([
        'start-here/',
        'daily/2023-10-12/',
        `${SEM}/rdf-overview/`,
        `${LA}/lecture-03-eigenvalues/`,
        `${LA}/übungsblatt-2/`,
        'programming/week-1/setup/',
        `${LA}/lecture-05-orthogonality/`,
        'programming/scratch/',
        'daily/empty-idea/',
      ]),
    );
    // In a vault, a .txt file is an attachment, as in Obsidian.
    expect(pages.some((page) => page.includes('requirements'))).toBe(false);
    for (const folder of ['daily', SEM, LA, 'programming', 'programming/week-1']) {
      expect(existsSync(join(site.outDir, folder, 'index.html')), folder).toBe(true);
    }
    const all = pages.map((page) => readFileSync(join(site.outDir, page, 'index.html'), 'utf8')).join('');
    expect(all).not.toContain('must not appear');
  });

  test('every page of notes is rendered by @astrojs/mdx from its own MDX file, at its address', () => {
    const pages = topicPages(site.outDir);
    const mdxFiles = readdirSync(join(site.workDir, 'generated/pages'), { recursive: true })
      .map(String)
      .filter((file) => file.endsWith('.mdx'))
      .map((file) => `${file.slice(0, -'.mdx'.length)}/`)
      .sort();
    expect(mdxFiles).toEqual([...pages].sort());
    // The text the MDX file says is the text the page shows (a sentence of each kind of note).
    for (const [page, words] of [
      [`${SEM}/rdf-overview/`, 'RDF describes resources with'],
      [`${LA}/lecture-05-orthogonality/`, 'symmetric matrices have'],
    ] as const) {
      const mdx = readFileSync(join(site.workDir, 'generated/pages', `${page.slice(0, -1)}.mdx`), 'utf8');
      expect(mdx).toContain(words);
      expect(readFileSync(join(site.outDir, page, 'index.html'), 'utf8')).toContain(words);
    }
  });

  test('warns at file:line about the broken link, the missing image, the broken formula and the embed loop', () => {
    expect(site.log).toMatch(/vault\/Start here\.md:10:\d+: no note "No such note" in these notes/);
    expect(site.log).toMatch(
      /vault\/IN4060 Semantic technologies\/Reasoning\.md:\d+:\d+: no file "missing diagram\.png"/,
    );
    expect(site.log).toMatch(/Lecture 04 - Diagonalisation\.md:9:\d+: this formula cannot be shown/);
    expect(site.log).toMatch(/Loops A\.md:1:\d+: "Loops A" embeds itself/);
  });

  test('a note written in MDX renders like any note: its components without imports, its code run at build time, its links, formulas and embeds', async () => {
    const { context, page } = await open(`${server.url}${LA}/lecture-05-orthogonality/`);
    const article = page.locator('article');
    expect(await article.locator('h2').first().innerText()).toBe('Lecture 5: orthogonality');
    expect(await article.locator('aside.callout[data-callout="tip"] .callout-title').innerText()).toBe('Exam hint');
    // The formulas sit in the line with no space added around them.
    const keyPoint = await article.locator('.key-point').evaluate((element) => {
      const copy = element.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.math').forEach((formula) => formula.replaceWith('[formula]'));
      copy.querySelector('.key-point-label')?.remove();
      return copy.textContent;
    });
    expect(keyPoint).toBe('A matrix [formula] is orthogonal when [formula], so [formula].');
    expect(await article.locator('.math-display').count()).toBeGreaterThanOrEqual(2);
    expect(
      await article.getByRole('link', { name: 'Lecture 03 - Eigenvalues', exact: true }).getAttribute('href'),
    ).toBe(`/${LA}/lecture-03-eigenvalues/`);
    expect(await article.locator('.embed').innerText()).toContain('is an eigenvalue of');
    expect(await article.locator('details:not(.callout) > summary').innerText()).toBe('Why it works');
    await context.close();
  });

  test('an MDX note that cannot be compiled does not fail the build: it is named at file:line:column and shown as text under a notice', async () => {
    expect(site.log).toMatch(
      /vault\/Programming\/Scratch\.mdx:3:1: this MDX cannot be used \(Expected a closing tag for `<Callout>`/,
    );
    const { context, page } = await open(`${server.url}programming/scratch/`);
    const article = page.locator('article');
    expect(await article.locator('aside.callout[data-callout="warning"] .callout-title').innerText()).toBe(
      'This note’s MDX could not be used',
    );
    const text = await articleText(page);
    expect(text).toContain('<Callout type="todo">');
    expect(text).toContain('parse the input with {splitLines(input)}');
    expect(text).toContain('Remember to ask about the deadline.');
    await context.close();
  });

  test('has no broken link, image or anchor anywhere: every internal link leads to a page and element', () => {
    expect(brokenLinks(site.outDir)).toEqual([]);
  });

  test('shows no [[ and no raw $\\ on any page: links and formulas are rendered', async () => {
    const { context, page } = await open(server.url);
    for (const path of topicPages(site.outDir)) {
      await page.goto(`${server.url}${path}`);
      const text = await articleText(page);
      expect(text, path).not.toContain('[[');
      // The one formula KaTeX cannot read shows its source, marked as such.
      const raw = text.replace(/\$\\frac\{1\}\{2\$/, '');
      expect(raw, path).not.toMatch(/\$\\|\$\$/);
    }
    await context.close();
  });

  test('every image loads, with its width and height set, in a modern format (SVG and GIF as they are)', async () => {
    const { context, page } = await open(server.url);
    const withImages = [
      'start-here/',
      `${SEM}/rdf-overview/`,
      `${SEM}/reasoning/`,
      `${LA}/lecture-03-eigenvalues/`,
      'programming/programming-index/',
      'programming/week-1/setup/',
    ];
    let count = 0;
    for (const path of withImages) {
      await page.goto(`${server.url}${path}`);
      const images = page.locator('article img');
      for (const image of await images.all()) {
        await image.scrollIntoViewIfNeeded();
        await expect
          .poll(() => image.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth))
          .toBeGreaterThan(0);
        const info = await image.evaluate((element: HTMLImageElement) => ({
          width: element.getAttribute('width'),
          height: element.getAttribute('height'),
          src: element.currentSrc,
        }));
        expect(Number(info.width), `${path} ${info.src}`).toBeGreaterThan(0);
        expect(Number(info.height), `${path} ${info.src}`).toBeGreaterThan(0);
        expect(info.src, path).toMatch(/\.(webp|svg|gif)$/);
        count += 1;
      }
    }
    expect(count).toBe(7);
    await page.goto(`${server.url}${SEM}/reasoning/`);
    expect(await page.locator('article .missing-file').innerText()).toBe('Missing image: missing diagram.png');
    await context.close();
  });

  test('a page with a large screenshot sends far fewer bytes than the screenshot', async () => {
    const { context, page } = await open(server.url);
    let bytes = 0;
    page.on('response', async (response) => {
      if (response.request().resourceType() === 'image') bytes += (await response.body()).length;
    });
    await page.goto(`${server.url}start-here/`);
    await page
      .locator('article img')
      .first()
      .evaluate((element: HTMLImageElement) => element.decode());
    const original = readFileSync(join(vault, 'attachments/Pasted image 20231012093512.png')).length;
    expect(bytes).toBeGreaterThan(0);
    expect(bytes / original).toBeLessThanOrEqual(0.25);
    await context.close();
  });

  test('links between notes lead to the note and the heading or block; unresolved ones are marked', async () => {
    const { context, page } = await open(`${server.url}${LA}/lecture-04-diagonalisation/`);
    await page.locator('article').getByRole('link', { name: 'Thm 3.1' }).click();
    await page.waitForURL(new RegExp(`/${LA}/lecture-03-eigenvalues/#%5Ethm-3-1$`));
    expect(await page.locator(':target').innerText()).toContain('det');
    await page.goto(`${server.url}${LA}/übungsblatt-2/`);
    await page.locator('article').getByRole('link', { name: 'Aufgabe 1' }).click();
    expect(await page.locator(':target').innerText()).toBe('Aufgabe 1');
    await page.goto(`${server.url}start-here/`);
    const unresolved = page.locator('article .unresolved');
    expect(await unresolved.innerText()).toBe('No such note');
    expect(await unresolved.getAttribute('title')).toContain('No note named');
    await context.close();
  });

  test('a note embedded in another shows its text in place, and a loop shows once, cut', async () => {
    const { context, page } = await open(`${server.url}${LA}/lecture-04-diagonalisation/`);
    const embed = page.locator('article .embed').first();
    expect(await embed.innerText()).toContain('A scalar');
    expect(await embed.locator('.embed-source a').getAttribute('href')).toBe(
      `/${LA}/lecture-03-eigenvalues/#definition`,
    );
    await page.goto(`${server.url}programming/week-1/loops-a/`);
    const text = await articleText(page);
    expect(text.match(/Loop B embeds loop A again/g)).toHaveLength(1);
    expect(text).toContain('Embedded before, not repeated');
    await context.close();
  });

  test('backlinks and tag pages list the right notes', async () => {
    const { context, page } = await open(`${server.url}${SEM}/owl/`);
    const linkedFrom = await page.getByRole('region', { name: 'Linked from' }).getByRole('link').allInnerTexts();
    expect(linkedFrom).toEqual(['Index', 'Reasoning', 'Semantic web layers']);
    await page.goto(`${server.url}tags/in4060/`);
    const tagged = await page.locator('main li a[data-topic-link]').allInnerTexts();
    // The note tagged #in4060, and the notes tagged #in4060/week-N (a nested tag counts for its parent).
    expect(tagged).toEqual(expect.arrayContaining(['RDF overview', 'OWL', 'Week 01 summary', 'Week 08 summary']));
    expect(tagged).toHaveLength(10);
    await page.goto(`${server.url}tags/`);
    expect(await page.locator('main a.tag').allInnerTexts()).toEqual(
      expect.arrayContaining(['#exam (2)', '#lecture (1)']),
    );
    await context.close();
  });

  test('callouts, highlights, code and formulas render without a single inline style', async () => {
    const context = await newContext(browser());
    const incidents = await guard(context);
    const page = await context.newPage();
    await page.goto(`${server.url}${LA}/lecture-03-eigenvalues/`);
    expect(await page.locator('article aside.callout[data-callout="definition"] .callout-title').innerText()).toBe(
      'Eigenvalue',
    );
    expect(await page.locator('article details.callout[open] summary').innerText()).toBe('Characteristic polynomial');
    expect(await page.locator('article .math-display .katex-display').count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('article [style]').count()).toBe(0);
    await page.goto(`${server.url}programming/python-basics/`);
    expect(await page.locator('article pre.shiki .tok-keyword').first().innerText()).toBe('def');
    await page.goto(`${server.url}${SEM}/reasoning/`);
    expect(await page.locator('article mark').innerText()).toBe('Entailment is monotonic');
    expect(await articleText(page)).not.toContain('ask the TA');
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    expect(incidents).toEqual({ dialogs: [], errors: [] });
    await context.close();
  });

  test('search finds a note by the words next to a formula, and filters by course', async () => {
    const { context, page } = await open(`${server.url}start-here/`);
    await openDialog(page);
    expect((await searchInDialog(page, 'solving the quadratic')).topics[0]).toBe(`${LA}/lecture-03-eigenvalues`);
    expect((await searchInDialog(page, 'Reasoning diagram')).topics[0]).toBe(`${SEM}/reasoning`);
    expect((await searchInDialog(page, 'triples')).topics.length).toBeGreaterThan(1);
    await page.locator('#search-course').selectOption('MATH 201 – Linear Algebra');
    await page.locator('#search-status', { hasText: 'in MATH 201' }).waitFor();
    const inCourse = await page
      .locator('#search-results > [role="option"][data-page]')
      .evaluateAll((options) => options.map((option) => (option as HTMLElement).dataset['page'] ?? ''));
    expect(inCourse.every((slug) => slug.startsWith(`${LA}/`))).toBe(true);
    await context.close();
  });

  test('axe-core finds no violation on any page of the vault, in both themes (task lists, headings of a formula, empty and skipped headings included)', async () => {
    const pages = topicPages(site.outDir);
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await newContext(browser(), { colorScheme });
      const page = await context.newPage();
      const violations: string[] = [];
      for (const path of pages) {
        await page.goto(`${server.url}${path}`);
        violations.push(...(await axeViolations(page)).map((violation) => `${path} ${colorScheme}: ${violation}`));
      }
      expect(violations).toEqual([]);
      await context.close();
    }
  }, 240_000);

  test('an empty note says so and lists the notes linking to it; an SVG is published without its scripts', async () => {
    const { context, page } = await open(`${server.url}daily/empty-idea/`);
    expect(await page.locator('main').innerText()).toContain('This note has no text yet.');
    expect(await page.locator('#linked-from + ul a').allInnerTexts()).toEqual(['2023-10-14']);
    await page.goto(`${server.url}daily/2023-10-14/`);
    const svg = await page.locator('article img[src$=".svg"]').getAttribute('src');
    const published = await (await page.request.get(`${server.url}${svg?.replace(/^\//, '') ?? ''}`)).text();
    expect(published).toContain('<circle');
    expect(published).not.toMatch(/script|alert|onload/i);
    await context.close();
  });

  test('axe-core finds no violation on a page with formulas, callouts, images and code, in both themes', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { context, page } = await open(`${server.url}${LA}/lecture-03-eigenvalues/`, { colorScheme });
      expect(await axeViolations(page), colorScheme).toEqual([]);
      await page.goto(`${server.url}programming/sql-joins/`);
      expect(await axeViolations(page), `code ${colorScheme}`).toEqual([]);
      await page.goto(`${server.url}${SEM}/`);
      expect(await axeViolations(page), `folder ${colorScheme}`).toEqual([]);
      await context.close();
    }
  });
});

describe('the vault offline', () => {
  test('a page read with images opens again offline, images included', async () => {
    const local = await serveStatic(site.outDir);
    const context = await newContext(browser());
    const page = await context.newPage();
    await page.goto(`${local.url}${SEM}/rdf-overview/`);
    await page.locator('#connection-status', { hasText: 'Available offline' }).waitFor({ timeout: 30_000 });
    await page.reload();
    await page
      .locator('article img')
      .first()
      .evaluate((element: HTMLImageElement) => element.decode());
    await local.close();
    await context.setOffline(true);
    await page.goto(`${local.url}${SEM}/rdf-overview/`);
    const image = page.locator('article img').first();
    await expect
      .poll(() => image.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth))
      .toBeGreaterThan(0);
    await context.close();
  });

  test('"Save this course for offline" saves every page of the course with its images', async () => {
    const local = await serveStatic(site.outDir);
    const context = await newContext(browser());
    const page = await context.newPage();
    await page.goto(`${local.url}programming/`);
    await page.locator('#connection-status', { hasText: 'Available offline' }).waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Save this course for offline' }).click();
    await page
      .locator('#save-folder-status', { hasText: 'Saved for offline: 11 pages and 3 images' })
      .waitFor({ timeout: 30_000 });
    await local.close();
    await context.setOffline(true);
    await page.goto(`${local.url}programming/week-1/setup/`);
    for (const image of await page.locator('article img').all()) {
      await expect
        .poll(() => image.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth))
        .toBeGreaterThan(0);
    }
    await context.close();
  });
});
