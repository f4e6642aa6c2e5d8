import { readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { z } from 'zod';
import { NotesError } from '../lib/notes-error.ts';
import type { NotesSource } from '../convert/pipeline.ts';
import { parseYamlData } from '../lib/yaml-data.ts';

/** File name endings read as notes. */
const NOTES_EXTENSIONS = ['.md', '.markdown', '.txt'] as const;

/**
 * Every notes file under a folder (sub-folders included), in path order, as bytes.
 * A missing folder or one with no notes file is an error that says what to do.
 */
export async function readNotesFolder(notesDir: string, root: string): Promise<NotesSource[]> {
  const label = relative(root, notesDir) || '.';
  let entries: string[];
  try {
    entries = await readdir(notesDir, { recursive: true });
  } catch {
    throw new NotesError(
      { file: label, line: 1, column: 1 },
      'the notes folder does not exist; create it and put your notes (.md or .txt files) in it',
    );
  }
  const files = entries
    .map((entry) => entry.split(sep).join('/'))
    .filter((entry) => NOTES_EXTENSIONS.some((extension) => entry.toLowerCase().endsWith(extension)))
    .filter((entry) => !entry.split('/').some((part) => part.startsWith('.')))
    .sort();
  if (files.length === 0) {
    throw new NotesError(
      { file: label, line: 1, column: 1 },
      `the notes folder has no notes files (${NOTES_EXTENSIONS.join(', ')}); put your notes in it`,
    );
  }
  return Promise.all(
    files.map(async (file) => ({
      file,
      label: relative(root, join(notesDir, file)).split(sep).join('/'),
      bytes: await readFile(join(notesDir, file)),
    })),
  );
}

/**
 * Make a folder hold exactly the given MDX pages: write those whose content changed (so the dev
 * server reloads only what changed) and delete the other `.mdx` files. Nothing else in the folder
 * is ever touched, whatever folder GENERATED_DIR names.
 */
export async function syncFolder(folder: string, files: ReadonlyMap<string, string>): Promise<void> {
  await mkdir(folder, { recursive: true });
  const stale = (await readdir(folder, { withFileTypes: true })).filter(
    (entry) => entry.isFile() && entry.name.endsWith('.mdx') && !files.has(entry.name),
  );
  await Promise.all(stale.map((entry) => rm(join(folder, entry.name))));
  await Promise.all([...files].map(([name, content]) => writeIfChanged(join(folder, name), content)));
}

/** Write a file unless it already holds exactly this text (so the dev server reloads only what changed). */
export async function writeIfChanged(path: string, content: string): Promise<void> {
  const current = await readFile(path, 'utf8').catch(() => undefined);
  if (current !== content) await writeFile(path, content);
}

/** Read and validate a YAML data file (topic map, glossary); a missing file is an error that names it. */
export async function readYamlData<Schema extends z.ZodType>(
  schema: Schema,
  path: string,
  root: string,
): Promise<z.infer<Schema>> {
  const label = relative(root, path).split(sep).join('/');
  const text = await readFile(path, 'utf8').catch(() => {
    throw new NotesError({ file: label, line: 1, column: 1 }, 'this file does not exist');
  });
  return parseYamlData(schema, text, label);
}
