import type { StudyCard } from '../../schemas/topic-page.ts';
import type { StudyDeck, StudyIndex } from '../../lib/study-data.ts';
import type { Review } from './scheduler.ts';

/** A card with the page it comes from. */
export type DeckCard = StudyCard & { topic: string; slug: string };

/**
 * The deck the study page shows, from its value: `''` every card, `course:<id>` a course's, any
 * other value one page's (its slug).
 */
export type DeckChoice =
  | { readonly kind: 'all' }
  | { readonly kind: 'course'; readonly id: string }
  | { readonly kind: 'page'; readonly slug: string };

/**
 * @example
 *   deckChoice('')             // { kind: 'all' }
 *   deckChoice('course:in4060') // { kind: 'course', id: 'in4060' }
 *   deckChoice('iam')          // { kind: 'page', slug: 'iam' }
 */
export function deckChoice(value: string): DeckChoice {
  if (value === '') return { kind: 'all' };
  if (value.startsWith('course:')) return { kind: 'course', id: value.slice('course:'.length) };
  return { kind: 'page', slug: value };
}

/** The card files a deck needs (`pageFile`: the file of the page chosen, when a page is chosen). */
export function filesOf(index: StudyIndex, choice: DeckChoice, pageFile?: string): string[] {
  if (choice.kind === 'all') return index.courses.flatMap((course) => course.files);
  if (choice.kind === 'course') return [...(index.courses.find((course) => course.id === choice.id)?.files ?? [])];
  const listed = index.courses.flatMap((course) => course.list ?? []).find((page) => page.slug === choice.slug)?.file;
  return [listed ?? pageFile].filter((file) => file !== undefined);
}

/**
 * The reviewed card of a deck's page: the review under its id or under the id it had before ids
 * named the topic. Reads only the student's own keys (never a prototype's, for a card id such as
 * `constructor`).
 */
export function reviewOf(
  reviews: Readonly<Record<string, Review>>,
  card: Pick<DeckCard, 'id' | 'legacyId'>,
): Review | undefined {
  if (Object.hasOwn(reviews, card.id)) return reviews[card.id];
  return Object.hasOwn(reviews, card.legacyId) ? reviews[card.legacyId] : undefined;
}

/** Every card of the chosen deck, among the pages' decks loaded. */
export function cardsOf(decks: readonly StudyDeck[], choice: DeckChoice): DeckCard[] {
  return decks
    .filter(
      (deck) =>
        choice.kind === 'all' ||
        (choice.kind === 'course' && deck.course === choice.id) ||
        (choice.kind === 'page' && deck.slug === choice.slug),
    )
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
