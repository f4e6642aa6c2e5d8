import { describe, expect, test } from 'vitest';
import { searchedText } from '../../../src/client/little-words.ts';

describe('the query as searched', () => {
  test('leaves out the little words of a question', () => {
    expect(searchedText('What is the shared responsibility model?')).toBe('shared responsibility model?');
    expect(searchedText('how do I rotate a key')).toBe('rotate key');
    expect(searchedText('who is responsible for patching')).toBe('responsible patching');
  });

  test('keeps a word a little word is only part of, and words of other scripts', () => {
    expect(searchedText("what's an S3 bucket")).toBe("what's S3 bucket");
    expect(searchedText('the Schlüssel')).toBe('Schlüssel');
    expect(searchedText('在 IAM')).toBe('在 IAM');
  });

  test('searches as typed a query of little words only, or with a quoted phrase', () => {
    expect(searchedText('what is it')).toBe('what is it');
    expect(searchedText('"the root user" is')).toBe('"the root user" is');
    expect(searchedText('')).toBe('');
  });
});
