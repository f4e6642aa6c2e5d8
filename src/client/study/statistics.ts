import { stateOf, type DeckCard } from './deck.ts';
import type { ReviewLogEntry } from './review-log.ts';
import type { Review } from './scheduler.ts';

/** How many days of reviews the history chart shows. */
export const HISTORY_DAYS = 90;
/** How many days ahead the forecast shows (today first, with what is overdue). */
export const FORECAST_DAYS = 30;
/** How many days back true retention counts. */
export const RETENTION_DAYS = 30;
/** A card in review is mature from this interval on (days), young before, as Anki counts them. */
export const MATURE_DAYS = 21;

/** One day and a number: reviews made that day, or cards due that day. */
export interface DayCount {
  /** The day in the student's time zone, `YYYY-MM-DD`. */
  readonly day: string;
  readonly count: number;
}

/** The figures the study page draws for a deck. */
export interface Statistics {
  /** Reviews made each day of the last {@link HISTORY_DAYS} days, oldest first (today last). */
  readonly reviewsPerDay: DayCount[];
  /**
   * True retention over the last {@link RETENTION_DAYS} days: of the reviews of cards in review
   * (not new, not learning), how many were remembered (graded Hard, Good or Easy).
   */
  readonly retention: { readonly passed: number; readonly failed: number };
  /** Cards due each day of the next {@link FORECAST_DAYS} days, today first (overdue cards count today). */
  readonly forecast: DayCount[];
  /** Cards by state: never reviewed; learning (or relearning); in review, young or mature. */
  readonly byState: {
    readonly new: number;
    readonly learning: number;
    readonly young: number;
    readonly mature: number;
  };
}

/**
 * The statistics of a deck: its cards' states now (a card's review made here, else what the Spaced
 * Repetition plugin saved), and the history of its reviews (under any id the card had).
 *
 * @example
 *   statisticsOf(cards, reviews, log, new Date('2026-12-04T12:00:00')).retention // { passed: 9, failed: 1 }
 */
export function statisticsOf(
  cards: readonly DeckCard[],
  reviews: Readonly<Record<string, Review>>,
  log: readonly ReviewLogEntry[],
  now: Date,
): Statistics {
  const ids = new Set(cards.flatMap((card) => [card.id, ...card.previousIds]));
  const entries = log.filter((entry) => ids.has(entry.card));
  const today = startOfDay(now);

  const history = days(addDays(today, -(HISTORY_DAYS - 1)), HISTORY_DAYS);
  const reviewed = new Map<string, number>();
  let passed = 0;
  let failed = 0;
  const retentionFrom = addDays(today, -(RETENTION_DAYS - 1)).getTime();
  for (const entry of entries) {
    const at = new Date(entry.at);
    const day = dayKey(at);
    reviewed.set(day, (reviewed.get(day) ?? 0) + 1);
    if (entry.state === 2 && at.getTime() >= retentionFrom && at.getTime() <= now.getTime()) {
      if (entry.grade > 1) passed += 1;
      else failed += 1;
    }
  }

  const forecastDays = days(today, FORECAST_DAYS);
  const due = new Map<string, number>();
  const byState = { new: 0, learning: 0, young: 0, mature: 0 };
  for (const card of cards) {
    const state = stateOf(reviews, card);
    if (!state || state.state === 0) {
      byState.new += 1;
      continue;
    }
    if (state.state === 2) byState[state.scheduled_days >= MATURE_DAYS ? 'mature' : 'young'] += 1;
    else byState.learning += 1;
    const day = dayKey(new Date(Math.max(Date.parse(state.due), today.getTime())));
    due.set(day, (due.get(day) ?? 0) + 1);
  }

  return {
    reviewsPerDay: history.map((day) => ({ day, count: reviewed.get(day) ?? 0 })),
    retention: { passed, failed },
    forecast: forecastDays.map((day) => ({ day, count: due.get(day) ?? 0 })),
    byState,
  };
}

/**
 * A day as `YYYY-MM-DD` in the student's time zone.
 *
 * @example
 *   dayKey(new Date(2026, 11, 4, 23, 59)) // '2026-12-04'
 */
export function dayKey(date: Date): string {
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function startOfDay(date: Date): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate());
}

function addDays(date: Date, count: number): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + count);
}

/** `count` days from `first`, as keys. */
function days(first: Date, count: number): string[] {
  return Array.from({ length: count }, (_, index) => dayKey(addDays(first, index)));
}
