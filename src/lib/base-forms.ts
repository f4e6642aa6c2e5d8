/**
 * WordNet's rules of detachment (its `morphy`): an ending of an inflected English word and what
 * replaces it in the word's base form. Nouns, then verbs, then adjectives.
 */
const DETACHMENTS: readonly (readonly [string, string])[] = [
  ['s', ''],
  ['ses', 's'],
  ['xes', 'x'],
  ['zes', 'z'],
  ['ches', 'ch'],
  ['shes', 'sh'],
  ['men', 'man'],
  ['ies', 'y'],
  ['es', 'e'],
  ['es', ''],
  ['ed', 'e'],
  ['ed', ''],
  ['ing', 'e'],
  ['ing', ''],
  ['er', ''],
  ['est', ''],
  ['er', 'e'],
  ['est', 'e'],
];

/** British spellings of "-ize" words, which WordNet lists as "-ize" only ("optimiser" → "optimizer"). */
const BRITISH = /is(e|er|ers|es|ed|ing|ation|ations)$/;

/** Shorter than this, a candidate base form is not a word worth looking up. */
const MIN_BASE = 2;

/**
 * The word and the base forms it may be an inflection of, by WordNet's rules of detachment, and
 * with a doubled last consonant undone ("stopped" → "stop"). Candidates, not answers: a caller
 * keeps those its dictionary has. British "-ise" spellings also give the "-ize" form WordNet lists.
 *
 * @example
 *   baseForms('memorises') // ['memorises', 'memorise', 'memoris', 'memorizes', 'memorize']
 *   baseForms('stopped')   // ['stopped', 'stoppe', 'stopp', 'stop']
 *   baseForms('optimiser') // ['optimiser', 'optimis', 'optimise', 'optimizer', 'optimize']
 */
export function baseForms(word: string): string[] {
  const forms = new Set([word]);
  for (const [ending, replacement] of DETACHMENTS) {
    if (!word.endsWith(ending) || word.length - ending.length < MIN_BASE) continue;
    const base = word.slice(0, word.length - ending.length) + replacement;
    forms.add(base);
    if (replacement === '' && /([b-df-hj-np-tv-z])\1$/.test(base)) forms.add(base.slice(0, -1));
  }
  for (const form of [...forms]) if (BRITISH.test(form)) forms.add(form.replace(BRITISH, 'iz$1'));
  return [...forms];
}
