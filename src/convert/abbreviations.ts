/**
 * Abbreviations the notes spell out, found the way Schwartz and Hearst's algorithm finds them
 * ("A simple algorithm for identifying abbreviation definitions in biomedical text", 2003): a
 * short form in parentheses after its long form, "Recurrent Neural Network (RNN)", "Key Management
 * Service (KMS)", "Backpropagation Through Time (BPTT)", whose letters are found in order in the
 * long form, the first at the start of its first word. A page that writes either form is then
 * found by the other (lib/search-only.ts), in any vault, without a glossary file.
 */

/** Both forms of each abbreviation, by its short form (as written, such as `RNN`). */
export type Abbreviations = ReadonlyMap<string, readonly string[]>;

/** A short form in parentheses, with the words before it: `… Recurrent Neural Network (RNN)`. */
const DEFINITION = /((?:[\p{L}\p{N}][\p{L}\p{N}'’-]*[ \t]+){1,10})\(([\p{Lu}][\p{L}\p{N}-]{0,8}[\p{Lu}\p{N}])(s?)\)/gu;

/**
 * The abbreviations defined in some texts, and their long forms.
 *
 * @example
 *   abbreviationsIn(['A Recurrent Neural Network (RNN) reads sequences.']).get('RNN') // ['Recurrent Neural Network']
 */
export function abbreviationsIn(texts: readonly string[]): Abbreviations {
  const found = new Map<string, Set<string>>();
  for (const text of texts) {
    for (const match of text.matchAll(DEFINITION)) {
      const short = match[2] ?? '';
      if ((short.match(/\p{Lu}/gu) ?? []).length < 2) continue;
      const words = (match[1] ?? '').trim().split(/\s+/);
      // At most min(|A| + 5, |A| × 2) words before the parentheses, as the algorithm allows.
      const candidate = words.slice(-Math.min(short.length + 5, short.length * 2)).join(' ');
      const best = bestLongForm(short, candidate);
      // "Convolutional Neural Networks (CNNs)": one CNN is a Convolutional Neural Network.
      const long = match[3] && best?.endsWith('s') ? best.slice(0, -1) : best;
      if (!long || long.toLowerCase() === short.toLowerCase() || long.split(' ').length > short.length + 2) continue;
      const forms = found.get(short) ?? new Set<string>();
      found.set(short, forms.add(long));
    }
  }
  return new Map([...found].map(([short, forms]) => [short, [...forms]]));
}

/**
 * The shortest end of `candidate` whose letters hold the short form's in order, the first at a word's
 * start (Schwartz & Hearst's `findBestLongForm`); undefined when there is none.
 */
function bestLongForm(short: string, candidate: string): string | undefined {
  const letters = short.toLowerCase();
  const text = candidate.toLowerCase();
  let s = letters.length - 1;
  let l = text.length - 1;
  while (s >= 0) {
    const wanted = letters[s] ?? '';
    if (!/[\p{L}\p{N}]/u.test(wanted)) {
      s -= 1;
      continue;
    }
    while (l >= 0 && (text[l] !== wanted || (s === 0 && l > 0 && /[\p{L}\p{N}]/u.test(text[l - 1] ?? '')))) l -= 1;
    if (l < 0) return undefined;
    l -= 1;
    s -= 1;
  }
  const start = candidate.lastIndexOf(' ', l) + 1;
  return candidate.slice(start).trim();
}

/**
 * The other form of each abbreviation a page writes in one form: the long form of an `RNN` (or
 * `RNNs`), the short form of a "recurrent neural network" (any case, plural too).
 *
 * @example
 *   otherForms('Trained like an RNN.', new Map([['RNN', ['Recurrent Neural Network']]])) // ['Recurrent Neural Network']
 */
export function otherForms(text: string, abbreviations: Abbreviations): string[] {
  if (abbreviations.size === 0) return [];
  const names = new Set<string>();
  const pattern = matcher(abbreviations);
  for (const match of text.matchAll(pattern.regex)) {
    const written = match[1] ?? '';
    const short = pattern.shortOf.get(written.toLowerCase().replace(/\s+/g, ' '));
    if (short === undefined) {
      // The short form, as written (its case: `RNN`, not `rnn`).
      for (const long of abbreviations.get(written) ?? []) names.add(long);
    } else names.add(short);
  }
  return [...names];
}

const matchers = new WeakMap<Abbreviations, { regex: RegExp; shortOf: Map<string, string> }>();

/** One pattern for every form of every abbreviation (one pass over a page's text), kept per set of abbreviations. */
function matcher(abbreviations: Abbreviations): { regex: RegExp; shortOf: Map<string, string> } {
  const known = matchers.get(abbreviations);
  if (known) return known;
  const shortOf = new Map<string, string>();
  for (const [short, longs] of abbreviations) for (const long of longs) shortOf.set(long.toLowerCase(), short);
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
  const forms = [...abbreviations.keys(), ...shortOf.keys()].sort((a, b) => b.length - a.length).map(escape);
  // Short forms match as written; long forms in any case (the flag applies to both: short forms are then checked).
  const regex = new RegExp(`(?<![\\p{L}\\p{N}])(${forms.join('|')})s?(?![\\p{L}\\p{N}])`, 'giu');
  const built = { regex, shortOf };
  matchers.set(abbreviations, built);
  return built;
}
