import type { FlashcardSettings } from '../../schemas/flashcard-settings.ts';
import { clozePatternsOf, deletionsOf, type Deletion } from './cloze-patterns.ts';
import type { FoundQuestion } from './find-questions.ts';
import { withoutSchedule } from './schedule-comment.ts';

/**
 * Marks in a card side's Markdown where a cloze shows: rendered as elements once the side is HTML
 * (card-html.ts). Private-use characters, which no note holds (they are taken out of the text).
 */
export const CLOZE_MARKS = {
  /** The deletion asked: a blank, or its hint, between the two marks. */
  askOpen: '\uE000',
  askClose: '\uE001',
  /** The deletion asked, answered: its text between the two marks. */
  answerOpen: '\uE002',
  answerClose: '\uE003',
  /** A deletion hidden on this card (an overlapping cloze's `h`). */
  hidden: '\uE004',
} as const;

const MARKS = new RegExp(`[${Object.values(CLOZE_MARKS).join('')}]`, 'g');

/** One card of a question: its two sides, as Markdown (cloze marks included). */
export interface CardSides {
  readonly front: string;
  readonly back: string;
  /**
   * What the card asks, as its id is made of: the question as written (a cloze's text with every
   * hidden part left out, and which of them it asks), so an edited answer keeps the card's reviews.
   */
  readonly key: string;
}

/** What a question says: its cards (siblings, in the plugin's order), and the deck its own tag names. */
export interface QuestionSides {
  readonly cards: CardSides[];
  /** A tag at the start of the question (`#flashcards/Web`), which names this question's deck. */
  readonly tag: string | undefined;
}

