import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite, type BuiltSite } from '../../tools/build-site.ts';
import { useBrowser } from './support/browser.ts';
import { serveStatic, type StaticServer } from './support/static-server.ts';

const site = fileURLToPath(new URL('../fixtures/sites/biology/', import.meta.url));

describe('notes of another subject (biology), with their own glossary and no code change', () => {
  let built: BuiltSite;
  let server: StaticServer;
  beforeAll(async () => {
    built = await buildSite(`${site}notes`, { GLOSSARY: `${site}glossary.yaml`, TOPIC_MAP: `${site}topics.yaml` });
    server = await serveStatic(built.outDir);
  });
  afterAll(() => server?.close());
  const { open } = useBrowser('');

  test('the glossary files terms by their sortAs or without the prefixes, shows free categories, and names no vendor', async () => {
    const { context, page } = await open(`${server.url}glossary/`);
    expect(await page.locator('main section h2').allInnerTexts()).toEqual([
      'Vitamin B3',
      'Hexokinase',
      'The Krebs cycle',
    ]);
    expect(await page.locator('nav[aria-label="Letters"] a').allInnerTexts()).toEqual(['B', 'H', 'K']);
    expect(await page.locator('section#krebs-cycle').innerText()).toContain('Category: metabolic pathways');
    expect(await page.locator('section#vitamin-b3').innerText()).not.toContain('Category');
    expect(await page.locator('body').innerText()).not.toMatch(/\bAWS\b|Amazon/);
    await context.close();
  });

  test("a misspelt term keeps the student's words and carries its other names for search", async () => {
    const { context, page } = await open(`${server.url}cellular-respiration/`);
    expect(await page.locator('#mention-krebs-cycle').innerText()).toBe('Krebs cicle');
    expect(await page.locator('[data-names]').first().getAttribute('data-names')).toContain('Citric acid cycle');
    await context.close();
  });
});
