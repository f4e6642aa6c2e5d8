import { baseForms } from '../lib/base-forms.ts';

/**
 * A part of a question: the words a student typed (one, or a phrase WordNet knows, as "blow up"),
 * and the words of the notes that mean the same or nearly (search/related/, from WordNet).
 */
export interface QuerySlot {
  readonly words: readonly string[];
  readonly related: readonly string[];
}

/** The longest phrase looked up, in words ("denial of service"). */
const LONGEST_PHRASE = 3;

/**
 * A question's words as slots, each with the notes' words for it from `table` (the entries of the
 * related-words shards): a phrase the table has takes the words it spans ("gradients blow up" →
 * "gradients", "blow up" → "exploding"); an inflected word is looked up by its base forms
 * ("memorizes" → "memorize" → "learns"). Words in `alone` (little words: "on", "what") are not
 * looked up by themselves.
 *
 * @example
 *   querySlots(['blow', 'up'], { 'blow up': ['exploding'] }) // [{ words: ['blow', 'up'], related: ['exploding'] }]
 */
export function querySlots(
  words: readonly string[],
  table: Readonly<Record<string, readonly string[]>>,
  alone: ReadonlySet<string> = new Set(),
): QuerySlot[] {
  const slots: QuerySlot[] = [];
  for (let start = 0; start < words.length;) {
    const word = words[start] ?? '';
    const slot = phraseAt(words, start, table) ?? {
      words: [word],
      related: alone.has(word) ? [] : wordRelated(word, table),
    };
    slots.push(slot);
    start += slot.words.length;
  }
  return slots;
}

/** The longest phrase starting at `start` that the table has, its first or its last word inflected. */
function phraseAt(
  words: readonly string[],
  start: number,
  table: Readonly<Record<string, readonly string[]>>,
): QuerySlot | undefined {
  for (let length = Math.min(LONGEST_PHRASE, words.length - start); length >= 2; length--) {
    const phrase = words.slice(start, start + length);
    const first = phrase[0] ?? '';
    const last = phrase.at(-1) ?? '';
    const inner = phrase.slice(1, -1);
    const candidates = [
      ...baseForms(first).map((form) => [form, ...phrase.slice(1)].join(' ')),
      ...baseForms(last).map((form) => [first, ...inner, form].join(' ')),
    ];
    const found = candidates.map((candidate) => entry(table, candidate)).find((related) => related !== undefined);
    if (found) return { words: phrase, related: found };
  }
  return undefined;
}

function wordRelated(word: string, table: Readonly<Record<string, readonly string[]>>): string[] {
  return [...new Set(baseForms(word).flatMap((form) => entry(table, form) ?? []))];
}

/** A table's own entry ("constructor" is a word a student may type, not the object's method). */
function entry(table: Readonly<Record<string, readonly string[]>>, key: string): readonly string[] | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
