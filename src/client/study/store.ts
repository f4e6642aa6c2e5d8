import type { Review } from './scheduler.ts';

/** Everything the study tools remember, kept in this browser only (localStorage). */
export interface StudyState {
  version: 1;
  /** Review state by card id. */
  reviews: Record<string, Review>;
  /** When each topic (by slug) was marked as studied. */
  studied: Record<string, string>;
  /** The last topic opened from the home page or studied, for "Continue where you left off". */
  last?: { href: string; title: string; at: string };
}

const KEY = 'study-notes:state';

/**
 * An object keyed by the student's data (card ids, topic slugs) with no prototype, so that a key
 * such as `constructor` or `__proto__` is only ever the student's own.
 */
function dataRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

function emptyState(): StudyState {
  return { version: 1, reviews: dataRecord(), studied: dataRecord() };
}

/** The saved state, or an empty one (also when storage is blocked or holds something unreadable). */
export function loadState(): StudyState {
  try {
    const text = localStorage.getItem(KEY);
    return text ? parseState(text) : emptyState();
  } catch {
    return emptyState();
  }
}

/**
 * Change the saved state: read it afresh (another tab may have changed it), apply the change,
 * save, and return the result.
 */
export function updateState(change: (state: StudyState) => void): StudyState {
  const state = loadState();
  change(state);
  saveState(state);
  return state;
}

export function saveState(state: StudyState): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(state));
  } catch {
    // Storage full or blocked: the state lasts for this page only.
  }
}

/**
 * Read a state from text (a saved state or an exported file), checking its shape so that a wrong
 * file is refused instead of corrupting the reviews.
 *
 * @example
 *   parseState('{"version":1,"reviews":{},"studied":{}}') // { version: 1, reviews: {}, studied: {} }
 *   parseState('[]') // throws "not a study-notes export"
 */
export function parseState(text: string): StudyState {
  const value: unknown = JSON.parse(text);
  if (!isRecord(value) || value['version'] !== 1 || !isRecord(value['reviews']) || !isRecord(value['studied'])) {
    throw new Error('This file is not a study-notes export.');
  }
  const reviews = dataRecord<Review>();
  for (const [id, review] of Object.entries(value['reviews'])) {
    if (!isReview(review)) throw new Error(`The review of card "${id}" is damaged.`);
    reviews[id] = review;
  }
  const studied = dataRecord<string>();
  for (const [slug, at] of Object.entries(value['studied'])) if (typeof at === 'string') studied[slug] = at;
  const last = value['last'];
  const href = isRecord(last) && typeof last['href'] === 'string' ? sitePath(last['href']) : undefined;
  const resume =
    href && isRecord(last) && typeof last['title'] === 'string' && typeof last['at'] === 'string'
      ? { last: { href, title: last['title'], at: last['at'] } }
      : {};
  return { version: 1, reviews, studied, ...resume };
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
 * Topics marked as studied are joined; the newer "continue" link is kept.
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
  return { state: { version: 1, reviews, studied, ...(last ? { last } : {}) }, added, updated, kept };
}

/** When a review was made, for telling the newer of two (its due time when it has no review time). */
function reviewTime(review: Review): number {
  return Date.parse(review.last_review ?? '') || Date.parse(review.due) || 0;
}

const NUMBERS = ['stability', 'difficulty', 'scheduled_days', 'learning_steps', 'reps', 'lapses', 'state'] as const;

function isReview(value: unknown): value is Review {
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

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Offer a text as a file download, created in the browser (nothing is uploaded). */
export function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
