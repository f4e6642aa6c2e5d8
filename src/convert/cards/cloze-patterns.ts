import type { FlashcardSettings } from '../../schemas/flashcard-settings.ts';

/** The plugin's default cloze: `==hidden==`, `==hidden;;hint==`, `==1;;hidden==`. */
const DEFAULT_PATTERNS = {
  highlight: '==[123;;]answer[;;hint]==',
  bold: '**[123;;]answer[;;hint]**',
  curly: '{{[123;;]answer[;;hint]}}',
} as const;

/** One cloze deletion of a card's text. */
export interface Deletion {
  /** Where it is in the text: its start and end (the markers included). */
  readonly start: number;
  readonly end: number;
  readonly answer: string;
  readonly hint: string | undefined;
  /**
   * `classic` (`==1;;x==`: card 1 asks every deletion numbered 1), `overlapping` (`==ahs;;x==`: one
   * action per card, ask, hide or show), or `simple` (a card per deletion).
   */
  readonly type: 'classic' | 'overlapping' | 'simple';
  /** The number or the actions written before `;;`. */
  readonly sequence: string;
  /** Its pattern's place in the settings (the plugin orders simple clozes pattern by pattern). */
  readonly pattern: number;
}

/**
 * The cloze patterns the settings ask for: `clozePatterns` as written, or, in older settings
 * without it, made from the three switches (highlights on by default), as the plugin upgrades them.
 *
 * @example
 *   clozePatternsOf({ convertHighlightsToClozes: true, convertBoldTextToClozes: true, … }) // ['==[123;;]answer[;;hint]==', '**[123;;]answer[;;hint]**']
 */
export function clozePatternsOf(settings: FlashcardSettings): string[] {
  if (settings.clozePatterns) return settings.clozePatterns;
  return [
    ...(settings.convertHighlightsToClozes ? [DEFAULT_PATTERNS.highlight] : []),
    ...(settings.convertBoldTextToClozes ? [DEFAULT_PATTERNS.bold] : []),
    ...(settings.convertCurlyBracketsToClozes ? [DEFAULT_PATTERNS.curly] : []),
  ];
}

/**
 * A regular expression for a pattern written as the plugin writes them: literal markers around
 * `answer`, with an optional `[123;;]` (a number, or `a`/`h`/`s` actions, before `;;`) and an
 * optional `[;;hint]`. A deletion never spans lines.
 *
 * @example
 *   patternExpression('==[123;;]answer[;;hint]==').exec('a ==1;;b;;c==')?.slice(1) // ['1', 'b', 'c']
 */
export function patternExpression(pattern: string): RegExp {
  const parts = pattern.split(/(\[123;;\]|\[;;hint\]|answer)/);
  const source = parts
    .map((part) => {
      if (part === '[123;;]') return '(?:([0-9]+|[ash]+);;)?';
      if (part === '[;;hint]') return '(?:;;([^\\n]+?))?';
      if (part === 'answer') return '([^\\n]+?)';
      return part.replace(/\\\[/g, '[').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return new RegExp(source, 'g');
}

/** The deletions of a text, by every pattern, outside the given spans (inline code and formulas). */
export function deletionsOf(
  text: string,
  patterns: readonly string[],
  excluded: readonly (readonly [number, number])[] = [],
): Deletion[] {
  const deletions: Deletion[] = [];
  patterns.forEach((pattern, index) => {
    for (const match of text.matchAll(patternExpression(pattern))) {
      const start = match.index;
      const end = start + match[0].length;
      if (excluded.some(([from, to]) => start < to && end > from)) continue;
      if (deletions.some((other) => start < other.end && end > other.start)) continue;
      const sequence = match[1] ?? '';
      deletions.push({
        start,
        end,
        answer: match[2] ?? '',
        hint: match[3],
        type: sequence === '' ? 'simple' : /^[0-9]+$/.test(sequence) ? 'classic' : 'overlapping',
        sequence,
        pattern: index,
      });
    }
  });
  return deletions;
}

/**
 * A test of a line for a cloze deletion outside its inline code and formulas.
 *
 * @example
 *   clozeFinder(defaults)('Paris is ==the capital==', []) // true
 */
export function clozeFinder(
  settings: FlashcardSettings,
): (line: string, excluded: readonly (readonly [number, number])[]) => boolean {
  const patterns = clozePatternsOf(settings);
  return (line, excluded) => patterns.length > 0 && deletionsOf(line, patterns, excluded).length > 0;
}
