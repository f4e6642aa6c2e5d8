import type { StudyCard } from '../../schemas/topic-page.ts';
import type { StudyDecks } from '../../lib/study-data.ts';
import type { Review } from './scheduler.ts';

/** A card with the deck (topic) it comes from. */
export type DeckCard = StudyCard & { topic: string; slug: string };

/**
 * The review of a card, under its id or under the id it had before ids named the topic. Reads
 * only the student's own keys (never a prototype's, for a card id such as `constructor`).
 */
export function reviewOf(reviews: Readonly<Record<string, Review>>, card: DeckCard): Review | undefined {
  if (Object.hasOwn(reviews, card.id)) return reviews[card.id];
  return Object.hasOwn(reviews, card.legacyId) ? reviews[card.legacyId] : undefined;
}

/** Every card of the chosen deck (a topic's slug), or of all decks for `''`. */
export function cardsOf(decks: StudyDecks, slug: string): DeckCard[] {
  return decks.decks
    .filter((deck) => slug === '' || deck.slug === slug)
    .flatMap((deck) => deck.cards.map((card) => ({ ...card, topic: deck.title, slug: deck.slug })));
}

/**
 * The cards to review now, in the order to review them: cards seen before whose time has come
 * (the longest overdue first), then new cards in the order of the notes.
 *
 * @example
 *   dueQueue(cards, { a: { due: '2020-01-01…' }, b: { due: '2099-01-01…' } }, now) // [a, …new cards]
 */
export function dueQueue(cards: readonly DeckCard[], reviews: Readonly<Record<string, Review>>, now: Date): DeckCard[] {
  const seen = cards
    .filter((card) => reviewOf(reviews, card) && isDue(reviewOf(reviews, card), now))
    .sort((a, b) => Date.parse(reviewOf(reviews, a)?.due ?? '') - Date.parse(reviewOf(reviews, b)?.due ?? ''));
  const fresh = cards.filter((card) => !reviewOf(reviews, card));
  return [...seen, ...fresh];
}

/** When the next card that is not due yet will be, if any. */
export function nextDue(
  cards: readonly DeckCard[],
  reviews: Readonly<Record<string, Review>>,
  now: Date,
): Date | undefined {
  const times = cards
    .map((card) => reviewOf(reviews, card))
    .filter((review): review is Review => review !== undefined && !isDue(review, now))
    .map((review) => Date.parse(review.due));
  return times.length > 0 ? new Date(Math.min(...times)) : undefined;
}

/** Whether a card is due now: never reviewed, or its due time has come. */
export function isDue(review: Review | undefined, now: Date): boolean {
  return review === undefined || new Date(review.due).getTime() <= now.getTime();
}
