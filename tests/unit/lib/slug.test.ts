import { describe, expect, test } from 'vitest';
import { slugify, uniqueSlug } from '../../../src/lib/slug.ts';

describe('slugs', () => {
  test('are lower-case words joined by single hyphens', () => {
    expect(slugify('Networking & VPCs')).toBe('networking-vpcs');
    expect(slugify('  IAM: roles_and policies! ')).toBe('iam-roles-and-policies');
  });

  test('keep letters of every script', () => {
    expect(slugify('Sécurité réseau')).toBe('sécurité-réseau');
    expect(slugify('ネットワーク')).toBe('ネットワーク');
  });

  test('are made unique with a number', () => {
    expect(uniqueSlug('iam', new Set(['iam', 'iam-2']))).toBe('iam-3');
    expect(uniqueSlug('kms', new Set(['iam']))).toBe('kms');
  });
});

describe('slugs of titles in any script', () => {
  test('are valid topic slugs, modifier letters and marks included', async () => {
    const { topicSlug } = await import('../../../src/schemas/topic-map.ts');
    for (const title of [
      'ネットワーク',
      'クラウドのセキュリティ',
      'सुरक्षा नियम',
      'אבטחת ענן',
      'Sécurité réseau',
      'ภาษาไทย',
    ]) {
      expect(topicSlug.safeParse(slugify(title)).success, title).toBe(true);
    }
  });
});
