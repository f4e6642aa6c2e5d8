import { describe, expect, test } from 'vitest';
import { querySlots } from '../../../src/client/related-words.ts';

const TABLE = {
  memorize: ['learns', 'memory'],
  picture: ['image'],
  'blow up': ['exploding'],
  'denial of service': ['ddos'],
  'short lived': ['temporary'],
};

describe('a question’s words, each with the notes’ words for it', () => {
  test('an inflected word is looked up by its base form; a word the table lacks has no other words', () => {
    expect(querySlots(['model', 'memorizes', 'pictures'], TABLE)).toEqual([
      { words: ['model'], related: [] },
      { words: ['memorizes'], related: ['learns', 'memory'] },
      { words: ['pictures'], related: ['image'] },
    ]);
  });

  test('a hyphenated word is looked up as its words ("short-lived" is asked as "short lived")', () => {
    expect(querySlots(['short', 'lived', 'keys'], TABLE)).toEqual([
      { words: ['short', 'lived'], related: ['temporary'] },
      { words: ['keys'], related: [] },
    ]);
  });

  test('a phrase the table has takes the words it spans, its first or last word inflected', () => {
    expect(querySlots(['gradients', 'blowing', 'up'], TABLE)).toEqual([
      { words: ['gradients'], related: [] },
      { words: ['blowing', 'up'], related: ['exploding'] },
    ]);
    expect(querySlots(['stop', 'denials', 'of', 'service'], TABLE)).toEqual([
      { words: ['stop'], related: [] },
      { words: ['denials', 'of', 'service'], related: ['ddos'] },
    ]);
  });

  test('little words are not looked up by themselves, but may begin a phrase', () => {
    expect(querySlots(['on', 'picture'], { on: ['connected'], ...TABLE }, new Set(['on']))).toEqual([
      { words: ['on'], related: [] },
      { words: ['picture'], related: ['image'] },
    ]);
  });

  test('words that name an object’s own properties are words like any other', () => {
    expect(querySlots(['constructor', 'tostring', '__proto__'], TABLE)).toEqual([
      { words: ['constructor'], related: [] },
      { words: ['tostring'], related: [] },
      { words: ['__proto__'], related: [] },
    ]);
  });
});
