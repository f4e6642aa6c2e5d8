import { copyFile, mkdir, mkdtemp, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { generateNoteFiles } from '../../tools/generate-notes.ts';
import { BUNDLED_NOTES } from './context.ts';

/** A notes folder for a benchmark: the bundled notes (6 topics) and `generated` more notes files, one page each. */
export interface Corpus {
  readonly dir: string;
  /** Bytes of notes in it. */
  readonly bytes: number;
  /** A generated note to edit for a rebuild (the bundled notes when there is none). */
  readonly someNote: string;
}

export async function writeCorpus(
  generated: number,
  options: { folders?: number; words?: 'drill' | 'student' } = {},
): Promise<Corpus> {
  const dir = await mkdtemp(join(tmpdir(), `study-notes-bench-${generated}-`));
  await copyFile(join(BUNDLED_NOTES, 'aws-security.md'), join(dir, 'aws-security.md'));
  let bytes = (await stat(join(dir, 'aws-security.md'))).size;
  const notes = generateNoteFiles(generated, options);
  for (const note of notes) {
    const file = join(dir, note.file);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, note.text);
    bytes += Buffer.byteLength(note.text);
  }
  const middle = notes[Math.floor(notes.length / 2)];
  return { dir, bytes, someNote: join(dir, middle ? middle.file : 'aws-security.md') };
}
