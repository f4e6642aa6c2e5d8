import type { Review } from './scheduler.ts';

/**
 * One review, as the history keeps it (the statistics are drawn from these): which card, when, the
 * grade (1 Again … 4 Easy), the card's state before it (0 new, 1 learning, 2 review, 3 relearning),
 * the days since the card's review before (0 for a new card), and the days until it is due after.
 */
export interface ReviewLogEntry {
  readonly card: string;
  readonly at: string;
  readonly grade: number;
  readonly state: number;
  readonly elapsedDays: number;
  readonly scheduledDays: number;
}

const DAY_MS = 86_400_000;

/**
 * The history's entry for a review just made.
 *
 * @example
 *   logEntry('term-abc', undefined, next, 3, new Date('2026-12-01T10:00:00Z'))
 *   // { card: 'term-abc', at: '2026-12-01T10:00:00.000Z', grade: 3, state: 0, elapsedDays: 0, scheduledDays: 0 }
 */
export function logEntry(
  card: string,
  previous: Review | undefined,
  next: Review,
  grade: number,
  at: Date,
): ReviewLogEntry {
  const last = Date.parse(previous?.last_review ?? '');
  return {
    card,
    at: at.toISOString(),
    grade,
    state: previous?.state ?? 0,
    elapsedDays: Number.isNaN(last) ? 0 : Math.max(0, Math.round((at.getTime() - last) / DAY_MS)),
    scheduledDays: next.scheduled_days,
  };
}

/** Whether a stored or imported value is an entry of the history. */
export function isLogEntry(value: unknown): value is ReviewLogEntry {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  return (
    typeof record['card'] === 'string' &&
    typeof record['at'] === 'string' &&
    !Number.isNaN(Date.parse(record['at'])) &&
    [record['grade'], record['state'], record['elapsedDays'], record['scheduledDays']].every(
      (field) => typeof field === 'number' && Number.isFinite(field),
    )
  );
}

/** What tells two entries apart: the card and the moment (the same review imported twice is one). */
export function logKey(entry: Pick<ReviewLogEntry, 'card' | 'at'>): string {
  return `${entry.card}\n${entry.at}`;
}

/**
 * Two histories as one, each review once, oldest first.
 *
 * @example
 *   mergeLogs([a, b], [b, c]) // [a, b, c]
 */
export function mergeLogs(...logs: readonly (readonly ReviewLogEntry[])[]): ReviewLogEntry[] {
  const byKey = new Map<string, ReviewLogEntry>();
  for (const log of logs) for (const entry of log) byKey.set(logKey(entry), entry);
  return [...byKey.values()].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}
