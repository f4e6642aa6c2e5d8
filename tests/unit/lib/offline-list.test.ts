import { describe, expect, test } from 'vitest';
import { filesToSave, savedPages, type OfflineList } from '../../../src/lib/offline-list.ts';

const list: OfflineList = {
  version: 'v2',
  pages: 4,
  savedFirst: 2,
  files: [
    ['/c/', 'r3'],
    ['/d/', 'r4'],
    ['/pagefind/fragment/en_1.pf_fragment', ''],
  ],
};

describe('the files saved after a first visit', () => {
  test('a file not in the cache, or saved at another revision, is to save; one saved at its revision is not', () => {
    const present = new Set(['/c/', '/d/', '/pagefind/fragment/en_1.pf_fragment']);
    expect(
      filesToSave(list, { '/c/': 'r3', '/d/': 'r-old', '/pagefind/fragment/en_1.pf_fragment': '' }, present),
    ).toEqual([['/d/', 'r4']]);
    expect(filesToSave(list, { '/c/': 'r3', '/d/': 'r4' }, new Set(['/c/']))).toEqual([
      ['/d/', 'r4'],
      ['/pagefind/fragment/en_1.pf_fragment', ''],
    ]);
  });

  test('the pages saved count the first visit and the pages of notes saved after, never other files', () => {
    expect(savedPages(list, new Set(['/c/', '/d/', '/pagefind/fragment/en_1.pf_fragment']))).toBe(2);
    expect(savedPages(list, new Set(['/d/', '/pagefind/fragment/en_1.pf_fragment']))).toBe(3);
    expect(savedPages(list, new Set())).toBe(4);
  });
});
