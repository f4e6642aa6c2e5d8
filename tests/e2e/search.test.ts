import { readFileSync } from 'node:fs';
import { describe, expect, inject, test } from 'vitest';
import { wordsOf } from '../../src/lib/words.ts';
import { openDialog, searchInDialog } from '../../tools/dialog-search.ts';
import { axeViolations } from './support/axe.ts';
import { newContext, useBrowser } from './support/browser.ts';

const siteUrl = inject('siteUrl');
const querySet = JSON.parse(readFileSync(new URL('../search/queries.json', import.meta.url), 'utf8')) as {
  queries: { query: string; topic: string; kind: string }[];
};

const { browser: running, open } = useBrowser(siteUrl);

describe('the search-quality set', () => {
  test('has at least 30 queries of every kind', () => {
    expect(querySet.queries.length).toBeGreaterThanOrEqual(30);
    expect(new Set(querySet.queries.map((entry) => entry.kind))).toEqual(
      new Set(['phrase', 'question', 'acronym', 'name', 'misspelling', 'form']),
    );
  });

  test('finds the expected topic first for at least 97% of queries, and in the first three for all', async () => {
    const { context, page } = await open('iam/');
    await openDialog(page);
    const misses: string[] = [];
    let first = 0;
    for (const { query, topic } of querySet.queries) {
      const { topics } = await searchInDialog(page, query);
      const rank = topics.indexOf(topic);
      if (rank === 0) first += 1;
      else misses.push(`"${query}": ${topic} at ${rank === -1 ? 'none' : rank + 1} (${topics.slice(0, 3).join(', ')})`);
      expect(rank, `"${query}" should find ${topic} in the first three: ${topics.join(', ')}`).toBeGreaterThanOrEqual(
        0,
      );
      expect(rank, `"${query}" should find ${topic} in the first three: ${topics.join(', ')}`).toBeLessThan(3);
    }
    expect(first / querySet.queries.length, misses.join('\n')).toBeGreaterThanOrEqual(0.97);
    await context.close();
  });
});

