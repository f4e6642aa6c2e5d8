import { cp, mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { wordShard } from '../../src/lib/search-data.ts';
import { buildSite, PROJECT_DATA, type BuiltSite } from '../../tools/build-site.ts';
import { openDialog, searchInDialog } from '../../tools/dialog-search.ts';
import { launchBrowser, newContext } from './support/browser.ts';
import { guard } from './support/guard.ts';
import { brokenLinks, htmlErrors } from './support/html-checks.ts';
import { articleText, linesOnPages } from './support/site-text.ts';
import { topicPages } from './support/site-pages.ts';
import { serveStatic, type StaticServer } from './support/static-server.ts';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** Build a site from a folder of notes, serve it, and read every topic page's text. */
async function site(
  notesDir: string,
): Promise<{ built: BuiltSite; server: StaticServer; pages: Map<string, string>; notes: string[] }> {
  const built = await buildSite(notesDir, PROJECT_DATA);
  const server = await serveStatic(built.outDir);
  const context = await newContext(browser);
  const page = await context.newPage();
  const pages = new Map<string, string>();
  for (const path of topicPages(built.outDir)) {
    await page.goto(`${server.url}${path}`);
    pages.set(path, await articleText(page));
  }
  await context.close();
  const files = (await readdir(notesDir)).filter((file) => file.endsWith('.md'));
  const notes = await Promise.all(files.map((file) => readFile(join(notesDir, file), 'utf8')));
  return { built, server, pages, notes };
}

function expectEveryLineOnAPage(notes: readonly string[], pages: ReadonlyMap<string, string>): void {
  for (const text of notes) {
    for (const check of linesOnPages(text, pages)) {
      expect(check.pages.length, `line ${check.line}: ${check.source}`).toBeGreaterThanOrEqual(1);
    }
  }
}

describe('hostile notes (script tags, event handlers, javascript: links, braces, import/export)', () => {
  let hostile: Awaited<ReturnType<typeof site>>;
  beforeAll(async () => {
    hostile = await site(join(fixtures, 'sites/hostile'));
  });
  afterAll(() => hostile?.server.close());

  test('build into a site that shows every line of them as text, as valid HTML', async () => {
    expectEveryLineOnAPage(hostile.notes, hostile.pages);
    expect(await htmlErrors(hostile.built.outDir)).toEqual([]);
    expect(brokenLinks(hostile.built.outDir)).toEqual([]);
  });

  test('never run: no script, handler, frame or javascript: link from the notes reaches a page, and nothing fires', async () => {
    const context = await newContext(browser);
    const incidents = await guard(context);
    const page = await context.newPage();
    for (const path of ['', ...hostile.pages.keys()]) {
      await page.goto(`${hostile.server.url}${path}`);
      const findings = await page
        .locator('article')
        .evaluateAll((articles) =>
          articles.flatMap((article) => [
            ...[...article.querySelectorAll('script, iframe, object, embed, svg, img, style, details')].map(
              (element) => `<${element.localName}>`,
            ),
            ...[...article.querySelectorAll('*')].flatMap((element) =>
              [...element.attributes]
                .filter(
                  (attribute) =>
                    /^on/i.test(attribute.name) || /^\s*(javascript|data|vbscript):/i.test(attribute.value),
                )
                .map((attribute) => `${element.localName}[${attribute.name}=${attribute.value}]`),
            ),
          ]),
        );
      expect(findings, path).toEqual([]);
      for (const link of await page.locator('article a[href]').all()) {
        const href = (await link.getAttribute('href')) ?? '';
        expect(href, path).toMatch(/^(https?:|mailto:|\/|#|\.)/);
      }
      expect(await page.evaluate(() => (window as unknown as { pwned?: unknown }).pwned), path).toBeUndefined();
      expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations), path).toEqual(
        [],
      );
    }
    expect(incidents).toEqual({ dialogs: [], errors: [] });
    await context.close();
  });

  test("give search's spelling help the words of the notes, never pieces of the MDX escapes", async () => {
    const shards = await readdir(join(hostile.built.outDir, 'search/words'));
    expect(shards).toEqual(expect.arrayContaining(['i.json', 'e.json', 'p.json', 'b.json']));
    const words: string[] = [];
    for (const shard of shards) {
      const file = JSON.parse(await readFile(join(hostile.built.outDir, 'search/words', shard), 'utf8')) as {
        words: string[];
      };
      expect(
        file.words.every((word) => `${wordShard(word)}.json` === shard),
        shard,
      ).toBe(true);
      words.push(...file.words);
    }
    expect(words).toEqual(expect.arrayContaining(['import', 'export', 'pwned', 'braces']));
    expect(words.filter((word) => /^(?:x[0-9a-f]{2}|mport|xport|amp|quot)$/.test(word))).toEqual([]);
  });
});

describe('notes in other languages (accents, Japanese, Hebrew)', () => {
  let multilingual: Awaited<ReturnType<typeof site>>;
  beforeAll(async () => {
    multilingual = await site(join(fixtures, 'sites/multilingual'));
  });
  afterAll(() => multilingual?.server.close());

  test('build into a site that shows every line of them, right to left where the language is', async () => {
    expectEveryLineOnAPage(multilingual.notes, multilingual.pages);
    const context = await newContext(browser);
    const page = await context.newPage();
    // Three notes files: each is one page, titled by its file name (its # heading stays on it).
    await page.goto(`${multilingual.server.url}ivrit/`);
    expect(await page.locator('article').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('article').getAttribute('lang')).toBe('he');
    expect(await page.locator('html').getAttribute('lang')).toBe('ja');
    await context.close();
  });

  test('are searchable: a word inside a Japanese sentence, a French word typed without accents, a Hebrew word', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(multilingual.server.url);
    await openDialog(page);
    expect((await searchInDialog(page, 'ファイアウォール')).topics).toEqual(['nihongo']);
    expect((await searchInDialog(page, 'securite reseau')).topics[0]).toBe('francais');
    expect((await searchInDialog(page, 'הצפנה')).topics).toEqual(['ivrit']);
    await context.close();
  });
});

describe('every fixture notes file of the converter, dropped into one notes folder', () => {
  let all: Awaited<ReturnType<typeof site>>;
  beforeAll(async () => {
    const notes = await mkdtemp(join(tmpdir(), 'all-fixtures-'));
    for (const entry of await readdir(fixtures, { withFileTypes: true })) {
      if (entry.isDirectory())
        await cp(join(fixtures, entry.name, 'input.md'), join(notes, `${entry.name}.md`)).catch(() => undefined);
    }
    all = await site(notes);
  });
  afterAll(() => all?.server.close());

  test('builds with no error into a site where every line can be found and no script of the notes runs', async () => {
    expect(all.notes.length).toBeGreaterThanOrEqual(10);
    expectEveryLineOnAPage(all.notes, all.pages);
    const context = await newContext(browser);
    const incidents = await guard(context);
    const page = await context.newPage();
    for (const path of all.pages.keys()) {
      await page.goto(`${all.server.url}${path}`);
      expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations), path).toEqual(
        [],
      );
    }
    expect(incidents).toEqual({ dialogs: [], errors: [] });
    await context.close();
  });
});
