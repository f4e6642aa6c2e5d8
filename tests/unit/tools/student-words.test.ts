import { describe, expect, test } from 'vitest';
import { generateNoteFiles } from '../../../tools/generate-notes.ts';

/** The words of each note (the link to its neighbour and inline markup left out), lower-cased. */
function wordsPerNote(words: 'drill' | 'student', files: number): string[][] {
  return generateNoteFiles(files, { words }).map(
    ({ text }) =>
      text
        .replace(/See also \[\[.*\]\]/, '')
        .replace(/<\/?u>/g, '')
        .toLowerCase()
        .match(/[a-z]+/g) ?? [],
  );
}

const LITTLE = new Set('the of and to a in is that for it as with be on not this by are or'.split(' '));

describe('generated notes written as students write', () => {
  const notes = wordsPerNote('student', 2000);
  const pagesWith = new Map<string, number>();
  for (const note of notes) for (const word of new Set(note)) pagesWith.set(word, (pagesWith.get(word) ?? 0) + 1);

  test('are the same on every run', () => {
    expect(generateNoteFiles(50, { words: 'student' })).toEqual(generateNoteFiles(50, { words: 'student' }));
  });

  test('have a vocabulary that grows with the notes, where the drill notes repeat a few dozen words', () => {
    const drill = new Set(wordsPerNote('drill', 2000).flat()).size;
    expect(drill).toBeLessThan(100);
    expect(pagesWith.size).toBeGreaterThan(10_000);
  });

  test('about a quarter of their words are little words, and no other word is on most pages', () => {
    const all = notes.flat();
    const little = all.filter((word) => LITTLE.has(word)).length / all.length;
    expect(little).toBeGreaterThan(0.15);
    expect(little).toBeLessThan(0.35);
    const mostShared = Math.max(...[...pagesWith].filter(([word]) => !LITTLE.has(word)).map(([, count]) => count));
    expect(mostShared / notes.length).toBeLessThan(0.25);
  });

  test('keep the AWS terms the benchmark asks about, in the notes of the first course', () => {
    const aws = notes.filter((_, index) => index % 20 === 0);
    const share = aws.filter((note) => note.includes('access')).length / aws.length;
    expect(share).toBeGreaterThan(0.5);
  });
});