describe('the search dialog', () => {
  test('fetches no search code or index until it is first opened', async () => {
    const context = await newContext(running());
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(`${siteUrl}iam/`);
    await page.waitForLoadState('networkidle');
    expect(requests.filter((path) => /pagefind|search/.test(path))).toEqual([]);
    await page.getByRole('button', { name: 'Search' }).click();
    await page.locator('dialog[open]').waitFor();
    await expect.poll(() => requests.some((path) => path.endsWith('/pagefind/pagefind.js'))).toBe(true);
    await context.close();
  });

  test('has one control to close it: the Close button, and no "×" in the search field', async () => {
    const { context, page } = await open('iam/');
    await openDialog(page);
    await searchInDialog(page, 'roles');
    const box = await page.locator('#search-input').boundingBox();
    if (!box) throw new Error('the search field has no box');
    // Where a browser draws the field's own "×" (clear) button: a click there must not clear the field.
    await page.mouse.click(box.x + box.width - 9, box.y + box.height / 2);
    expect(await page.locator('#search-input').inputValue()).toBe('roles');
    const dialog = page.locator('dialog[open]');
    const names = await dialog
      .getByRole('button')
      .evaluateAll((buttons) =>
        buttons.map((button) => button.getAttribute('aria-label') ?? button.textContent?.trim() ?? ''),
      );
    expect(names.filter((name) => /close|clear|cancel|×|✕/i.test(name))).toEqual(['Close']);
    await context.close();
  });

  test('opens with Ctrl+K and with /, and Escape closes it and gives focus back to the button', async () => {
    const { context, page } = await open('iam/');
    await page.keyboard.press('Control+k');
    await expect.poll(() => page.locator('dialog[open]').count()).toBe(1);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('dialog[open]').count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).not.toBe('search-input');
    await page.keyboard.press('/');
    await expect.poll(() => page.locator('dialog[open]').count()).toBe(1);
    await page.keyboard.press('Escape');

    const button = page.getByRole('button', { name: 'Search' });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('dialog[open]').count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('dialog[open]').count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.hasAttribute('data-search-open'))).toBe(true);
    await context.close();
  });

  test('typing "explicit deny" lists IAM first with the words marked; ArrowDown and Enter open the page with them highlighted', async () => {
    const { context, page } = await open('organizations/');
    await openDialog(page);
    const { topics, status } = await searchInDialog(page, 'explicit deny');
    expect(topics[0]).toBe('iam');
    expect(status).toMatch(/^1 page for “explicit deny”/);
    const first = page.locator('#search-results > [role="option"]').first();
    expect(await first.locator('mark').allInnerTexts()).toEqual(expect.arrayContaining(['Explicit', 'denies']));
    expect(await page.locator('#search-input').getAttribute('aria-expanded')).toBe('true');

    await page.keyboard.press('ArrowDown');
    expect(await first.getAttribute('aria-selected')).toBe('true');
    expect(await page.locator('#search-input').getAttribute('aria-activedescendant')).toBe(
      await first.getAttribute('id'),
    );
    await Promise.all([page.waitForURL(/\/iam\/\?pagefind-highlight=/), page.keyboard.press('Enter')]);
    await expect
      .poll(() => page.locator('mark.search-hit').allInnerTexts())
      .toEqual(expect.arrayContaining(['Explicit', 'denies']));
    const marked = await page
      .locator('mark.search-hit')
      .first()
      .evaluate((mark) => mark.closest('li')?.innerText.trim());
    expect(marked).toMatch(/Explicit denies take priorities over allows$/);
    await context.close();
  });

  test('a result shows the sections where the words are, as deep links', async () => {
    const { context, page } = await open('iam/');
    await openDialog(page);
    await searchInDialog(page, 'SCP');
    const section = page.locator('#search-results [role="option"]', {
      hasText: 'AWS Organizations › Service control policies',
    });
    expect(await section.getAttribute('data-url')).toMatch(
      /\/organizations\/\?pagefind-highlight=service\+control\+policies#term-service-control-policies$/i,
    );
    await context.close();
  });

  test('excerpts and section titles show only words the page shows, in its order, even when a glossary name matched', async () => {
    const { context, page } = await open('iam/');
    const pageWords = new Map<string, string>();
    const wordsOnPage = async (url: string): Promise<string> => {
      const path = new URL(url, siteUrl).pathname;
      const known = pageWords.get(path);
      if (known !== undefined) return known;
      const reader = await context.newPage();
      await reader.goto(new URL(path, siteUrl).href);
      const text = await reader.evaluate(() => {
        const body = document.querySelector('[data-pagefind-body]') as HTMLElement;
        for (const ignored of body.querySelectorAll('[data-pagefind-ignore]')) ignored.remove();
        return body.innerText;
      });
      await reader.close();
      const words = ` ${wordsOf(text).join(' ')} `;
      pageWords.set(path, words);
      return words;
    };
    await openDialog(page);
    for (const query of [
      'encription at rest',
      'who can sign in with google',
      'cognito',
      'key management service',
      'SCP',
    ]) {
      await searchInDialog(page, query);
      const options = await page.locator('#search-results > [role="option"]').evaluateAll((items) =>
        items.map((item) => ({
          url: (item as HTMLElement).dataset['url'] ?? '',
          title: item.querySelector('span')?.textContent ?? '',
          excerpt: item.querySelector('span + span')?.textContent ?? '',
          marks: [...item.querySelectorAll('mark')].map((mark) => mark.textContent ?? ''),
        })),
      );
      expect(options.length, query).toBeGreaterThan(0);
      for (const option of options) {
        const words = await wordsOnPage(option.url);
        expect(words, `"${query}": excerpt "${option.excerpt}"`).toContain(` ${wordsOf(option.excerpt).join(' ')} `);
        const section = option.title.split(' › ')[1];
        if (section) expect(words, `"${query}": section "${section}"`).toContain(` ${wordsOf(section).join(' ')} `);
        expect(option.marks.length, `"${query}": "${option.excerpt}" marks a word`).toBeGreaterThan(0);
      }
    }
    await context.close();
  });

  test('the topic filter limits the results to one topic', async () => {
    const { context, page } = await open('iam/');
    await openDialog(page);
    expect((await searchInDialog(page, 'AWS')).topics.length).toBeGreaterThan(1);
    await page.locator('#search-topic').selectOption('AWS KMS');
    await page.locator('#search-status', { hasText: 'in AWS KMS' }).waitFor();
    const topics = await page
      .locator('#search-results > [role="option"][data-page]')
      .evaluateAll((options) => options.map((option) => (option as HTMLElement).dataset['page']));
    expect(topics).toEqual(['kms']);
    await context.close();
  });

  test('a misspelt query is corrected from the words of the notes, and says so', async () => {
    const { context, page } = await open('iam/');
    await openDialog(page);
    const { topics, status } = await searchInDialog(page, 'encription');
    expect(topics[0]).toBe('kms');
    expect(status).toContain('showing “encryption”');
    // Beside a word the notes have: Pagefind alone leaves out a word no page has, and would show
    // every page about "policies" for "resouce policies".
    const mixed = await searchInDialog(page, 'resouce policies');
    expect(mixed.status).toContain('showing “resource policies”');
    expect(mixed.topics[0]).toBe('iam');
    await context.close();
  });

  test('when nothing is found it says so and suggests glossary terms that search the notes', async () => {
    const { context, page } = await open('iam/');
    await openDialog(page);
    const { topics, status } = await searchInDialog(page, 'qwertyuiop');
    expect(topics).toEqual([]);
    expect(status).toBe('Nothing found for “qwertyuiop”.');
    expect(await page.locator('#search-results').isHidden()).toBe(true);
    const suggestion = page.locator('dialog button', { hasText: 'AWS KMS' });
    await suggestion.click();
    await page.locator('#search-status[data-query="AWS KMS"]').waitFor();
    expect(await page.locator('#search-results > [role="option"][data-page]').first().getAttribute('data-page')).toBe(
      'kms',
    );
    await context.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe-core finds no violation with the dialog open and results shown (${colorScheme})`, async () => {
      const { context, page } = await open('iam/', { colorScheme });
      await openDialog(page);
      await searchInDialog(page, 'policies');
      await page.keyboard.press('ArrowDown');
      expect(await axeViolations(page)).toEqual([]);
      await searchInDialog(page, 'qwertyuiop');
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    });
  }
});

describe('glossary terms on a page', () => {
  test('show the canonical name and meaning on keyboard focus, and the student keeps their own words', async () => {
    const { context, page } = await open('organizations/');
    const term = page.locator('#mention-amazon-cognito');
    expect(await term.innerText()).toBe('Amazon congnito');
    const tip = page.locator('#mention-amazon-cognito-tip');
    expect(await tip.isVisible()).toBe(false);
    await term.focus();
    expect(await tip.isVisible()).toBe(true);
    expect(await tip.innerText()).toMatch(/^Amazon Cognito: /);
    expect(await term.evaluate((element) => element.getAttribute('aria-describedby'))).toBe(
      'mention-amazon-cognito-tip',
    );
    await page.keyboard.press('Escape');
    expect(await tip.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('mention-amazon-cognito');
    await page.keyboard.press('Shift+Tab');
    await term.focus();
    expect(await tip.isVisible()).toBe(true);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    await context.close();
  });

  test('let search find the page by the canonical name the notes misspell', async () => {
    const { context, page } = await open('iam/');
    await openDialog(page);
    expect((await searchInDialog(page, 'cognito')).topics).toEqual(['organizations']);
    await context.close();
  });
});
