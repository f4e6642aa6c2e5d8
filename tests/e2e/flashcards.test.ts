import { cp, mkdtemp, readdir, readFile, rename } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { StudyCardFile } from '../../src/lib/study-data.ts';
import { buildSite, type BuiltSite } from '../../tools/build-site.ts';
import { textOf } from '../support/flashcards.ts';
import { axeViolations } from './support/axe.ts';
import { newContext, useBrowser } from './support/browser.ts';
import { serveStatic, type StaticServer } from './support/static-server.ts';
import { due, readDownload } from './support/study.ts';

/**
 * A vault whose student reviews in Obsidian with the Spaced Repetition plugin: its settings file
 * (curly-bracket clozes on), notes tagged `#flashcards/…` with one-line, reversed, multi-line and
 * cloze cards, saved schedules, formulas, code, an image, a callout, and notes with no tag.
 */
const fixture = fileURLToPath(new URL('../fixtures/flashcards-vault/', import.meta.url));

/** Every card the plugin makes of the vault's notes: question and answer, as the student reads them. */
const PLUGIN_CARDS: [string, string][] = [
  [
    'The mitochondria is the […] of the cell, it makes ATP.',
    'The mitochondria is the powerhouse of the cell, it makes ATP.',
  ],
  [
    'The mitochondria is the powerhouse of the cell, it makes […].',
    'The mitochondria is the powerhouse of the cell, it makes ATP.',
  ],
  ['Ribosome', 'makes proteins by reading mRNA'],
  ['What are the three parts of a nucleotide?', 'a phosphate group a sugar (deoxyribose in DNA) a nitrogenous base'],
  ['RSA encryption of m', 'c = me mod n'],
  ["What is Euler's totient of n = pq?", 'φ(n) = (p−1)(q−1)'],
  [
    'When is ECB mode acceptable?',
    'Almost never Identical plaintext blocks give identical ciphertext blocks, so patterns show.',
  ],
  [
    'Which mode is this?',
    'CBC: each block is XORed with the previous ciphertext before it is encrypted: c[i] = encrypt(p[i] ^ c[i - 1])',
  ],
  ['Symmetric', 'one shared key for both directions'],
  ['one shared key for both directions', 'Symmetric'],
  [
    'A hash is a […] function: easy to compute, infeasible to invert.',
    'A hash is a one-way function: easy to compute, infeasible to invert.',
  ],
  [
    'AES has a block size of […] and keys of 128, 192 or 256 bits.',
    'AES has a block size of 128 bits and keys of 128, 192 or 256 bits.',
  ],
  [
    'AES has a block size of 128 bits and keys of […].',
    'AES has a block size of 128 bits and keys of 128, 192 or 256 bits.',
  ],
  ['Cookie', 'a small piece of data the server asks the browser to keep'],
  [
    'What does the HttpOnly flag do?',
    'The cookie cannot be read from JavaScript (document.cookie), which limits what an XSS attack can steal. See hashes for how session ids are made.',
  ],
  ['SameSite=Strict', 'the cookie is never sent on cross-site requests'],
  ['the cookie is never sent on cross-site requests', 'SameSite=Strict'],
  ['XSS', 'injecting script into pages other people view'],
  [
    'Stored XSS is […] and served to every visitor',
    'Stored XSS is persisted on the server and served to every visitor',
  ],
  [
    "A CSP header like Content-Security-Policy: script-src 'self' blocks […] and scripts from other origins.",
    "A CSP header like Content-Security-Policy: script-src 'self' blocks inline scripts and scripts from other origins.",
  ],
  [
    "A CSP header like Content-Security-Policy: script-src 'self' blocks inline scripts and scripts from […].",
    "A CSP header like Content-Security-Policy: script-src 'self' blocks inline scripts and scripts from other origins.",
  ],
  [
    'What is CSRF?',
    'Cross-site request forgery: another site makes the browser send a request, with its cookies, to this one.',
  ],
];

const DAY = 86_400_000;

let site: BuiltSite;
let server: StaticServer;
beforeAll(async () => {
  site = await buildSite(fixture);
  server = await serveStatic(site.outDir);
});
afterAll(() => server?.close());
const { browser } = useBrowser('');

/** Every card of the built site, as the card files hold them. */
async function builtCards(outDir: string) {
  const folder = join(outDir, 'study', 'cards');
  const files = await readdir(folder);
  const decks = await Promise.all(
    files.map(async (file) => JSON.parse(await readFile(join(folder, file), 'utf8')) as StudyCardFile),
  );
  return decks.flatMap((file) => file.decks.flatMap((deck) => deck.cards));
}

/** A card's side as the student reads it, with formulas as their visible text. */
function readable(html: string): string {
  return textOf(html.replace(/<span class="katex-mathml">[\s\S]*?<\/math><\/span>/g, '')).replace(/\s+/g, ' ');
}

