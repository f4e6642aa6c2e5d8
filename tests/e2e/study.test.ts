import { describe, expect, inject, test } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { newContext, useBrowser } from './support/browser.ts';
import { serveStatic } from './support/static-server.ts';
import { due, readDownload, storedReviews } from './support/study.ts';

const siteUrl = inject('siteUrl');
const distDir = inject('distDir');

const { browser: running, open } = useBrowser(siteUrl);

describe('the glossary', () => {
  test('lists every service the notes mention, from A to Z, each linking to the places that mention it', async () => {
    const { context, page } = await open('glossary/');
    const names = await page.locator('main section h2').allInnerTexts();
    expect(names.length).toBeGreaterThanOrEqual(20);
    const key = (name: string) => name.replace(/^(AWS|Amazon)\s+/i, '').toLowerCase();
    expect(names).toEqual([...names].sort((a, b) => key(a).localeCompare(key(b))));
    expect(names).toEqual(
      expect.arrayContaining(['Amazon Cognito', 'AWS KMS', 'Service control policies', 'Amazon EC2']),
    );

    const cognito = page.locator('section#amazon-cognito');
    expect(await cognito.innerText()).toContain('Adds sign-up and sign-in to apps');
    const link = cognito.locator('a', { hasText: 'AWS Organizations' });
    expect(await link.getAttribute('href')).toBe('/organizations/#mention-amazon-cognito');
    await link.click();
    await page.waitForURL(/\/organizations\/#mention-amazon-cognito$/);
    expect(await page.locator(':target').innerText()).toBe('Amazon congnito');
    await context.close();
  });

  test('every deep link of the glossary leads to an element on its page', async () => {
    const { context, page } = await open('glossary/');
    const links = await page
      .locator('main section li a')
      .evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
    const byPage = new Map<string, string[]>();
    for (const href of links) {
      const url = new URL(href);
      byPage.set(url.pathname, [...(byPage.get(url.pathname) ?? []), url.hash.slice(1)]);
    }
    for (const [path, ids] of byPage) {
      await page.goto(`${siteUrl}${path.slice(1)}`);
      for (const id of ids) expect(await page.locator(`[id="${id}"]`).count(), `${path}#${id}`).toBe(1);
    }
    await context.close();
  });

  test('a glossary term in the notes links to its entry in the glossary', async () => {
    const { context, page } = await open('organizations/');
    expect(await page.locator('#mention-amazon-cognito').getAttribute('href')).toBe('/glossary/#amazon-cognito');
    await context.close();
  });
});

describe('key points and the cheat sheet', () => {
  test('the key point on explicit denies is a callout on /iam/', async () => {
    const { context, page } = await open('iam/');
    const callout = page.locator('article .key-point');
    expect(await callout.count()).toBe(1);
    expect(await callout.innerText()).toMatch(/Key point\s+Explicit denies take priorities over allows/i);
    await context.close();
  });

  test('/cheatsheet/ shows the key points and key terms of every topic', async () => {
    const { context, page } = await open('cheatsheet/');
    const iam = page.locator('section', { has: page.locator('h2', { hasText: /^\s*IAM\s*$/ }) });
    expect(await iam.locator('.key-point').innerText()).toMatch(/Explicit denies take priorities over allows/);
    const shield = page.locator('.cheatsheet-term', { hasText: 'AWS Shield' });
    expect(await shield.innerText()).toContain('protects against DDoS/DoS attacks');
    await context.close();
  });

  test('printing /cheatsheet/ prints no navigation and fits on two A4 sheets', async () => {
    const { context, page } = await open('cheatsheet/');
    await page.emulateMedia({ media: 'print' });
    const shown = await page
      .locator('header, nav, footer')
      .evaluateAll((elements) => elements.filter((element) => element.checkVisibility()).length);
    expect(shown).toBe(0);
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    const pages = pdf.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    await context.close();
  });
});

describe('the flashcards', () => {
  test('Space shows the answer, 3 grades it, and after a reload the review is kept and fewer cards are due', async () => {
    const { context, page } = await open('study/');
    const before = await due(page);
    expect(before).toBeGreaterThan(10);
    expect(await page.locator('#card-back').isHidden()).toBe(true);
    const graded = await page.locator('#card-front').innerText();
    await page.keyboard.press('Space');
    expect(await page.locator('#card-back').isVisible()).toBe(true);
    expect(await page.locator('#card-answer').innerText()).toBe('Customers - Security IN the cloud');
    await page.keyboard.press('3');
    await expect.poll(() => due(page)).toBe(before - 1);
    await page.reload();
    await expect.poll(() => due(page)).toBe(before - 1);
    expect(await page.locator('#card-front').innerText()).not.toBe(graded);
    await context.close();
  });

  test('the study keys work in a browser without checkVisibility() (Safari before 17.4)', async () => {
    const context = await newContext(running());
    await context.addInitScript(() => {
      for (const prototype of [Element.prototype, HTMLElement.prototype] as unknown as Record<string, unknown>[]) {
        delete prototype['checkVisibility'];
      }
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${siteUrl}study/`);
    const before = await due(page);
    expect(await page.evaluate(() => 'checkVisibility' in document.body)).toBe(false);
    await page.keyboard.press('Space');
    expect(await page.locator('#card-back').isVisible()).toBe(true);
    await page.keyboard.press('3');
    await expect.poll(() => due(page)).toBe(before - 1);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a group question names a misspelt service canonically, with the words of the notes beside it', async () => {
    const { context, page } = await open('study/?deck=shared-responsibility');
    const fronts: string[] = [];
    for (let left = await due(page); left > 0; left -= 1) {
      fronts.push(await page.locator('#card-front').innerText());
      await page.keyboard.press('Space');
      await page.keyboard.press('4');
      await page.locator('#study-summary', { hasText: `${left - 1} card` }).waitFor();
    }
    expect(fronts).toHaveLength(6);
    expect(fronts).toContain('Which group does “Amazon EC2” (“Amazonh EC2” in the notes) belong to?');
    await context.close();
  });

  test('the buttons do the same by click, and a deck per topic can be chosen', async () => {
    const { context, page } = await open('study/');
    await page.locator('#study-deck').selectOption('organizations');
    expect(await due(page)).toBe(4);
    expect(await page.locator('#card-front').innerText()).toBe('Service control policies');
    await page.getByRole('button', { name: /Show answer/ }).click();
    expect(await page.locator('#card-answer').innerText()).toBe(
      'are IAM policies, however they never grant permissions',
    );
    await page.getByRole('button', { name: /Easy/ }).click();
    await expect.poll(() => due(page)).toBe(3);
    await context.close();
  });

  test('reviews can be exported and imported as a file, and a deck exported for Anki', async () => {
    const { context, page } = await open('study/?deck=iam');
    await due(page);
    await page.keyboard.press('Space');
    await page.keyboard.press('4');
    await expect.poll(() => due(page)).toBe(0);
    const [reviews] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export reviews' }).click(),
    ]);
    const exported = JSON.parse(await readDownload(reviews)) as { version: number; reviews: Record<string, unknown> };
    expect(exported.version).toBe(1);
    expect(Object.keys(exported.reviews)).toHaveLength(1);

    const fresh = await newContext(running());
    const other = await fresh.newPage();
    await other.goto(`${siteUrl}study/?deck=iam`);
    expect(await due(other)).toBe(1);
    await other.locator('#import-reviews').setInputFiles({
      name: 'reviews.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(exported)),
    });
    await other
      .locator('#study-message', { hasText: 'Imported reviews.json: 1 new review, 0 newer reviews' })
      .waitFor();
    expect(await due(other)).toBe(0);

    // Importing an older file keeps the newer review of this browser; Undo restores what was there.
    const older = structuredClone(exported);
    for (const review of Object.values(older.reviews) as { last_review?: string; due: string }[]) {
      review.last_review = '2020-01-01T00:00:00.000Z';
      review.due = '2020-01-02T00:00:00.000Z';
    }
    older.reviews['card-only-in-the-file'] = Object.values(older.reviews)[0];
    await other.locator('#import-reviews').setInputFiles({
      name: 'older.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(older)),
    });
    await other
      .locator('#study-message', {
        hasText: 'Imported older.json: 1 new review, 0 newer reviews; 1 review of this browser kept',
      })
      .waitFor();
    expect(await due(other)).toBe(0);
    const saved = async () => Object.keys(await storedReviews(other)).length;
    expect(await saved()).toBe(2);
    await other.getByRole('button', { name: 'Undo import' }).click();
    await other.locator('#study-message', { hasText: 'Import undone' }).waitFor();
    expect(await saved()).toBe(1);
    await other
      .locator('#import-reviews')
      .setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('[1,2]') });
    await other.locator('#study-message', { hasText: 'Not imported' }).waitFor();
    await fresh.close();

    await page.locator('#study-deck').selectOption('organizations');
    const [anki] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export deck for Anki' }).click(),
    ]);
    const text = await readDownload(anki);
    expect(text.split('\n').slice(0, 4)).toEqual(['#separator:tab', '#html:true', '#tags column:3', '#deck column:4']);
    expect(text).toContain(
      'AWS Shield\tprotects against <em>DDoS/DoS</em> attacks and aims to <strong>Minimize downtime and latency</strong> <strong>free</strong>\tAWS_Organizations\tNotes::AWS Organizations\n',
    );
    await context.close();
  });

  test('work offline after one visit: reviewing, reloading and the due count', async () => {
    const server = await serveStatic(distDir);
    const context = await newContext(running());
    const page = await context.newPage();
    await page.goto(`${server.url}study/`);
    await page.locator('#connection-status', { hasText: 'Available offline' }).waitFor({ timeout: 30_000 });
    await server.close();
    await page.reload();
    const before = await due(page);
    await page.keyboard.press('Space');
    await page.keyboard.press('3');
    await expect.poll(() => due(page)).toBe(before - 1);
    await page.reload();
    await expect.poll(() => due(page)).toBe(before - 1);
    await context.close();
  });
});

describe('progress on the home page', () => {
  test('a topic can be marked as studied, shows its cards due, and the last topic opened is offered to continue', async () => {
    const { context, page } = await open('');
    const card = page.locator('main li', { has: page.locator('a', { hasText: /^\s*IAM\s*$/ }) });
    await expect.poll(() => card.locator('[data-due]').innerText()).toBe('1 card due');
    const toggle = card.getByRole('button', { name: 'Studied' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('#continue').isHidden()).toBe(true);
    await Promise.all([page.waitForURL(/\/iam\/$/), card.locator('a', { hasText: /^\s*IAM\s*$/ }).click()]);
    await page.goto(siteUrl);
    await expect.poll(() => page.locator('[data-studied="iam"]').getAttribute('aria-pressed')).toBe('true');
    await page.locator('#continue').waitFor();
    expect(await page.locator('#continue a').innerText()).toBe('IAM');
    expect(await page.locator('#continue a').getAttribute('href')).toBe('/iam/');
    await context.close();
  });
});

describe('accessibility of the study tools', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.each(['glossary/', 'cheatsheet/', 'study/'])(
      `axe-core finds no violation on /%s in the ${colorScheme} theme`,
      async (path) => {
        const { context, page } = await open(path, { colorScheme });
        if (path === 'study/') {
          await due(page);
          await page.keyboard.press('Space');
        }
        expect(await axeViolations(page)).toEqual([]);
        await context.close();
      },
    );
  }
});
