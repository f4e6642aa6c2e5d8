import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NoteCache, NotesSource } from '../convert/pipeline.ts';
import type { ParsedNote } from '../convert/note-file.ts';

/**
 * What the converter made of each notes file, kept in memory (for `astro dev`) and on disk in
 * Astro's cache folder (for the next `astro build`), by a key of the file's bytes and of everything
 * else that decides what the per-file steps make of it (the converter's code and packages, the
 * glossary, the topic map, the options: see notes.ts): after one note changes, only that note is
 * converted again. Entries no build used are removed.
 */
export class DiskNoteCache implements NoteCache {
  readonly #folder: string;
  /** What the disk holds, as text: every `get` parses a fresh note, which the converter may change. */
  readonly #memory = new Map<string, string>();
  readonly #used = new Set<string>();

  constructor(folder: string) {
    this.#folder = folder;
    mkdirSync(folder, { recursive: true });
  }

  /** The key of a file's path and bytes, under a fingerprint of everything else its conversion depends on. */
  static keyer(fingerprint: string): (source: NotesSource) => string {
    const options = createHash('sha256').update(fingerprint).digest('hex');
    return (source) =>
      createHash('sha256')
        .update(options)
        .update('\0')
        .update(source.file)
        .update('\0')
        .update(source.bytes)
        .digest('hex');
  }

  get(key: string): ParsedNote | undefined {
    this.#used.add(key);
    let text = this.#memory.get(key);
    if (text === undefined) {
      try {
        text = readFileSync(join(this.#folder, `${key}.json`), 'utf8');
      } catch {
        return undefined;
      }
      this.#memory.set(key, text);
    }
    try {
      return JSON.parse(text) as ParsedNote;
    } catch {
      return undefined;
    }
  }

  set(key: string, note: ParsedNote): void {
    this.#used.add(key);
    const text = JSON.stringify(note);
    this.#memory.set(key, text);
    writeFileSync(join(this.#folder, `${key}.json`), text);
  }

  /** Forget what this conversion did not use (notes deleted or changed). */
  prune(): void {
    for (const key of this.#memory.keys()) if (!this.#used.has(key)) this.#memory.delete(key);
    for (const name of readdirSync(this.#folder)) {
      if (name.endsWith('.json') && !this.#used.has(name.slice(0, -'.json'.length))) rmSync(join(this.#folder, name));
    }
    this.#used.clear();
  }
}