/** Open the study page at a deck and wait for its cards and statistics. */
async function openDeck(page: Page, url: string, deck: string): Promise<void> {
  await page.goto(`${url}study/?deck=${encodeURIComponent(deck)}`);
  await page.locator('#study-summary', { hasText: 'due' }).waitFor();
  await page.locator('#stats-states').waitFor();
}

describe("cards the student wrote in the Spaced Repetition plugin's syntax", () => {
  test('every card the plugin would make is a card, with its question and answer; none from code or untagged notes', async () => {
    const cards = (await builtCards(site.outDir)).filter((card) => card.kind === 'authored');
    const sides = cards.map((card): [string, string] => [readable(card.front), readable(card.back)]);
    expect(sides.map(([front, back]) => [front.replace(/\s/g, ''), back.replace(/\s/g, '')])).toEqual(
      PLUGIN_CARDS.map(([front, back]) => [front.replace(/\s/g, ''), back.replace(/\s/g, '')]),
    );
    const all = JSON.stringify(await builtCards(site.outDir));
    expect(all).not.toContain('Question::Answer');
    expect(all).not.toContain('Ross Anderson');
  });

  test('no card text anywhere shows ==, ::, [[, <!--SR or raw TeX', async () => {
    for (const card of await builtCards(site.outDir)) {
      for (const side of [card.front, card.back]) {
        const text = readable(side);
        for (const mark of ['==', '::', '[[', '<!--SR', 'SR:', '\\bmod', '\\varphi', '$']) {
          expect(text, `${mark} in ${side}`).not.toContain(mark);
        }
      }
    }
  });

  test('render like the notes, with where they come from, the schedules as due dates and the decks as chosen', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await openDeck(page, server.url, 'deck:CompSec/WebSecurity');
    // Nine cards in the deck; the one the plugin scheduled for 2099 is not due, the ones it scheduled before today are.
    expect(await due(page)).toBe(8);
    expect(await page.locator('#stats-states-summary').innerText()).toBe(
      '9 cards: 6 new, 0 learning, 2 young, 1 mature (in review for 21 days or more).',
    );
    // The card due longest ago comes first: the cookie, due 2026-11-20.
    expect(await page.locator('#card-front').innerText()).toBe('Cookie');
    expect(await page.locator('#card-where').innerText()).toBe('Web Security › Cookies');
    expect(await page.locator('#card-where').getAttribute('href')).toBe('/compsec/web-security/#cookies');

    await openDeck(page, server.url, 'deck:CompSec/Crypto');
    expect(await page.locator('#card-front .katex').count()).toBeGreaterThan(0);
    await page.locator('link[data-math]').waitFor({ state: 'attached' });
    // Formulas look typeset: KaTeX's stylesheet hides the MathML copy.
    expect(await page.locator('#card-front .katex-mathml').evaluate((node) => getComputedStyle(node).position)).toBe(
      'absolute',
    );
    for (let card = 0; card < 3; card++) {
      const left = await due(page);
      await page.keyboard.press('Space');
      await page.keyboard.press('4');
      await page.locator('#study-summary', { hasText: `${left - 1} card` }).waitFor();
    }
    expect(await page.locator('#card-front').innerText()).toContain('Which mode is this?');
    const image = page.locator('#card-front img');
    await expect
      .poll(() => image.evaluate((node: HTMLImageElement) => node.complete && node.naturalWidth))
      .toBeGreaterThan(0);
    expect(await image.getAttribute('width')).toBe('300');
    expect(await image.getAttribute('alt')).toBe('cbc mode');
    await page.keyboard.press('Space');
    expect(await page.locator('#card-answer pre.shiki').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  test("the site's own cards can be switched off per deck, and the choice is remembered", async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await openDeck(page, server.url, 'course:biology');
    await page.locator('#study-summary', { hasText: '(6 in all)' }).waitFor();
    await page.getByLabel('Include cards made from the notes').uncheck();
    await page.locator('#study-summary', { hasText: '(4 in all)' }).waitFor();
    await page.reload();
    await page.locator('#study-summary', { hasText: '(4 in all)' }).waitFor();
    await openDeck(page, server.url, 'course:compsec');
    await page.locator('#study-summary', { hasText: '(19 in all)' }).waitFor();
    await context.close();
  });

  test('the Anki export carries the cards the student wrote, in their decks, formulas as TeX', async () => {
    const context = await newContext(browser(), { acceptDownloads: true });
    const page = await context.newPage();
    await openDeck(page, server.url, 'deck:CompSec');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export deck for Anki' }).click(),
    ]);
    const lines = (await readDownload(download)).trimEnd().split('\n');
    expect(lines.slice(0, 4)).toEqual(['#separator:tab', '#html:true', '#tags column:3', '#deck column:4']);
    expect(lines).toHaveLength(4 + 18);
    expect(lines).toContain(
      '<p>Cookie</p>\t<p>a small piece of data the server asks the browser to keep</p>\tWeb_Security\tCompSec::WebSecurity',
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^<p>RSA encryption of \\\(m\\\)<\/p>\t<p>\\\(c = m\^e \\bmod n\\\)<\/p>\tCryptography\tCompSec::Crypto$/,
      ),
    );
    expect(lines).toContainEqual(expect.stringMatching(/<img src="http:\/\/127\.0\.0\.1:\d+\/_astro\/[^"]+\.webp"/));
    await context.close();
  });
});

