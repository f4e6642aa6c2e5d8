import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readNotesFolder, syncFolder } from '../../../src/integrations/notes-files.ts';

const temp = () => mkdtemp(join(tmpdir(), 'notes-files-'));

describe('reading the notes folder', () => {
  test('reads every .md, .markdown and .txt file, sub-folders included, in path order, and lists the other files', async () => {
    const root = await temp();
    const notes = join(root, 'content/notes');
    await mkdir(join(notes, 'week-2'), { recursive: true });
    await writeFile(join(notes, 'b.md'), 'B');
    await writeFile(join(notes, 'a.txt'), 'A');
    await writeFile(join(notes, 'week-2/c.markdown'), 'C');
    await writeFile(join(notes, 'image.png'), 'not notes');
    await mkdir(join(notes, '.trash'));
    await writeFile(join(notes, '.trash/Old draft.md'), 'deleted');
    await writeFile(join(notes, 'week-2/Drawing 2023.excalidraw.md'), 'a drawing');
    await writeFile(join(notes, 'week-2/Pasted image 1.png'), 'png');
    const folder = await readNotesFolder(notes, root);
    expect(folder.notes.map((file) => [file.file, file.label])).toEqual([
      ['a.txt', 'content/notes/a.txt'],
      ['b.md', 'content/notes/b.md'],
      ['week-2/c.markdown', 'content/notes/week-2/c.markdown'],
    ]);
    expect(folder.attachments).toEqual(['image.png', 'week-2/Pasted image 1.png']);
  });

  test('in an Obsidian vault, .md and .mdx files are notes and every other file an attachment, as in Obsidian', async () => {
    const root = await temp();
    const notes = join(root, 'vault');
    await mkdir(join(notes, '.obsidian'), { recursive: true });
    await writeFile(join(notes, '.obsidian/workspace.md'), 'editor state');
    await writeFile(join(notes, 'Lecture 3.1.md'), 'A');
    await writeFile(join(notes, 'Widget.mdx'), 'B');
    await writeFile(join(notes, 'requirements.txt'), 'numpy');
    await writeFile(join(notes, 'old.markdown'), 'C');
    const folder = await readNotesFolder(notes, root);
    expect(folder.notes.map((file) => file.file)).toEqual(['Lecture 3.1.md', 'Widget.mdx']);
    expect(folder.attachments).toEqual(['old.markdown', 'requirements.txt']);
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
      /^content\/notes:1:1: the notes folder has no notes files \(\.md, \.mdx, \.markdown, \.txt\)/,
    );
  });
});

describe('writing the generated pages', () => {
  test('leaves exactly the given pages, rewriting only what changed, and never touches other files', async () => {
    const folder = await temp();
    await writeFile(join(folder, 'notes.md'), 'a student file');
    await mkdir(join(folder, 'sub'));
    await writeFile(join(folder, 'stale.json'), 'old page');
    await writeFile(join(folder, 'iam.json'), 'same');
    await writeFile(join(folder, 'student.json'), 'not ours');
    await syncFolder(
      folder,
      new Map([
        ['iam.json', 'same'],
        ['kms.json', 'new'],
      ]),
      (name) => ['stale.json', 'iam.json', 'kms.json'].includes(name),
    );
    expect((await readdir(folder)).sort()).toEqual(['iam.json', 'kms.json', 'notes.md', 'student.json', 'sub']);
    expect(await readFile(join(folder, 'kms.json'), 'utf8')).toBe('new');
  });
});
