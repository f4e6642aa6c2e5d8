import { describe, expect, test } from 'vitest';
import { baseForms } from '../../../src/lib/base-forms.ts';

describe('the base forms an English word may be an inflection of', () => {
  test('plurals, verb forms and comparatives give their base form (WordNet’s rules of detachment)', () => {
    expect(baseForms('images')).toContain('image');
    expect(baseForms('policies')).toContain('policy');
    expect(baseForms('boxes')).toContain('box');
    expect(baseForms('memorizes')).toContain('memorize');
    expect(baseForms('encrypted')).toContain('encrypt');
    expect(baseForms('stored')).toContain('store');
    expect(baseForms('vanishing')).toContain('vanish');
    expect(baseForms('smaller')).toContain('small');
    expect(baseForms('women')).toContain('woman');
  });

  test('a doubled last consonant is undone, and British -ise words give the -ize form WordNet lists', () => {
    expect(baseForms('stopped')).toContain('stop');
    expect(baseForms('dropping')).toContain('drop');
    expect(baseForms('memorises')).toContain('memorize');
    expect(baseForms('optimiser')).toContain('optimizer');
    expect(baseForms('normalisation')).toContain('normalization');
  });

  test('the word itself comes first, and a word with no ending to take off is only itself', () => {
    expect(baseForms('picture')[0]).toBe('picture');
    expect(baseForms('iam')).toEqual(['iam']);
    expect(baseForms('is')).toEqual(['is']);
  });
});
