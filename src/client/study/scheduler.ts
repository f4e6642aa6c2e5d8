import { fsrs, generatorParameters, type Card, type Grade } from 'ts-fsrs';

/** A card's review state as stored in the browser (ts-fsrs's card, with dates as ISO strings). */
export interface Review {
  due: string;
  stability: number;
  difficulty: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: number;
  last_review?: string;
}

/** The four grades of a review, as the keys 1 to 4 give them. */
export const GRADES = [
  { value: 1, name: 'Again' },
  { value: 2, name: 'Hard' },
  { value: 3, name: 'Good' },
  { value: 4, name: 'Easy' },
] as const;

export type GradeValue = (typeof GRADES)[number]['value'];

/** FSRS with its default parameters; no fuzz, so the same reviews always give the same schedule. */
const scheduler = fsrs(generatorParameters({ enable_fuzz: false }));

/**
 * The review state after grading a card now (a card never reviewed starts as new).
 *
 * @example
 *   grade(undefined, 3, new Date('2026-01-01T10:00:00Z')).due // '2026-01-01T10:10:00.000Z' (10 minutes)
 */
export function grade(review: Review | undefined, value: GradeValue, now: Date): Review {
  const card: Card = review ? toCard(review) : emptyCard(now);
  const next = scheduler.next(card, now, value as Grade).card;
  return {
    due: next.due.toISOString(),
    stability: next.stability,
    difficulty: next.difficulty,
    scheduled_days: next.scheduled_days,
    learning_steps: next.learning_steps,
    reps: next.reps,
    lapses: next.lapses,
    state: next.state,
    ...(next.last_review ? { last_review: next.last_review.toISOString() } : {}),
  };
}

function toCard({ last_review, due, ...rest }: Review): Card {
  // elapsed_days is deprecated in ts-fsrs (computed from last_review): not stored, given as 0.
  return {
    ...rest,
    elapsed_days: 0,
    due: new Date(due),
    ...(last_review ? { last_review: new Date(last_review) } : {}),
  };
}

function emptyCard(now: Date): Card {
  return {
    due: now,
    stability: 0,
    difficulty: 0,
    elapsed_days: 0,
    scheduled_days: 0,
    learning_steps: 0,
    reps: 0,
    lapses: 0,
    state: 0,
  };
}
