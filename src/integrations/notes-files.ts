import { copyFile, link, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, extname, join, relative, sep } from 'node:path';
import type { z } from 'zod';
import type { NotesSource } from '../convert/pipeline.ts';
import { NotesError } from '../lib/notes-error.ts';
import { isNoteOf, NOTE_EXTENSIONS, VAULT_NOTE_EXTENSIONS } from '../lib/note-files.ts';
import { parseYamlData } from '../lib/yaml-data.ts';
import type { DataFile } from './paths.ts';

/** Files that end like notes but are not: drawings of Obsidian's Excalidraw plugin. */
const NOT_NOTES = /\.excalidraw\.md$/i;

/** What a notes folder holds: its notes, and its other files (images and other attachments). */
export interface NotesFolder {
  readonly notes: NotesSource[];
  /** Every other file, relative to the folder with `/`, in path order. */
  readonly attachments: string[];
}

/**
 * Every notes file under a folder (sub-folders included), in path order, as bytes, and the paths of
 * its other files (in an Obsidian vault, only `.md` and `.mdx` files are notes: lib/note-files.ts).
 * Hidden files and folders (`.obsidian/`, `.trash/`, `.git/`) are skipped, as Obsidian skips them.
 * A missing folder or one with no notes file is an error that says what to do.
 */
export async function readNotesFolder(notesDir: string, root: string): Promise<NotesFolder> {
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
  const visible = entries
    .map((entry) => entry.split(sep).join('/'))
    .filter((entry) => !entry.split('/').some((part) => part.startsWith('.')))
    .sort();
  const vault = entries.some((entry) => entry.split(sep)[0] === '.obsidian');
  const isNote = (entry: string): boolean => isNoteOf(entry, vault) && !NOT_NOTES.test(entry);
  const files = visible.filter(isNote);
  if (files.length === 0) {
    const endings = (vault ? VAULT_NOTE_EXTENSIONS : NOTE_EXTENSIONS).join(', ');
    throw new NotesError(
      { file: label, line: 1, column: 1 },
      `the notes folder has no notes files (${endings}); put your notes in it`,
    );
  }
  const notes = await Promise.all(
    files.map(async (file) => ({
      file,
      label: relative(root, join(notesDir, file)).split(sep).join('/'),
      bytes: await readFile(join(notesDir, file)),
    })),
  );
  const others = visible.filter((entry) => !isNote(entry) && !NOT_NOTES.test(entry) && extname(entry) !== '');
  const attachments = (
    await Promise.all(others.map(async (entry) => ((await stat(join(notesDir, entry))).isFile() ? entry : undefined)))
  ).filter((entry) => entry !== undefined);
  return { notes, attachments };
}

/**
 * Make a folder hold exactly the given files: write those whose content changed (so the dev server
 * reloads only what changed) and delete the other files whose names `owned` accepts. Nothing else
 * in the folder is ever touched, whatever folder GENERATED_DIR names.
 */
export async function syncFolder(
  folder: string,
  files: ReadonlyMap<string, string>,
  owned: (name: string) => boolean,
): Promise<void> {
  await mkdir(folder, { recursive: true });
  const stale = (await readdir(folder, { withFileTypes: true })).filter(
    (entry) => entry.isFile() && owned(entry.name) && !files.has(entry.name),
  );
  await Promise.all(stale.map((entry) => rm(join(folder, entry.name))));
  await Promise.all([...files].map(([name, content]) => writeIfChanged(join(folder, name), content)));
}

/**
 * Make a folder hold exactly the given files, at paths relative to it that may hold `/` (a page of
 * a course, `course/rdf-overview.mdx`): write those whose content changed, delete the other files
 * whose paths `owned` accepts, and remove the folders left empty. Nothing else is ever touched.
 */
export async function syncTree(
  folder: string,
  files: ReadonlyMap<string, string>,
  owned: (path: string) => boolean,
): Promise<void> {
  await mkdir(folder, { recursive: true });
  const present = (await readdir(folder, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/'));
  await Promise.all(present.filter((path) => owned(path) && !files.has(path)).map((path) => rm(join(folder, path))));
  await Promise.all(
    [...new Set([...files.keys()].map((path) => dirname(join(folder, path))))].map((dir) =>
      mkdir(dir, { recursive: true }),
    ),
  );
  await Promise.all([...files].map(([path, content]) => writeIfChanged(join(folder, path), content)));
  await removeEmptyFolders(folder, folder);
}

/** Remove the folders under `folder` that hold no file (after pages moved away); `folder` itself stays. */
async function removeEmptyFolders(folder: string, top: string): Promise<boolean> {
  const entries = await readdir(folder, { withFileTypes: true });
  let empty = true;
  for (const entry of entries) {
    if (entry.isDirectory() && (await removeEmptyFolders(join(folder, entry.name), top))) continue;
    empty = false;
  }
  if (empty && folder !== top) await rm(folder, { recursive: true });
  return empty;
}

/** Write a file unless it already holds exactly this text (so the dev server reloads only what changed). */
export async function writeIfChanged(path: string, content: string): Promise<void> {
  const current = await readFile(path, 'utf8').catch(() => undefined);
  if (current !== content) await writeFile(path, content);
}

/**
 * Put a copy of each file (`from` → `to`, in `folder`) there, with `put` (a hard link where the file
 * system allows, by default), and remove the other files whose names `owned` accepts.
 * A file already there is kept: its name changes with its content (see notes.ts).
 */
export async function syncCopies(
  folder: string,
  copies: ReadonlyMap<string, string>,
  owned: (name: string) => boolean,
  put: (from: string, to: string) => Promise<void> = linkOrCopy,
): Promise<void> {
  await mkdir(folder, { recursive: true });
  const present = new Set((await readdir(folder)).filter(owned));
  await Promise.all([...present].filter((name) => !copies.has(name)).map((name) => rm(join(folder, name))));
  await Promise.all(
    [...copies].filter(([name]) => !present.has(name)).map(([name, from]) => put(from, join(folder, name))),
  );
}

/** A hard link where the file system allows (instantly, no bytes copied), else a copy. */
export async function linkOrCopy(from: string, to: string): Promise<void> {
  await link(from, to).catch(() => copyFile(from, to));
}

/**
 * Read and validate a YAML data file (topic map, glossary). A missing file is an error that names
 * it when the file is required, and `undefined` when it is optional.
 */
export async function readYamlData<Schema extends z.ZodType>(
  schema: Schema,
  file: DataFile,
  root: string,
): Promise<z.infer<Schema> | undefined> {
  const label = relative(root, file.path).split(sep).join('/');
  const text = await readFile(file.path, 'utf8').catch(() => undefined);
  if (text === undefined) {
    if (!file.required) return undefined;
    throw new NotesError({ file: label, line: 1, column: 1 }, 'this file does not exist');
  }
  return parseYamlData(schema, text, label);
}
