import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite } from '../../tools/build-site.ts';
import { openDialog, searchInDialog } from '../../tools/dialog-search.ts';
import { useBrowser } from './support/browser.ts';
import { serveStatic, type StaticServer } from './support/static-server.ts';

/**
 * A machine-learning course and notes on papers that mention its subjects often, written as a
 * student writes (tests/fixtures/ranking-vault), and questions about it with the page that should
 * come first (tests/search/vault-queries.json).
 */
const vault = fileURLToPath(new URL('../fixtures/ranking-vault/', import.meta.url));
const querySet = JSON.parse(readFileSync(new URL('../search/vault-queries.json', import.meta.url), 'utf8')) as {
  queries: { query: string; topic: string; kind: string }[];
};
const ML = 'in5400-machine-learning';

let server: StaticServer;
beforeAll(async () => {
  server = await serveStatic((await buildSite(vault)).outDir);
}, 180_000);
afterAll(() => server?.close());
const { open } = useBrowser('');

/** The pages a query finds, in order, in the search dialog of a page of the vault. */
async function searchAll(queries: readonly string[]): Promise<Map<string, string[]>> {
  const { context, page } = await open(`${server.url}${ML}/attention/`);
  await openDialog(page);
  const found = new Map<string, string[]>();
  for (const query of queries) found.set(query, (await searchInDialog(page, query)).topics);
  await context.close();
  return found;
}

describe('search in a vault of notes that mention each other’s subjects', () => {
  test('a note titled with the subject comes first, before notes that say its words more often', async () => {
    const found = await searchAll([
      'recurrent neural network',
      'vanishing gradients',
      'word embeddings',
      'regularization',
    ]);
    expect(found.get('recurrent neural network')?.[0]).toBe(`${ML}/recurrent-neural-networks`);
    expect(found.get('vanishing gradients')?.[0]).toBe(`${ML}/vanishing-gradients`);
    expect(found.get('word embeddings')?.[0]).toBe(`${ML}/word-embeddings`);
    expect(found.get('regularization')?.[0]).toBe(`${ML}/regularization`);
  });

  test('an abbreviation the notes spell out and its long form find the same notes, also those that write one form only', async () => {
    const found = await searchAll([
      'rnn',
      'recurrent neural network',
      'backpropagation through time',
      'bptt',
      'convolutional neural network',
    ]);
    expect(found.get('rnn')?.[0]).toBe(`${ML}/recurrent-neural-networks`);
    expect(found.get('recurrent neural network')?.[0]).toBe(`${ML}/recurrent-neural-networks`);
    expect(found.get('bptt')?.[0]).toBe(`${ML}/backpropagation-through-time`);
    expect(found.get('backpropagation through time')?.[0]).toBe(`${ML}/backpropagation-through-time`);
    // The week's summary writes only "BPTT", the dropout paper only "CNNs".
    expect(found.get('backpropagation through time')).toContain(`${ML}/week-5-summary`);
    expect(found.get('convolutional neural network')).toContain('papers/dropout-paper');
  });

  test('a note’s aliases find it', async () => {
    const found = await searchAll(['long short-term memory', 'RNNs']);
    expect(found.get('long short-term memory')?.[0]).toBe(`${ML}/lstm`);
    expect(found.get('RNNs')?.[0]).toBe(`${ML}/recurrent-neural-networks`);
  });

  test('a query that names a heading leads to that heading', async () => {
    const { context, page } = await open(`${server.url}${ML}/attention/`);
    await openDialog(page);
    expect((await searchInDialog(page, 'receptive field')).topics[0]).toBe(`${ML}/convolutional-neural-networks`);
    const first = page.locator('#search-results > [role="option"][data-page]').first();
    expect(await first.getAttribute('data-url')).toMatch(
      /\/convolutional-neural-networks\/\?pagefind-highlight=[^#]*#receptive-field$/,
    );
    await Promise.all([page.waitForURL(/#receptive-field$/), page.keyboard.press('Enter')]);
    await context.close();
  });

  test('a word the notes do not use finds the notes’ word for it (WordNet, built into the site), and the status says which', async () => {
    const { context, page } = await open(`${server.url}${ML}/attention/`);
    await openDialog(page);
    const related: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/search/related/')) related.push(new URL(request.url()).pathname);
    });
    // The notes say "image", never "picture".
    const picture = await searchInDialog(page, 'picture');
    expect(picture.topics[0]).toBe(`${ML}/convolutional-neural-networks`);
    expect(picture.status).toContain('image for “picture”');
    expect(related).toEqual(['/search/related/p.json']);
    // A phrase: the notes say "exploding gradients", the student "gradients blow up"; the note
    // that says only that (not "long" nor "sequences") is found by it.
    const blowUp = await searchInDialog(page, 'gradients blow up over long sequences');
    expect(blowUp.status).toMatch(/explod\w* for “blow up”/);
    expect(blowUp.topics).toContain(`${ML}/backpropagation-through-time`);
    // Beside a word every page has: Pagefind alone leaves out "disappearing" and finds every page
    // about gradients, the note about vanishing ones fifth.
    const disappearing = await searchInDialog(page, 'disappearing gradients');
    expect(disappearing.topics[0]).toBe(`${ML}/vanishing-gradients`);
    expect(disappearing.status).toContain('vanish for “disappearing”');
    await context.close();
  });

  test('the vault query set: the expected page first for at least 95% of queries, in the first three for all', async () => {
    const found = await searchAll(querySet.queries.map((entry) => entry.query));
    const misses = querySet.queries.filter(({ query, topic }) => found.get(query)?.[0] !== topic);
    for (const { query, topic } of querySet.queries) {
      expect(found.get(query)?.slice(0, 3), query).toContain(topic);
    }
    expect(misses.length / querySet.queries.length, JSON.stringify(misses)).toBeLessThanOrEqual(0.05);
  });
});
