import { withoutNoteEnding } from '../../lib/note-files.ts';

/** A file of the notes folder that links can name: a note, or an attachment such as an image. */
export interface LinkTarget {
  /** Path relative to the notes folder, with `/`, as written on disk: `Course/Lecture 1.md`. */
  readonly file: string;
  /** Other names of a note (frontmatter `aliases`), which `[[Alias]]` also finds. */
  readonly aliases?: readonly string[];
}

/** What a link named, and what was found. */
export interface Resolved<T extends LinkTarget> {
  readonly target: T;
  /** Other files the name could have meant, when it was ambiguous (the first one wins). */
  readonly others: readonly T[];
}

/**
 * Find the file a link names, the way Obsidian does: ignoring case (and Unicode normalisation),
 * with the ending optional for notes (`.md`, `.mdx`, …), `./` and `../` relative to the linking note, a path from the
 * notes folder, or the end of a path (`[[Lecture 1]]`, `[[Course/Lecture 1]]`), and last the
 * notes' aliases. When several files match, the one in the linking note's folder wins, then the
 * shortest path, then the first in alphabetical order.
 *
 * @example
 *   const index = new LinkIndex([{ file: 'Course/Lecture 1.md' }, { file: 'Lecture 1.md' }])
 *   index.find('lecture 1', 'Course/Index.md')?.target.file // 'Course/Lecture 1.md' (same folder)
 *   index.find('Course/Lecture 1', 'x.md')?.target.file      // 'Course/Lecture 1.md'
 */
export class LinkIndex<T extends LinkTarget> {
  readonly #byPath = new Map<string, T>();
  readonly #byName = new Map<string, T[]>();
  readonly #byAlias = new Map<string, T[]>();

  constructor(targets: Iterable<T>) {
    for (const target of targets) {
      const path = key(target.file);
      this.#byPath.set(path, target);
      const bare = withoutNoteEnding(path);
      if (bare !== path && !this.#byPath.has(bare)) this.#byPath.set(bare, target);
      const name = bare.split('/').at(-1) ?? bare;
      add(this.#byName, name, target);
      if (name !== path.split('/').at(-1)) add(this.#byName, path.split('/').at(-1) ?? path, target);
      for (const alias of target.aliases ?? []) add(this.#byAlias, key(alias), target);
    }
  }

  /** The file `name` means, linked from the note at `from` (a path relative to the notes folder). */
  find(name: string, from: string): Resolved<T> | undefined {
    const wanted = key(name.trim().replace(/^\/+/, ''));
    if (wanted === '') return undefined;
    const folder = from.includes('/') ? from.slice(0, from.lastIndexOf('/')) : '';
    if (/^\.\.?\//.test(wanted)) {
      const relative = this.#byPath.get(key(joinPath(folder, wanted)));
      return relative ? { target: relative, others: [] } : undefined;
    }
    const exact = this.#byPath.get(wanted) ?? this.#byPath.get(key(joinPath(folder, wanted)));
    if (exact) return { target: exact, others: [] };
    const last = wanted.split('/').at(-1) ?? wanted;
    const byEnd = (this.#byName.get(last) ?? []).filter((target) => endsWithPath(key(target.file), wanted));
    const candidates = byEnd.length > 0 ? byEnd : (this.#byAlias.get(wanted) ?? []);
    if (candidates.length === 0) return undefined;
    const ranked = [...candidates].sort(
      (a, b) =>
        Number(folderOf(b.file) === folder) - Number(folderOf(a.file) === folder) ||
        a.file.split('/').length - b.file.split('/').length ||
        (a.file < b.file ? -1 : a.file > b.file ? 1 : 0),
    );
    const [target, ...others] = ranked;
    return target ? { target, others } : undefined;
  }
}

/** A path as links compare it: Unicode NFC, lower case. */
function key(path: string): string {
  return path.normalize('NFC').toLowerCase();
}

/** Add a target to the list under a key (a list per key, never copied). */
function add<T>(map: Map<string, T[]>, name: string, target: T): void {
  const list = map.get(name) ?? [];
  map.set(name, list);
  list.push(target);
}

/** Whether `path` (with or without its note extension) ends with the segments of `wanted`. */
function endsWithPath(path: string, wanted: string): boolean {
  const bare = withoutNoteEnding(path);
  return [path, bare].some((candidate) => candidate === wanted || candidate.endsWith(`/${wanted}`));
}

function folderOf(file: string): string {
  return file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '';
}

/**
 * A path joined to a folder, with `.` and `..` resolved (never above the notes folder).
 *
 * @example
 *   joinPath('Course/Week 1', '../Week 2/Notes.md') // 'Course/Week 2/Notes.md'
 */
export function joinPath(folder: string, path: string): string {
  const parts = folder === '' ? [] : folder.split('/');
  for (const part of path.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}
