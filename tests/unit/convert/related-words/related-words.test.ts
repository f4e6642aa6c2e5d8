import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startRelatedWords } from '../../../../src/convert/related-words/cached.ts';
import { relatedWords } from '../../../../src/convert/related-words/related-words.ts';
import { readWordNet, type WordNet } from '../../../../src/convert/related-words/wordnet.ts';
import { vocabularyOf } from '../../../../src/convert/vocabulary.ts';
import { baseForms } from '../../../../src/lib/base-forms.ts';

/** Notes as a student writes them, the vocabulary the converter counts from them. */
const VOCABULARY = vocabularyOf([
  'The model learns the training set by heart, training loss keeps going down.',
  'Filters slid over the image. Exploding gradients -> clip the norm. Gradients vanish.',
  'IAM roles provide temporary privileges. AWS Shield reduces downtime.',
]);

let wordnet: WordNet;
let table: Record<string, string[]>;
beforeAll(async () => {
  wordnet = await readWordNet();
  table = relatedWords(VOCABULARY, wordnet);
}, 60_000);

describe('other words for the words of the notes, from WordNet', () => {
  test('WordNet 3.1 is read whole: its synsets, and each word’s senses', () => {
    expect(wordnet.synsets.length).toBeGreaterThan(100_000);
    expect(wordnet.senses.get('memorize')?.[0]?.length).toBeGreaterThan(0);
  });

  test('a word the notes do not use leads to the notes’ words that mean the same, as the notes write them', () => {
    expect(table['memorize']).toContain('learns');
    expect(table['picture']).toContain('image');
    expect(table['disappear']).toContain('vanish');
    // Keyed as search splits a question into words.
    expect(table['short lived']).toContain('temporary');
    expect(table['short-lived']).toBeUndefined();
    expect(table['blow up']).toContain('exploding');
  });

  test('no word the notes use, in any form, is given other words (search finds it as it is)', () => {
    const notesForms = new Set(VOCABULARY.flatMap(baseForms));
    expect(Object.keys(table).filter((word) => notesForms.has(word))).toEqual([]);
    for (const related of Object.values(table)) {
      expect(related.length).toBeLessThanOrEqual(3);
      for (const word of related) expect(VOCABULARY).toContain(word);
    }
  });

  test('words a question is made of, not about, are neither keys nor offered', () => {
    for (const word of ['get', 'make', 'thing', 'good']) expect(table[word]).toBeUndefined();
    expect(relatedWords(['see', 'image'], wordnet)['picture']).toEqual(['image']);
  });
});

describe('the cache of other words', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'related-words-'));
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));
  const table = (words: readonly string[], language: string, file: string, converter: string) =>
    startRelatedWords(file, converter).table(words, language);

  test('is used while the vocabulary and the converter are the same, and made again when either changes', async () => {
    const file = join(folder, 'related-words.json');
    const first = await table(VOCABULARY, 'en', file, 'converter-a');
    expect(first['memorize']).toContain('learns');
    expect(first).toEqual(relatedWords([...new Set(VOCABULARY)].sort(), wordnet));
    // A changed cache file shows whether it was read back.
    const marked = JSON.parse(await readFile(file, 'utf8')) as { key: string };
    await writeFile(file, JSON.stringify({ key: marked.key, words: { marker: ['learns'] } }));
    expect(await table([...VOCABULARY].reverse(), 'en', file, 'converter-a')).toEqual({ marker: ['learns'] });
    expect((await table(VOCABULARY, 'en', file, 'converter-b'))['memorize']).toContain('learns');
    expect((await table([...VOCABULARY, 'memory'], 'en', file, 'converter-b'))['marker']).toBeUndefined();
  }, 60_000); // each table not in the cache reads WordNet, in a process of its own, in about 2 s

  test('notes in another language get no other words: WordNet is English', async () => {
    expect(await table(VOCABULARY, 'nb', join(folder, 'nb.json'), 'converter-a')).toEqual({});
  });

  test('a maker whose table is not asked for ends its process', async () => {
    const maker = startRelatedWords(join(folder, 'unused.json'), 'converter-a');
    maker.cancel();
    // Asked after all, it says the process is gone rather than waiting for it.
    await expect(maker.table(['unused'], 'en')).rejects.toThrow(/WordNet/);
  });
});
