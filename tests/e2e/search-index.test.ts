import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite, type BuiltSite } from '../../tools/build-site.ts';

describe('the search index of notes that name its markup or have no words', () => {
  let site: BuiltSite;
  beforeAll(async () => {
    const notes = await mkdtemp(join(tmpdir(), 'index-notes-'));
    await writeFile(join(notes, 'iam.md'), 'IAM roles give temporary credentials to apps.\n');
    await writeFile(
      join(notes, 'pagefind.md'),
      '# Pagefind notes\n\n***Mark the notes with data-pagefind-body and data-pagefind-ignore***\n\n`<main data-pagefind-body>`\n',
    );
    await writeFile(join(notes, 'arrows.md'), '# Arrows\n\n```\n-> => <- |\n```\n');
    site = await buildSite(notes);
  });

  test('builds, indexing every page of notes with words and naming the page left out for having none', () => {
    expect(site.log).toMatch(/search index: 2 of 3 pages/);
    expect(site.log).toMatch(/1 page\(s\) have no words to search .* left out of it: \/arrows\//);
  });

  test('indexes only pages of notes, whatever their text says', async () => {
    const cheatsheet = await readFile(join(site.outDir, 'cheatsheet/index.html'), 'utf8');
    expect(cheatsheet).toContain('data-pagefind-body and data-pagefind-ignore');
    const entry = JSON.parse(await readFile(join(site.outDir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0)).toBe(2);
  });
});
