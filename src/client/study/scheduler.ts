import { fsrs, generatorParameters, State, type Card, type Grade } from 'ts-fsrs';
import type { SavedSchedule } from '../../schemas/topic-page.ts';

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
  // A review dated after now (another device's clock, a schedule saved ahead): as if made now.
  if (card.last_review && card.last_review.getTime() > now.getTime()) card.last_review = now;
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

/** The plugin's ease range (130 % to 370 %), mapped onto FSRS difficulty (10 to 1). */
const EASE_MIN = 130;
const EASE_MAX = 370;

/**
 * A card's first state on the site from what the Obsidian Spaced Repetition plugin saved in the
 * notes, so a student goes on where the plugin left off: its FSRS entry as it is, or its SM-2 entry
 * (due day, interval, ease) converted as the plugin itself converts it (`legacyScheduleToFsrsCard`):
 * a card in review, due on that day (at the start of the day here), last reviewed `interval` days
 * before, its stability the interval and its difficulty from the ease (250 % → 5.5).
 *
 * @example
 *   fromSchedule({ kind: 'sm2', due: '2023-12-19', interval: 4, ease: 250 }) // { due: '2023-12-19T…', stability: 4, difficulty: 5.5, state: 2, reps: 2, … }
 */
export function fromSchedule(schedule: SavedSchedule): Review {
  if (schedule.kind === 'fsrs') {
    return {
      due: schedule.due,
      stability: schedule.stability,
      difficulty: schedule.difficulty,
      scheduled_days: schedule.interval,
      learning_steps: schedule.learningSteps,
      reps: schedule.reps,
      lapses: schedule.lapses,
      state: schedule.state,
      ...(schedule.lastReview ? { last_review: schedule.lastReview } : {}),
    };
  }
  const interval = Math.max(1, Math.round(schedule.interval));
  const [year = 1970, month = 1, day = 1] = schedule.due.split('-').map(Number);
  const due = new Date(year, month - 1, day);
  const lastReview = new Date(year, month - 1, day - interval);
  const ease = Math.min(EASE_MAX, Math.max(EASE_MIN, schedule.ease));
  const difficulty = Math.min(10, Math.max(1, 10 - ((ease - EASE_MIN) / (EASE_MAX - EASE_MIN)) * 9));
  return {
    due: due.toISOString(),
    stability: Math.max(0.1, interval),
    difficulty,
    scheduled_days: interval,
    learning_steps: 0,
    reps: Math.max(1, Math.round(Math.log2(interval + 1))),
    lapses: 0,
    state: State.Review,
    last_review: lastReview.toISOString(),
  };
}
