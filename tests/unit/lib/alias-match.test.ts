import { describe, expect, test } from 'vitest';
import { aliasAtStart, aliasMatchers, findAlias } from '../../../src/lib/alias-match.ts';

const matchers = aliasMatchers([
  { slug: 'iam', aliases: ['IAM', 'Identity and Access Management'] },
  { slug: 'kms', aliases: ['KMS', 'AWS KMS'] },
  { slug: 'shared-responsibility', aliases: ['shared responsibility'] },
]);

describe('finding a topic alias in a line', () => {
  test('matches whole words, ignoring case', () => {
    expect(findAlias('an iam role', matchers)?.slug).toBe('iam');
    expect(findAlias('the diameter of IAMs', matchers)).toBeUndefined();
  });

  test('prefers the alias named first, and the longest at one place', () => {
    expect(findAlias('AWS KMS works with IAM', matchers)).toMatchObject({ slug: 'kms', alias: 'AWS KMS', index: 0 });
  });

  test('lets spaces and hyphens stand for each other', () => {
    expect(findAlias('Shared-Responsibility  model', matchers)?.slug).toBe('shared-responsibility');
  });

  test('tells whether a line opens with an alias', () => {
    expect(aliasAtStart('"AWS KMS" manages keys', matchers)?.slug).toBe('kms');
    expect(aliasAtStart('Use AWS KMS', matchers)).toBeUndefined();
  });
});
