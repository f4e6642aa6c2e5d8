import { isLogEntry, mergeLogs, type ReviewLogEntry } from './review-log.ts';
import type { Review } from './scheduler.ts';

/**
 * Everything the study tools remember, as a whole: the format of an exported file (and of what
 * localStorage held before reviews moved to IndexedDB).
 */
export interface StudyState {
  version: 1;
  /** Review state by card id. */
  reviews: Record<string, Review>;
  /** When each topic (by slug) was marked as studied. */
  studied: Record<string, string>;
  /** The last topic opened from the home page or studied, for "Continue where you left off". */
  last?: ResumeLink;
  /** Every review made, oldest first (the statistics); files made before it was kept have none. */
  log: ReviewLogEntry[];
}

/** The last topic or deck opened, for "Continue where you left off". */
export interface ResumeLink {
  href: string;
  title: string;
  at: string;
}

/**
 * An object keyed by the student's data (card ids, topic slugs) with no prototype, so that a key
 * such as `constructor` or `__proto__` is only ever the student's own.
 */
export function dataRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

export function emptyState(): StudyState {
  return { version: 1, reviews: dataRecord(), studied: dataRecord(), log: [] };
}

/**
 * Read a state from text (an exported file), checking its shape so that a wrong or damaged file is
 * refused instead of corrupting the reviews.
 *
 * @example
 *   parseState('{"version":1,"reviews":{},"studied":{}}') // { version: 1, reviews: {}, studied: {}, log: [] }
 *   parseState('[]') // throws "not a study-notes export"
 */
export function parseState(text: string): StudyState {
  const value: unknown = JSON.parse(text);
  const version = newerFormat(value);
  if (version !== undefined) {
    throw new Error(
      `This file was made by a newer version of this site (format ${version}), which this version cannot read.`,
    );
  }
  if (!isStateShape(value)) throw new Error('This file is not a study-notes export.');
  const { state, damaged } = readStateValue(value);
  const first = damaged[0];
  if (first) throw new Error(`The ${DAMAGED_NAMES[first.field]} "${first.key}" is damaged.`);
  return state;
}

/** An entry of a saved state that could not be read (it is left out of the state read). */
export interface DamagedEntry {
  readonly field: 'reviews' | 'studied' | 'log';
  /** The card id, the topic's slug, or the entry's place in the history (from 1). */
  readonly key: string;
}

/** What a damaged entry is, in words. */
const DAMAGED_NAMES: Record<DamagedEntry['field'], string> = {
  reviews: 'review of card',
  studied: 'date of topic',
  log: 'entry of the review history, number',
};

/** The newest format of a whole state this site reads and writes (exported files, and localStorage before). */
const STATE_FORMAT = 1;

/**
 * The format of a saved state or file when it is newer than this site knows, else `undefined`.
 *
 * @example
 *   newerFormat({ version: 2, cards: [] }) // 2
 *   newerFormat({ version: 1 })            // undefined
 */
export function newerFormat(value: unknown): number | undefined {
  const version = isRecord(value) ? value['version'] : undefined;
  return typeof version === 'number' && Number.isInteger(version) && version > STATE_FORMAT ? version : undefined;
}

/** A value with the shape of a state of format 1, its entries not yet checked. */
export type StateShape = Record<string, unknown> & {
  reviews: Record<string, unknown>;
  studied: Record<string, unknown>;
};

/** Whether a value has the shape of a state of format 1: a version and records of reviews and topics. */
export function isStateShape(value: unknown): value is StateShape {
  return (
    isRecord(value) && value['version'] === STATE_FORMAT && isRecord(value['reviews']) && isRecord(value['studied'])
  );
}

/**
 * The readable part of a state of format 1, entry by entry, and the entries that could not be read.
 * A "continue" link that does not lead to a page of this site is dropped (never shown as a link).
 */
export function readStateValue(value: StateShape): { state: StudyState; damaged: DamagedEntry[] } {
  const damaged: DamagedEntry[] = [];
  const reviews = dataRecord<Review>();
  for (const [id, review] of Object.entries(value.reviews)) {
    if (isReview(review)) reviews[id] = review;
    else damaged.push({ field: 'reviews', key: id });
  }
  const studied = dataRecord<string>();
  for (const [slug, at] of Object.entries(value.studied)) {
    if (typeof at === 'string') studied[slug] = at;
    else damaged.push({ field: 'studied', key: slug });
  }
  const log: ReviewLogEntry[] = [];
  const written = value['log'];
  if (written !== undefined && !Array.isArray(written)) damaged.push({ field: 'log', key: 'all' });
  (Array.isArray(written) ? (written as unknown[]) : []).forEach((entry, index) => {
    if (isLogEntry(entry)) log.push(entry);
    else damaged.push({ field: 'log', key: String(index + 1) });
  });
  const last = readResumeLink(value['last']);
  return { state: { version: 1, reviews, studied, ...(last ? { last } : {}), log: mergeLogs(log) }, damaged };
}

