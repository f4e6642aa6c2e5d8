import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { isNoteOf } from '../../../src/lib/note-files.ts';
import { convertText, pageFiles } from '../../support/convert.ts';
import { pageProblems } from '../../support/page-checks.ts';
import { expectedText } from '../../support/snapshot-file.ts';

const root = new URL('../../../', import.meta.url);

/** The notes files and other files of a notes folder, by path (hidden folders left out, a vault's rules kept, as the build does). */
function notesFolder(folder: URL): { notes: Record<string, string>; attachments: string[] } {
  const vault = existsSync(new URL('.obsidian', folder));
  const isNoteFile = (path: string) => isNoteOf(path, vault);
  const paths = readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(fileURLToPath(folder).length))
    .filter((path) => !path.split('/').some((part) => part.startsWith('.')))
    .sort();
  const notes = Object.fromEntries(
    paths.filter(isNoteFile).map((path) => [path, readFileSync(new URL(path, folder), 'utf8')]),
  );
  return { notes, attachments: paths.filter((path) => !isNoteFile(path)) };
}

/**
 * The MDX the converter writes for real notes, kept as files a reviewer reads like the pages they
 * are (`tests/snapshots/<notes>/<address>.mdx`, and the site's data beside each): the bundled AWS
 * notes and the fixture vault. `UPDATE=1` rewrites them; review the diff.
 */
describe.each([
  { name: 'bundled', folder: new URL('content/notes/', root), withProjectData: true },
  { name: 'vault', folder: new URL('tests/fixtures/vault/', root), withProjectData: false },
])('the MDX pages of the $name notes', ({ name, folder, withProjectData }) => {
  const { notes, attachments } = notesFolder(folder);
  const result = withProjectData ? convertText(notes) : convertText(notes, [], [], [], attachments);
  const files = pageFiles(result);
  const snapshots = new URL(`tests/snapshots/${name}/`, root);

  test('are the reviewed snapshots (UPDATE=1 rewrites them)', () => {
    for (const [file, actual] of files) {
      const url = new URL(file, snapshots);
      if (process.env['UPDATE'] === '1') mkdirSync(dirname(fileURLToPath(url)), { recursive: true });
      expect(actual, file).toBe(expectedText(url, actual));
    }
    const kept = readdirSync(snapshots, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    expect(kept.length, 'snapshot files of pages the converter no longer writes').toBe(files.size);
  });

  test('compile as MDX, run no code of the notes, and keep every line’s text', () => {
    const markdownNotes = Object.entries(notes).filter(([file]) => !file.endsWith('.mdx'));
    const markdownPages = {
      ...result,
      topics: result.topics.filter((topic) =>
        topic.frontmatter.sections.every((section) => !section.file.endsWith('.mdx')),
      ),
    };
    for (const [file, text] of markdownNotes) {
      expect(pageProblems(text, markdownPages), file).toEqual([]);
    }
  });
});
