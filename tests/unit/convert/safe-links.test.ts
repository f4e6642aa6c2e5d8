import { describe, expect, test } from 'vitest';
import { isSafeUrl } from '../../../src/convert/safe-links.ts';

describe('link targets', () => {
  test.each([
    'https://aws.amazon.com',
    'http://x',
    'MAILTO:a@b.c',
    '../kms/',
    '#top',
    '/iam/',
    'iam',
    '//cdn.example.com/x',
  ])('allows %s', (url) => expect(isSafeUrl(url)).toBe(true));

  test.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:x',
    'data:text/html,x',
    'vbscript:x',
    'file:///etc/passwd',
  ])('refuses %j', (url) => expect(isSafeUrl(url)).toBe(false));
});