/** A tag at the start of a question. */
const LEADING_TAG = /^#[^\s#]+\s*/u;
/** An Obsidian block id ending the question. */
const TRAILING_BLOCK_ID = /\s\^[A-Za-z0-9-]+$/;
/** A list item's or quote's marker at the start of a line: a one-line card written in a list or a quote. */
const LINE_MARKER = /^\s*(?:>\s*)*(?:(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?)?/;

/**
 * The cards of a question, as the plugin makes them: `Q::A` one card, `Q:::A` two (one each way),
 * a multi-line question split at its `?` (or `??`) line, a cloze one card per deletion (the other
 * deletions shown) or, numbered (`==1;;x==`), one card per number. The schedule comment, a leading
 * tag (the question's own deck) and a trailing block id are not card text; a one-line card written
 * as a list item or in a quote loses its marker.
 *
 * @example
 *   sidesOf({ kind: 'single-reversed', text: '- Paris:::capital of France', … }, settings).cards
 *   // [{ front: 'Paris', back: 'capital of France' }, { front: 'capital of France', back: 'Paris' }]
 */
export function sidesOf(question: FoundQuestion, settings: FlashcardSettings): QuestionSides {
  let text = withoutLeadingHeadings(withoutSchedule(question.text.replace(MARKS, '')), [
    settings.multilineCardSeparator,
    settings.multilineReversedCardSeparator,
  ]);
  const tag = LEADING_TAG.exec(text.trimStart())?.[0];
  if (tag) text = text.trimStart().slice(tag.length);
  text = text.replace(TRAILING_BLOCK_ID, '').trimEnd();
  const tagName = tag?.trim();
  switch (question.kind) {
    case 'single':
    case 'single-reversed': {
      const separator =
        question.kind === 'single' ? settings.singleLineCardSeparator : settings.singleLineReversedCardSeparator;
      const line = text.replace(LINE_MARKER, '');
      const at = separatorIndex(line, separator);
      const front = line.slice(0, at).trim();
      const back = line.slice(at + separator.length).trim();
      const cards = [{ front, back, key: front }];
      if (question.kind === 'single-reversed') cards.push({ front: back, back: front, key: `${back}\n(reversed)` });
      return { cards: cards.filter((card) => card.front !== '' && card.back !== ''), tag: tagName };
    }
    case 'multi':
    case 'multi-reversed': {
      const separator =
        question.kind === 'multi' ? settings.multilineCardSeparator : settings.multilineReversedCardSeparator;
      const lines = text.split('\n');
      const at = lines.findIndex((line) => line.trim() === separator);
      const front = lines.slice(0, at).join('\n').trim();
      const back = lines
        .slice(at + 1)
        .join('\n')
        .trim();
      const cards = [{ front, back, key: front }];
      if (question.kind === 'multi-reversed') cards.push({ front: back, back: front, key: `${back}\n(reversed)` });
      return { cards: cards.filter((card) => card.front !== '' && card.back !== ''), tag: tagName };
    }
    case 'cloze':
      return { cards: clozeCards(text, clozePatternsOf(settings), inlineSpans(text)), tag: tagName };
  }
}

/**
 * The cards of a cloze, as the plugin's cloze library makes them: classic deletions (`==1;;x==`)
 * give a card per number, asking all deletions of that number; overlapping ones (`==as;;x==`) a
 * card per action; otherwise a card per deletion, pattern by pattern. Of one text, only deletions
 * of its highest type count (classic, then overlapping, then simple); the others stay as written.
 */
function clozeCards(
  text: string,
  patterns: readonly string[],
  excluded: readonly (readonly [number, number])[],
): CardSides[] {
  const all = deletionsOf(text, patterns, excluded);
  const type = (['classic', 'overlapping', 'simple'] as const).find((kind) => all.some((entry) => entry.type === kind));
  const deletions = all.filter((entry) => entry.type === type).sort((a, b) => a.start - b.start);
  if (deletions.length === 0) return [];
  const actions: ((deletion: Deletion) => 'ask' | 'hide' | 'show')[] = [];
  if (type === 'classic') {
    const count = Math.max(...deletions.map((entry) => Number(entry.sequence)));
    for (let card = 1; card <= count; card++)
      actions.push((entry) => (Number(entry.sequence) === card ? 'ask' : 'show'));
  } else if (type === 'overlapping') {
    const count = Math.max(...deletions.map((entry) => entry.sequence.length));
    for (let card = 0; card < count; card++) {
      actions.push((entry) => {
        const action = entry.sequence[card] ?? 's';
        return action === 'a' ? 'ask' : action === 'h' ? 'hide' : 'show';
      });
    }
  } else {
    const order = [...deletions].sort((a, b) => a.pattern - b.pattern || a.start - b.start);
    for (const asked of order) actions.push((entry) => (entry === asked ? 'ask' : 'show'));
  }
  // The text without its answers: editing what a deletion hides keeps the cards.
  const asked = withDeletions(text, deletions, () => '[…]');
  return actions
    .map((action, index) => ({
      front: withDeletions(text, deletions, (entry) => {
        const what = action(entry);
        if (what === 'ask') return `${CLOZE_MARKS.askOpen}${entry.hint ?? ''}${CLOZE_MARKS.askClose}`;
        return what === 'hide' ? CLOZE_MARKS.hidden : entry.answer;
      }),
      back: withDeletions(text, deletions, (entry) => {
        const what = action(entry);
        if (what === 'ask') return `${CLOZE_MARKS.answerOpen}${entry.answer}${CLOZE_MARKS.answerClose}`;
        return what === 'hide' ? CLOZE_MARKS.hidden : entry.answer;
      }),
      key: `${asked}\n${index + 1}`,
      asks: deletions.some((entry) => action(entry) === 'ask'),
    }))
    .filter((card) => card.asks)
    .map(({ front, back, key }) => ({ front, back, key }));
}

/**
 * A question without the headings written right above it (its paragraph starts there): the card
 * says where it comes from anyway. Kept when they are all the question says (a separator line follows).
 *
 * @example
 *   withoutLeadingHeadings('## Hashes\nA hash is ==one-way==', ['?', '??']) // 'A hash is ==one-way=='
 */
function withoutLeadingHeadings(text: string, separators: readonly string[]): string {
  const lines = text.split('\n');
  let first = 0;
  while (first < lines.length && /^\s{0,3}#{1,6}(?:\s|$)/.test(lines[first] ?? '')) first++;
  const next = lines[first]?.trim() ?? '';
  return first > 0 && next !== '' && !separators.includes(next) ? lines.slice(first).join('\n') : text;
}

/** A text with each deletion (markers and all) replaced. */
function withDeletions(text: string, deletions: readonly Deletion[], replace: (deletion: Deletion) => string): string {
  let result = '';
  let cursor = 0;
  for (const deletion of deletions) {
    result += text.slice(cursor, deletion.start) + replace(deletion);
    cursor = deletion.end;
  }
  return result + text.slice(cursor);
}

/** Where a separator first stands outside inline code and formulas. */
function separatorIndex(line: string, separator: string): number {
  const spans = inlineSpans(line);
  for (let at = line.indexOf(separator); at !== -1; at = line.indexOf(separator, at + 1)) {
    if (!spans.some(([from, to]) => at >= from && at < to)) return at;
  }
  return line.indexOf(separator);
}

/**
 * The inline code (backtick runs) and inline formulas (`$…$`) of a text, as ranges: where a
 * separator or a cloze is text, not card syntax.
 *
 * @example
 *   inlineSpans('a `b::c` and $x$') // [[2, 8], [13, 16]]
 */
export function inlineSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const match of text.matchAll(/(`+)[^\n]*?\1|\$(?!\s)[^$\n]+?\$/g)) {
    spans.push([match.index, match.index + match[0].length]);
  }
  return spans;
}
