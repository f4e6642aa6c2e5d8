import { describe, expect, test } from 'vitest';
import { WORDS_PER_SHARD, wordShard, wordShards } from '../../../src/lib/search-data.ts';

describe('the shards of the vocabulary', () => {
  test('a word is in the shard of its first letter or digit; other scripts share 16 shards', () => {
    expect(wordShard('encryption')).toBe('e');
    expect(wordShard('256')).toBe('2');
    expect(wordShard('émission')).toMatch(/^u[0-9a-f]$/);
    expect(wordShard('暗号')).toMatch(/^u[0-9a-f]$/);
  });

  test('each shard keeps the order of frequency and at most WORDS_PER_SHARD words, the most frequent', () => {
    const words = [
      'key',
      'encryption',
      'kms',
      ...Array.from({ length: WORDS_PER_SHARD + 10 }, (_, index) => `k${index}`),
    ];
    const shards = wordShards(words);
    expect(shards.get('e')).toEqual(['encryption']);
    expect(shards.get('k')?.slice(0, 3)).toEqual(['key', 'kms', 'k0']);
    expect(shards.get('k')).toHaveLength(WORDS_PER_SHARD);
  });
});
