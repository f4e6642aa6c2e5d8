import type { ReviewLogEntry } from './review-log.ts';
import type { Review } from './scheduler.ts';
import { reviewTime, type ResumeLink, type StudyState } from './state.ts';

/** Changes made in a tab that are not saved yet, or are being saved. */
export interface Pending {
  readonly reviews: Map<string, Review>;
  /** The reviews made, for the history (oldest first). */
  readonly log: ReviewLogEntry[];
  /** A topic marked (its date) or unmarked (`null`). */
  readonly studied: Map<string, string | null>;
  last: ResumeLink | undefined;
  /** Reviews made, to add to the count since the last export. */
  reviewCount: number;
  /** An export made (its date): the count restarts from it. */
  exportedAt: string | undefined;
  /** Kept-aside entries the student has hidden the notice of. */
  asideSeen: number | undefined;
}

/** No change. */
export function noPending(): Pending {
  return {
    reviews: new Map(),
    log: [],
    studied: new Map(),
    last: undefined,
    reviewCount: 0,
    exportedAt: undefined,
    asideSeen: undefined,
  };
}

/** Record in `saved` the changes a write has just saved (the newer review of each card; the history is the caller's). */
export function applyPending(saved: StudyState, pending: Pending): void {
  for (const [id, review] of pending.reviews) {
    const known = Object.hasOwn(saved.reviews, id) ? saved.reviews[id] : undefined;
    if (!known || reviewTime(review) > reviewTime(known)) saved.reviews[id] = review;
  }
  for (const [slug, at] of pending.studied) {
    if (at === null) delete saved.studied[slug];
    else saved.studied[slug] = at;
  }
}

/** The changes of a failed write, with those made since on top. */
export function joinPending(failed: Pending, since: Pending): Pending {
  return {
    reviews: new Map([...failed.reviews, ...since.reviews]),
    log: [...failed.log, ...since.log],
    studied: new Map([...failed.studied, ...since.studied]),
    last: since.last ?? failed.last,
    reviewCount: since.exportedAt ? since.reviewCount : failed.reviewCount + since.reviewCount,
    exportedAt: since.exportedAt ?? failed.exportedAt,
    asideSeen: since.asideSeen ?? failed.asideSeen,
  };
}

/** Whether there is any change to save. */
export function hasChanges(pending: Pending): boolean {
  return (
    pending.reviews.size > 0 ||
    pending.log.length > 0 ||
    pending.studied.size > 0 ||
    pending.last !== undefined ||
    pending.reviewCount > 0 ||
    pending.exportedAt !== undefined ||
    pending.asideSeen !== undefined
  );
}
