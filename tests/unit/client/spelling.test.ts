import { describe, expect, test } from 'vitest';
import { correctQuery, correctWord } from '../../../src/client/spelling.ts';
import { editDistance } from '../../../src/lib/edit-distance.ts';

describe('spelling help', () => {
  test('edit distance counts insertions, deletions, substitutions and swaps', () => {
    expect(editDistance('attached', 'attatched', 3)).toBe(1);
    expect(editDistance('sheild', 'shield', 3)).toBe(1);
    expect(editDistance('policy', 'polcy', 3)).toBe(1);
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
    expect(editDistance('abc', 'abcdefgh', 2)).toBe(3);
  });

  test('a known word, or the start of one, is kept', () => {
    expect(correctWord('policies', ['policies'])).toBe('policies');
    expect(correctWord('polic', ['policies'])).toBe('polic');
  });

  test('an unknown word becomes the nearest known word, the most frequent among equals', () => {
    expect(correctWord('encription', ['encryption', 'encrypted'])).toBe('encryption');
    expect(correctWord('organisations', ['accounts', 'organizations'])).toBe('organizations');
    expect(correctWord('rols', ['roles', 'rules'])).toBe('roles');
  });

  test('a word far from every known word has no correction, and short words and numbers are left alone', () => {
    expect(correctWord('qwertyuiop', ['policies'])).toBeUndefined();
    expect(correctWord('ou', ['organizations'])).toBe('ou');
    expect(correctWord('2024', ['2023'])).toBe('2024');
  });

  test('a query is corrected word by word, and only when something changes', () => {
    expect(correctQuery('encription keys', ['encryption', 'keys'])).toBe('encryption keys');
    expect(correctQuery('encryption keys', ['encryption', 'keys'])).toBeUndefined();
  });
});

describe('words the notes have other words for', () => {
  test('are English words, not misspellings: they stay as typed, the others are corrected', () => {
    const vocabulary = ['encryption', 'keys', 'learns', 'memory'];
    expect(correctQuery('memorizes encription keys', vocabulary, (word) => word === 'memorizes')).toBe(
      'memorizes encryption keys',
    );
    expect(correctQuery('memorizes keys', vocabulary, (word) => word === 'memorizes')).toBeUndefined();
  });
});
