import { describe, expect, test } from 'vitest';
import { caselessPattern, phrasePattern } from '../../../src/lib/regexp.ts';

describe('patterns', () => {
  test('a caseless pattern ignores case by itself, inside a pattern that does not', () => {
    const pattern = new RegExp(`^(?:${caselessPattern('Amazon Ĕc2')}|KMS)$`, 'u');
    expect(['amazon ĕc2', 'AMAZON Ĕc2', 'aMaZoN ĕC2', 'KMS'].map((text) => pattern.test(text))).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(pattern.test('kms')).toBe(false);
  });

  test('a phrase pattern lets spaces and hyphens stand for each other, optionally ignoring case', () => {
    expect(new RegExp(phrasePattern('AES-256'), 'u').test('AES 256')).toBe(true);
    expect(
      new RegExp(phrasePattern('shared responsibility', { ignoreCase: true }), 'u').test('Shared-Responsibility'),
    ).toBe(true);
  });
});