describe('statistics', () => {
  test('drawn from a saved history with known figures, per deck and overall, readable as text, axe clean in both themes', async () => {
    const now = Date.now();
    const at = (days: number) => new Date(now - days * DAY).toISOString();
    const entry = (card: string, days: number, grade: number, state: number) => ({
      card,
      at: at(days),
      grade,
      state,
      elapsedDays: 5,
      scheduledDays: 10,
    });
    const cards = await builtCards(site.outDir);
    const id = (front: string) => cards.find((card) => readable(card.front) === front)?.id ?? '';
    const [cookie, xss, ribosome] = [id('Cookie'), id('XSS'), id('Ribosome')];
    const log = [
      entry(cookie, 40, 3, 2), // over 30 days ago: in the history, not in the retention
      entry(cookie, 10, 3, 2),
      entry(cookie, 3, 1, 2), // forgotten
      entry(xss, 10, 3, 0), // a new card: not in the retention
      entry(xss, 9, 3, 1),
      entry(xss, 2, 4, 2),
      entry(ribosome, 2, 2, 2),
    ];
    const review = {
      due: new Date(now + 3 * DAY).toISOString(),
      stability: 10,
      difficulty: 5,
      scheduled_days: 10,
      learning_steps: 0,
      reps: 3,
      lapses: 0,
      state: 2,
      last_review: at(2),
    };
    const file = { version: 1, reviews: { [xss]: review }, studied: {}, log };

    const context = await newContext(browser());
    const page = await context.newPage();
    await openDeck(page, server.url, 'deck:CompSec/WebSecurity');
    await page.locator('#import-reviews').setInputFiles({
      name: 'history.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(file)),
    });
    await page.locator('#study-message', { hasText: 'Imported history.json' }).waitFor();
    await page.locator('#stats-history-summary', { hasText: '6 reviews' }).waitFor();
    expect(await page.locator('#stats-history-summary').innerText()).toBe(
      '6 reviews in CompSec › WebSecurity, 5 days with reviews.',
    );
    expect(await page.locator('#stats-retention-summary').innerText()).toBe(
      '67 %: 2 of 3 reviews of cards in review remembered (Hard, Good or Easy), 1 forgotten (Again).',
    );
    expect(await page.locator('#stats-states-summary').innerText()).toBe(
      '9 cards: 5 new, 0 learning, 3 young, 1 mature (in review for 21 days or more).',
    );
    // The figures as a table: one row per day with reviews.
    await page.locator('#stats-history summary').click();
    expect(await page.locator('#stats-history tbody tr').count()).toBe(5);
    // The bars drawn: one per day with reviews, within the chart.
    expect(await page.locator('#stats-history svg rect').count()).toBe(5);
    expect(await page.locator('#stats-history svg').getAttribute('role')).toBe('img');

    // Overall: the biology card's review counts too.
    await page.locator('#study-deck').selectOption('');
    await page.locator('#stats-history-summary', { hasText: '7 reviews' }).waitFor();
    expect(await page.locator('#stats-retention-summary').innerText()).toContain('3 of 4 reviews');
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(page), scheme).toEqual([]);
    }
    await context.close();
  });
});

describe('renaming a note', () => {
  test("keeps its cards' reviews", async () => {
    const vault = await mkdtemp(join(tmpdir(), 'flashcards-vault-'));
    await cp(fixture, vault, { recursive: true });
    const first = await buildSite(vault);
    let served = await serveStatic(first.outDir);
    const port = served.port;
    const context = await newContext(browser());
    const page = await context.newPage();
    await openDeck(page, served.url, 'deck:CompSec/WebSecurity');
    expect(await page.locator('#card-front').innerText()).toBe('Cookie');
    await page.keyboard.press('Space');
    await page.keyboard.press('3');
    await page.locator('#stats-history-summary', { hasText: '1 review ' }).waitFor();
    const dueAfterReview = await due(page);
    await served.close();

    // The note moves to another folder under another name; the site is built again.
    await rename(join(vault, 'CompSec', 'Web Security.md'), join(vault, 'Biology', 'Web sec (moved).md'));
    const second = await buildSite(vault, {}, { workDir: first.workDir });
    served = await serveStatic(second.outDir, { port });
    await openDeck(page, served.url, 'deck:CompSec/WebSecurity');
    expect(await page.locator('#card-where').innerText()).toContain('Web sec (moved)');
    expect(await due(page)).toBe(dueAfterReview);
    expect(await page.locator('#card-front').innerText()).not.toBe('Cookie');
    expect(await page.locator('#stats-history-summary').innerText()).toMatch(/^1 review in/);
    await served.close();
    await context.close();
  });
});
