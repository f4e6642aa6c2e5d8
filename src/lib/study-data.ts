import type { StudyCard } from '../schemas/topic-page.ts';

/** `study/cards.json`: every flashcard, deck by deck (a deck per topic, in reading order). */
export interface StudyDecks {
  readonly decks: readonly StudyDeck[];
}

export interface StudyDeck {
  readonly slug: string;
  readonly title: string;
  readonly cards: readonly StudyCard[];
}
