import { describe, expect, test } from 'vitest';
import type { DeckCard } from '../../../../src/client/study/deck.ts';
import { logEntry, mergeLogs, type ReviewLogEntry } from '../../../../src/client/study/review-log.ts';
import { grade, type Review } from '../../../../src/client/study/scheduler.ts';
import { dayKey, statisticsOf } from '../../../../src/client/study/statistics.ts';

const card = (id: string, extra: Partial<DeckCard> = {}): DeckCard => ({
  id,
  previousIds: [`old-${id}`],
  kind: 'authored',
  front: id,
  back: id,
  where: ['Note'],
  topic: 'Note',
  slug: 'note',
  course: 'Notes',
  ...extra,
});
/** Noon, local time, `days` after 4 December 2026. */
const day = (days: number, hour = 12) => new Date(2026, 11, 4 + days, hour);
const entry = (id: string, at: Date, gradeValue: number, state: number): ReviewLogEntry => ({
  card: id,
  at: at.toISOString(),
  grade: gradeValue,
  state,
  elapsedDays: 3,
  scheduledDays: 5,
});
const review = (due: Date, state: number, scheduled: number): Review => ({
  due: due.toISOString(),
  stability: scheduled,
  difficulty: 5,
  scheduled_days: scheduled,
  learning_steps: 0,
  reps: 3,
  lapses: 0,
  state,
});

describe('the statistics of a deck', () => {
  const now = day(0);
  const cards = [
    card('a'),
    card('b'),
    card('c'),
    card('d', { schedule: { kind: 'sm2', due: '2026-12-06', interval: 30, ease: 250 } }),
    card('e'),
  ];
  const reviews = {
    a: review(day(-2), 2, 5), // overdue, young
    b: review(day(3), 2, 40), // mature, due in three days
    c: review(day(0, 18), 1, 0), // learning, due tonight
  };
  const log = [
    entry('a', day(-1), 3, 2),
    entry('a', day(-1, 14), 1, 2),
    entry('old-b', day(-5), 4, 2), // under the id the card had before
    entry('b', day(-40), 3, 2), // reviewed more than 30 days ago: not in the retention
    entry('c', day(0, 9), 3, 0), // a new card: not in the retention
    entry('elsewhere', day(-1), 1, 2), // a card of another deck
  ];
  const stats = statisticsOf(cards, reviews, log, now);

  test('reviews per day over the last 90 days, today last', () => {
    expect(stats.reviewsPerDay).toHaveLength(90);
    expect(stats.reviewsPerDay.at(-1)).toEqual({ day: '2026-12-04', count: 1 });
    expect(stats.reviewsPerDay.at(-2)).toEqual({ day: '2026-12-03', count: 2 });
    expect(stats.reviewsPerDay.find((entry) => entry.day === '2026-10-25')).toEqual({ day: '2026-10-25', count: 1 });
    expect(stats.reviewsPerDay.reduce((sum, entry) => sum + entry.count, 0)).toBe(5);
  });

  test('true retention counts reviews of cards in review over 30 days', () => {
    expect(stats.retention).toEqual({ passed: 2, failed: 1 });
  });

  test('the forecast counts overdue cards today, and a schedule the plugin saved', () => {
    expect(stats.forecast).toHaveLength(30);
    expect(stats.forecast[0]).toEqual({ day: '2026-12-04', count: 2 });
    expect(stats.forecast[2]).toEqual({ day: '2026-12-06', count: 1 });
    expect(stats.forecast[3]).toEqual({ day: '2026-12-07', count: 1 });
  });

  test('cards by state: new, learning, young, mature', () => {
    expect(stats.byState).toEqual({ new: 1, learning: 1, young: 1, mature: 2 });
  });
});

describe('the history of reviews', () => {
  test('an entry says the state before, the days since the last review and until the next', () => {
    const first = grade(undefined, 3, day(-10));
    const next = grade(first, 3, day(0));
    expect(logEntry('a', first, next, 3, day(0))).toEqual({
      card: 'a',
      at: day(0).toISOString(),
      grade: 3,
      state: first.state,
      elapsedDays: 10,
      scheduledDays: next.scheduled_days,
    });
    expect(logEntry('a', undefined, first, 3, day(-10)).state).toBe(0);
  });

  test('histories join each review once, oldest first', () => {
    const a = entry('a', day(-2), 3, 2);
    const b = entry('b', day(-1), 3, 2);
    expect(mergeLogs([b, a], [a])).toEqual([a, b]);
  });

  test('days are the student’s own', () => {
    expect(dayKey(new Date(2026, 11, 4, 23, 59))).toBe('2026-12-04');
  });
});
