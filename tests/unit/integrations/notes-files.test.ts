import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readNotesFolder, syncFolder } from '../../../src/integrations/notes-files.ts';

const temp = () => mkdtemp(join(tmpdir(), 'notes-files-'));

describe('reading the notes folder', () => {
  test('reads every .md, .markdown and .txt file, sub-folders included, in path order', async () => {
    const root = await temp();
    const notes = join(root, 'content/notes');
    await mkdir(join(notes, 'week-2'), { recursive: true });
    await writeFile(join(notes, 'b.md'), 'B');
    await writeFile(join(notes, 'a.txt'), 'A');
    await writeFile(join(notes, 'week-2/c.markdown'), 'C');
    await writeFile(join(notes, 'image.png'), 'not notes');
    await mkdir(join(notes, '.obsidian'));
    await writeFile(join(notes, '.obsidian/workspace.md'), 'editor state');
    const files = await readNotesFolder(notes, root);
    expect(files.map((file) => [file.file, file.label])).toEqual([
      ['a.txt', 'content/notes/a.txt'],
      ['b.md', 'content/notes/b.md'],
      ['week-2/c.markdown', 'content/notes/week-2/c.markdown'],
    ]);
  });

  test('a missing notes folder is an error that names it', async () => {
    const root = await temp();
    await expect(readNotesFolder(join(root, 'content/notes'), root)).rejects.toThrow(
      /^content\/notes:1:1: the notes folder does not exist/,
    );
  });

  test('a notes folder without notes files is an error that names it', async () => {
    const root = await temp();
    await mkdir(join(root, 'content/notes'), { recursive: true });
    await writeFile(join(root, 'content/notes/readme.pdf'), '');
    await expect(readNotesFolder(join(root, 'content/notes'), root)).rejects.toThrow(
      /^content\/notes:1:1: the notes folder has no notes files \(\.md, \.markdown, \.txt\)/,
    );
  });
});

describe('writing the generated pages', () => {
  test('leaves exactly the given pages, rewriting only what changed, and never touches other files', async () => {
    const folder = await temp();
    await writeFile(join(folder, 'notes.md'), 'a student file');
    await mkdir(join(folder, 'sub'));
    await writeFile(join(folder, 'stale.mdx'), 'old topic');
    await writeFile(join(folder, 'iam.mdx'), 'same');
    await syncFolder(
      folder,
      new Map([
        ['iam.mdx', 'same'],
        ['kms.mdx', 'new'],
      ]),
    );
    expect((await readdir(folder)).sort()).toEqual(['iam.mdx', 'kms.mdx', 'notes.md', 'sub']);
    expect(await readFile(join(folder, 'kms.mdx'), 'utf8')).toBe('new');
  });
});
