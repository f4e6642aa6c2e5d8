import type { StudyCard } from '../../schemas/topic-page.ts';
import type { StudyDeck, StudyIndex } from '../../lib/study-data.ts';
import { fromSchedule, type Review } from './scheduler.ts';

/** A card with the page it comes from, and that page's course. */
export type DeckCard = StudyCard & { topic: string; slug: string; course: string };

/**
 * The deck the study page shows, from its value: `''` every card, `course:<id>` a course's,
 * `deck:<path>` a deck the student named with a flashcard tag (its subdecks included), any other
 * value one page's (its slug).
 */
export type DeckChoice =
  | { readonly kind: 'all' }
  | { readonly kind: 'course'; readonly id: string }
  | { readonly kind: 'deck'; readonly path: readonly string[] }
  | { readonly kind: 'page'; readonly slug: string };

/**
 * @example
 *   deckChoice('')                 // { kind: 'all' }
 *   deckChoice('course:in4060')    // { kind: 'course', id: 'in4060' }
 *   deckChoice('deck:CompSec/Web') // { kind: 'deck', path: ['CompSec', 'Web'] }
 *   deckChoice('iam')              // { kind: 'page', slug: 'iam' }
 */
export function deckChoice(value: string): DeckChoice {
  if (value === '') return { kind: 'all' };
  if (value.startsWith('course:')) return { kind: 'course', id: value.slice('course:'.length) };
  if (value.startsWith('deck:')) return { kind: 'deck', path: value.slice('deck:'.length).split('/') };
  return { kind: 'page', slug: value };
}

/** The card files a deck needs (`pageFile`: the file of the page chosen, when a page is chosen). */
export function filesOf(index: StudyIndex, choice: DeckChoice, pageFile?: string): string[] {
  if (choice.kind === 'all') return index.courses.flatMap((course) => course.files);
  if (choice.kind === 'course') return [...(index.courses.find((course) => course.id === choice.id)?.files ?? [])];
  if (choice.kind === 'deck') {
    const path = choice.path.join('/');
    return [...(index.decks.find((deck) => deck.path.join('/') === path)?.files ?? [])];
  }
  const listed = index.courses.flatMap((course) => course.list ?? []).find((page) => page.slug === choice.slug)?.file;
  return [listed ?? pageFile].filter((file) => file !== undefined);
}

/**
 * A card's review made on the site: the review under its id, or under an id it had before (ids
 * once named the page). Reads only the student's own keys (never a prototype's, for a card id such
 * as `constructor`).
 */
export function reviewOf(
  reviews: Readonly<Record<string, Review>>,
  card: Pick<DeckCard, 'id' | 'previousIds'>,
): Review | undefined {
  for (const id of [card.id, ...card.previousIds]) if (Object.hasOwn(reviews, id)) return reviews[id];
  return undefined;
}

/**
 * A card's state: its review made on the site, else what the Spaced Repetition plugin saved of it
 * in the notes (`<!--SR:…-->`), else none (a new card). Reviews made on the site win.
 */
export function stateOf(
  reviews: Readonly<Record<string, Review>>,
  card: Pick<DeckCard, 'id' | 'previousIds' | 'schedule'>,
): Review | undefined {
  return reviewOf(reviews, card) ?? (card.schedule ? fromSchedule(card.schedule) : undefined);
}

/**
 * Every card of the chosen deck, among the pages' decks loaded; without the cards the site made
 * from the notes when the student turned them off for this deck (`generated: false`).
 */
export function cardsOf(decks: readonly StudyDeck[], choice: DeckChoice, { generated = true } = {}): DeckCard[] {
  const inDeck = (card: StudyCard): boolean =>
    choice.kind !== 'deck' || choice.path.every((name, index) => card.deck?.[index] === name);
  return decks
    .filter(
      (deck) =>
        choice.kind === 'all' ||
        choice.kind === 'deck' ||
        (choice.kind === 'course' && deck.course === choice.id) ||
        (choice.kind === 'page' && deck.slug === choice.slug),
    )
    .flatMap((deck) =>
      deck.cards
        .filter((card) => inDeck(card) && (generated || card.kind === 'authored'))
        .map((card) => ({ ...card, topic: deck.title, slug: deck.slug, course: deck.courseTitle })),
    );
}

/**
 * The cards to review now, in the order to review them: cards seen before whose time has come
 * (the longest overdue first), then new cards in the order of the notes.
 *
 * @example
 *   dueQueue(cards, { a: { due: '2020-01-01…' }, b: { due: '2099-01-01…' } }, now) // [a, …new cards]
 */
export function dueQueue(cards: readonly DeckCard[], reviews: Readonly<Record<string, Review>>, now: Date): DeckCard[] {
  const states = new Map(cards.map((card) => [card, stateOf(reviews, card)]));
  const due = (card: DeckCard): number => Date.parse(states.get(card)?.due ?? '');
  const seen = cards.filter((card) => states.get(card) && isDue(states.get(card), now)).sort((a, b) => due(a) - due(b));
  // New cards in the order of the notes, the student's own first.
  const fresh = cards.filter((card) => !states.get(card));
  return [
    ...seen,
    ...fresh.filter((card) => card.kind === 'authored'),
    ...fresh.filter((card) => card.kind !== 'authored'),
  ];
}

/** When the next card that is not due yet will be, if any. */
export function nextDue(
  cards: readonly DeckCard[],
  reviews: Readonly<Record<string, Review>>,
  now: Date,
): Date | undefined {
  const times = cards
    .map((card) => stateOf(reviews, card))
    .filter((review): review is Review => review !== undefined && !isDue(review, now))
    .map((review) => Date.parse(review.due));
  return times.length > 0 ? new Date(Math.min(...times)) : undefined;
}

/** Whether a card is due now: never reviewed, or its due time has come. */
export function isDue(review: Review | undefined, now: Date): boolean {
  return review === undefined || new Date(review.due).getTime() <= now.getTime();
}
