import type { StudyCard } from '../schemas/topic-page.ts';

/** How many pages one file of study cards holds at most: a course of thousands of pages is cut into files. */
const DECK_FILE_PAGES = 200;

/** The cards of one page of notes. */
export interface StudyDeck {
  readonly slug: string;
  readonly title: string;
  /** The course (top-level folder) the page is in: its slug, `''` for a page of the notes folder itself. */
  readonly course: string;
  /** The course's title (`Notes` for the notes folder itself): the first part of an Anki deck's name. */
  readonly courseTitle: string;
  readonly cards: readonly StudyCard[];
}

/** `study/cards/<file>.json`: the cards of up to {@link DECK_FILE_PAGES} pages of one course, in reading order. */
export interface StudyCardFile {
  readonly decks: readonly StudyDeck[];
}

/** A course as the study page offers it: a deck of all its pages. */
export interface StudyCourse {
  /** The course's folder slug, `''` for the pages of the notes folder itself. */
  readonly id: string;
  readonly title: string;
  readonly pages: number;
  readonly cards: number;
  /** The card files that hold its pages. */
  readonly files: readonly string[];
  /** Its pages, when it has few enough to offer each as a deck ({@link LISTED_PAGES}). */
  readonly list?: readonly { readonly slug: string; readonly title: string; readonly file: string }[];
}

/** A course of at most this many pages lists them, each a deck of its own, on the study page. */
export const LISTED_PAGES = 50;

/** A deck the student named with a flashcard tag (`#flashcards/CompSec/Web`), or a folder when folders are decks. */
export interface StudyTagDeck {
  /** Its path, outermost first (`['CompSec', 'Web']`); a deck holds the cards of its subdecks too. */
  readonly path: readonly string[];
  readonly cards: number;
  /** The card files that hold its cards. */
  readonly files: readonly string[];
}

/** `study/decks.json`: the courses, the student's own decks, and their card files, so the study page loads only the cards it shows. */
export interface StudyIndex {
  readonly courses: readonly StudyCourse[];
  readonly decks: readonly StudyTagDeck[];
}

/**
 * The card file of a page: its course's, cut every {@link DECK_FILE_PAGES} pages.
 *
 * @example
 *   cardFileOf('in4060', 0)   // 'in4060.1'
 *   cardFileOf('', 450)       // '_.3'
 */
export function cardFileOf(course: string, indexInCourse: number): string {
  return `${course === '' ? '_' : course}.${Math.floor(indexInCourse / DECK_FILE_PAGES) + 1}`;
}
