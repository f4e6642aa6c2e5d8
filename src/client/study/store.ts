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

export function emptyState(): StudyState {
  return { version: 1, reviews: {}, studied: {} };
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
  const reviews: Record<string, Review> = {};
  for (const [id, review] of Object.entries(value['reviews'])) {
    if (!isReview(review)) throw new Error(`The review of card "${id}" is damaged.`);
    reviews[id] = review;
  }
  const studied: Record<string, string> = {};
  for (const [slug, at] of Object.entries(value['studied'])) if (typeof at === 'string') studied[slug] = at;
  const last = value['last'];
  const href = isRecord(last) && typeof last['href'] === 'string' ? sitePath(last['href']) : undefined;
  const resume =
    href && isRecord(last) && typeof last['title'] === 'string' && typeof last['at'] === 'string'
      ? { last: { href, title: last['title'], at: last['at'] } }
      : {};
  return { version: 1, reviews, studied, ...resume };
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
export function sitePath(href: string): string | undefined {
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