/** A saved "continue" link, when it is one and leads to a page of this site. */
export function readResumeLink(last: unknown): ResumeLink | undefined {
  const href = isRecord(last) && typeof last['href'] === 'string' ? sitePath(last['href']) : undefined;
  return href && isRecord(last) && typeof last['title'] === 'string' && typeof last['at'] === 'string'
    ? { href, title: last['title'], at: last['at'] }
    : undefined;
}

/** What importing a file changed. */
export interface MergeOutcome {
  readonly state: StudyState;
  /** Cards reviewed in the file and never in this browser. */
  readonly added: number;
  /** Cards whose review in the file is newer than this browser's. */
  readonly updated: number;
  /** Cards whose review in this browser is as new or newer, kept as they were. */
  readonly kept: number;
}

/**
 * Merge an imported state into the current one, card by card: the newer review of a card wins (by
 * its last review, then its due time), so importing an older file never undoes later reviews.
 * Topics marked as studied are joined; the newer "continue" link is kept; the histories are joined.
 *
 * @example
 *   mergeStates({ reviews: { a: reviewedMonday } }, { reviews: { a: reviewedSunday, b: … } })
 *   // { state: { reviews: { a: reviewedMonday, b: … } }, added: 1, updated: 0, kept: 1 }
 */
export function mergeStates(current: StudyState, incoming: StudyState): MergeOutcome {
  const reviews = Object.assign(dataRecord<Review>(), current.reviews);
  let added = 0;
  let updated = 0;
  let kept = 0;
  for (const [id, review] of Object.entries(incoming.reviews)) {
    const mine = Object.hasOwn(reviews, id) ? reviews[id] : undefined;
    if (!mine) added += 1;
    else if (reviewTime(review) > reviewTime(mine)) updated += 1;
    else {
      kept += 1;
      continue;
    }
    reviews[id] = review;
  }
  const studied = Object.assign(dataRecord<string>(), current.studied);
  for (const [slug, at] of Object.entries(incoming.studied)) {
    if (!Object.hasOwn(studied, slug) || (studied[slug] ?? '') < at) studied[slug] = at;
  }
  const last = [current.last, incoming.last]
    .filter((entry) => entry !== undefined)
    .sort((a, b) => Date.parse(b.at) - Date.parse(a.at))[0];
  return {
    state: { version: 1, reviews, studied, ...(last ? { last } : {}), log: mergeLogs(current.log, incoming.log) },
    added,
    updated,
    kept,
  };
}

/** When a review was made, for telling the newer of two (its due time when it has no review time). */
export function reviewTime(review: Review): number {
  return Date.parse(review.last_review ?? '') || Date.parse(review.due) || 0;
}

const NUMBERS = ['stability', 'difficulty', 'scheduled_days', 'learning_steps', 'reps', 'lapses', 'state'] as const;

export function isReview(value: unknown): value is Review {
  return (
    isRecord(value) &&
    typeof value['due'] === 'string' &&
    !Number.isNaN(Date.parse(value['due'])) &&
    (value['last_review'] === undefined ||
      (typeof value['last_review'] === 'string' && !Number.isNaN(Date.parse(value['last_review'])))) &&
    NUMBERS.every((field) => typeof value[field] === 'number' && Number.isFinite(value[field]))
  );
}

/**
 * A link kept from a file only when it leads to a page of this site (never `javascript:` nor
 * another site), as a path.
 *
 * @example
 *   sitePath('/iam/')                 // '/iam/'
 *   sitePath('javascript:alert(1)')   // undefined
 *   sitePath('https://evil.example/') // undefined
 */
function sitePath(href: string): string | undefined {
  try {
    const url = new URL(href, location.href);
    if (url.origin !== location.origin || !url.pathname.startsWith(import.meta.env.BASE_URL)) return undefined;
    return `${url.pathname}${url.search}`;
  } catch {
    return undefined;
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
