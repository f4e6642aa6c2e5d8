import { baseForms } from '../../lib/base-forms.ts';
import type { WordNet } from './wordnet.ts';

/** Senses of a word looked at, per part of speech: its rarer senses mostly lead away from what a student means. */
const SENSES = 3;
/** Words of the notes given for one other word. */
const MAX_RELATED = 3;
/** Links to words close in meaning: derivationally related, similar to, also see, verb group. */
const CLOSE_LINKS = new Set(['+', '&', '^', '$']);
/** Words WordNet lists that a question is made of, not about ("get", "make", "thing"…): neither asked about nor offered. */
const TOO_COMMON = new Set(
  'also any are back bad been being come does done down even every get gets give goes going good got great have how just keep know like look made make many more most much need new not now old one only other out over part put say see set she show some take tell than that then there these they thing things think this those through too two use used very want way well what when where which while who why will with work would yes you your'.split(
    ' ',
  ),
);

/**
 * Other words for the words of the notes: for each English word WordNet knows that the notes do
 * not use (nor a form of it), up to three words of the notes that mean the same or nearly
 * ("memorize" → "learn", "picture" → "image"), the closest first. The notes' words are given as
 * the notes write them (search stems them). Multi-word entries ("blow up", "short-lived") are
 * keyed with spaces between their words; words shorter than three letters are not keys.
 *
 * @example
 *   relatedWords(['learns', 'image'], wordnet) // { memorize: ['learns'], picture: ['image'], … }
 */
export function relatedWords(vocabulary: readonly string[], wordnet: WordNet): Record<string, string[]> {
  // Each WordNet word the notes use (but the too common ones), and the first of the forms the
  // notes use it in, in alphabetical order (so the table depends on the notes' words, not on how
  // often each occurs).
  const notesForm = new Map<string, string>();
  for (const word of [...vocabulary].sort()) {
    for (const form of baseForms(word)) {
      if (wordnet.senses.has(form) && !TOO_COMMON.has(form) && !notesForm.has(form)) notesForm.set(form, word);
    }
  }
  const useful = usefulSynsets(notesForm, wordnet);
  const table: Record<string, string[]> = {};
  for (const [word, senses] of wordnet.senses) {
    const chosen = senses.flatMap((list) => list.slice(0, SENSES));
    if (!chosen.some((number) => useful[number] === 1)) continue;
    if (notesForm.has(word) || TOO_COMMON.has(word) || !/^[a-z][a-z' -]+[a-z]$/.test(word)) continue;
    const found = new Set<string>();
    for (const lemma of closeWords(word, chosen, wordnet)) {
      const form = notesForm.get(lemma);
      if (form) found.add(form);
      if (found.size === MAX_RELATED) break;
    }
    // Keyed as search splits a question into words: "short-lived" is asked as "short lived".
    if (found.size > 0) table[word.replace(/[-']/g, ' ')] = [...found];
  }
  return table;
}

/**
 * The synsets that may lead to a word of the notes: those that hold one, and those that link to one
 * of those. Most of WordNet's 147,000 words have none among their first senses and are passed over
 * (a table for 1,000 notes takes 0.1 s instead of 0.4).
 */
function usefulSynsets(notesForm: ReadonlyMap<string, string>, wordnet: WordNet): Uint8Array {
  const holds = wordnet.synsets.map((synset) => synset.words.some((word) => notesForm.has(word)));
  const useful = new Uint8Array(wordnet.synsets.length);
  wordnet.synsets.forEach((synset, number) => {
    const links = synset.links.some((link) => CLOSE_LINKS.has(link.symbol) && holds[link.target]);
    if (holds[number] || links) useful[number] = 1;
  });
  return useful;
}

/** The words close in meaning to a word in its chosen senses: its synonyms, then the words those senses link to. */
function* closeWords(word: string, chosen: readonly number[], wordnet: WordNet): Generator<string> {
  for (const number of chosen) yield* wordnet.synsets[number]?.words ?? [];
  for (const number of chosen) {
    const synset = wordnet.synsets[number];
    if (!synset) continue;
    for (const link of synset.links) {
      if (!CLOSE_LINKS.has(link.symbol)) continue;
      if (link.fromWord !== undefined && synset.words[link.fromWord] !== word) continue;
      const target = wordnet.synsets[link.target]?.words ?? [];
      if (link.toWord === undefined) yield* target;
      else if (target[link.toWord]) yield target[link.toWord] ?? '';
    }
  }
}
