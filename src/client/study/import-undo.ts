import { isLogEntry, logKey } from './review-log.ts';
import type { Review } from './scheduler.ts';
import { emptyState, isReview, mergeStates, readResumeLink, type StudyState } from './state.ts';
import { keepAside, type WriteTransaction } from './study-db.ts';

/** A write of the store's queue: resolves to whether it was saved. */
type Write = (work: (tx: WriteTransaction) => Promise<void>) => Promise<boolean>;

/** What an import counted. */
export interface ImportCounts {
  /** Cards reviewed in the file and never in this browser. */
  readonly added: number;
  /** Cards whose review in the file is newer than this browser's. */
  readonly updated: number;
  /** Cards whose review in this browser is as new or newer, kept as they were. */
  readonly kept: number;
}

/** What an import replaced and what it wrote, so that it can be undone. */
export interface ImportRecord {
  readonly before: { reviews: Map<string, unknown>; studied: Map<string, unknown>; last: unknown };
  readonly written: { reviews: Map<string, Review>; studied: Map<string, string>; last: unknown; log: number[] };
}

/**
 * Merge an imported state into the database, card by card, in one transaction: the newer review of
 * each card wins, so an older file never undoes later reviews; topics and histories are joined (a
 * review already in the history is not added twice). Resolves to `undefined` when it could not be
 * saved (nothing changed then).
 */
export async function importState(
  write: Write,
  incoming: StudyState,
): Promise<{ counts: ImportCounts; record: ImportRecord } | undefined> {
  const record: ImportRecord = {
    before: { reviews: new Map(), studied: new Map(), last: undefined },
    written: { reviews: new Map(), studied: new Map(), last: undefined, log: [] },
  };
  let counts: ImportCounts = { added: 0, updated: 0, kept: 0 };
  const saved = await write(async (tx) => {
    const { before, written } = record;
    const now = new Date();
    const current = emptyState();
    const reviews = tx.objectStore('reviews');
    for (const id of Object.keys(incoming.reviews)) {
      const stored: unknown = await reviews.get(id);
      before.reviews.set(id, stored);
      if (isReview(stored)) current.reviews[id] = stored;
    }
    const studied = tx.objectStore('studied');
    for (const slug of Object.keys(incoming.studied)) {
      const stored: unknown = await studied.get(slug);
      before.studied.set(slug, stored);
      if (typeof stored === 'string') current.studied[slug] = stored;
    }
    const meta = tx.objectStore('meta');
    before.last = await meta.get('last');
    const storedLast = readResumeLink(before.last);
    if (storedLast) current.last = storedLast;
    const { state, added, updated, kept } = mergeStates(current, { ...incoming, log: [] });
    counts = { added, updated, kept };
    for (const [id, review] of Object.entries(state.reviews)) {
      if (current.reviews[id] === review) continue;
      const found = before.reviews.get(id);
      if (found !== undefined && !isReview(found)) await keepAside(tx, id, found, now);
      await reviews.put(review, id);
      written.reviews.set(id, review);
    }
    for (const [slug, at] of Object.entries(state.studied)) {
      if (current.studied[slug] === at) continue;
      await studied.put(at, slug);
      written.studied.set(slug, at);
    }
    if (state.last && state.last !== current.last) {
      await meta.put(state.last, 'last');
      written.last = state.last;
    }
    const log = tx.objectStore('log');
    const known = new Set((await log.getAll()).filter(isLogEntry).map(logKey));
    for (const entry of incoming.log) {
      if (known.has(logKey(entry))) continue;
      known.add(logKey(entry));
      written.log.push(await log.add(entry));
    }
  });
  return saved ? { counts, record } : undefined;
}

/** Put back what an import replaced, where it still holds what the import wrote. Resolves to whether it was saved. */
export function undoImport(write: Write, { before, written }: ImportRecord): Promise<boolean> {
  return write(async (tx) => {
    const stores = { reviews: tx.objectStore('reviews'), studied: tx.objectStore('studied') } as const;
    for (const [name, entries] of [
      ['reviews', written.reviews],
      ['studied', written.studied],
    ] as const) {
      for (const [key, value] of entries) {
        if (!sameValue(await stores[name].get(key), value)) continue;
        const previous = before[name].get(key);
        if (previous === undefined) await stores[name].delete(key);
        else await stores[name].put(previous, key);
      }
    }
    const meta = tx.objectStore('meta');
    if (written.last !== undefined && sameValue(await meta.get('last'), written.last)) {
      if (before.last === undefined) await meta.delete('last');
      else await meta.put(before.last, 'last');
    }
    for (const key of written.log) await tx.objectStore('log').delete(key);
  });
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
