import { isLogEntry, type ReviewLogEntry } from './review-log.ts';
import { emptyState, isReview, readResumeLink, type StudyState } from './state.ts';
import type { AsideEntry, StoreName, StudyDatabase, StudySchema } from './study-db.ts';
import type { IDBPTransaction } from 'idb';

/** What the database says besides the cards: the last export and the count since, the notices hidden. */
export interface SavedMeta {
  readonly exportedAt: string | undefined;
  readonly reviewsSinceExport: number;
  readonly asideSeen: number;
}

/** Everything the database holds, read in one transaction. */
export interface SavedData {
  readonly state: StudyState;
  readonly meta: SavedMeta;
  readonly aside: AsideEntry[];
  /** The ids of the cards whose review record cannot be read (to be kept aside). */
  readonly unreadable: string[];
}

/**
 * Read the whole database: reviews, topics, the "continue" link, the history (oldest first), the
 * meta values and the kept-aside data. A record that cannot be read is left out (and named, for a
 * review), never the rest.
 */
export async function readSaved(db: StudyDatabase): Promise<SavedData> {
  const tx = db.transaction(['reviews', 'studied', 'meta', 'aside', 'log'], 'readonly');
  const [ids, reviews, slugs, dates, entries, [last, exportedAt, since, seen, aside]] = await Promise.all([
    tx.objectStore('reviews').getAllKeys(),
    tx.objectStore('reviews').getAll(),
    tx.objectStore('studied').getAllKeys(),
    tx.objectStore('studied').getAll(),
    tx.objectStore('log').getAll(),
    readMetaIn(tx),
    tx.done,
  ]);
  const state = emptyState();
  const unreadable: string[] = [];
  ids.forEach((id, index) => {
    const review = reviews[index];
    if (isReview(review)) state.reviews[id] = review;
    else unreadable.push(id);
  });
  slugs.forEach((slug, index) => {
    const at = dates[index];
    if (typeof at === 'string') state.studied[slug] = at;
  });
  const link = readResumeLink(last);
  if (link) state.last = link;
  state.log = entries.filter(isLogEntry).sort(byTime);
  return { state, meta: readMetaValues(exportedAt, since, seen), aside, unreadable };
}

/** Read again what every write may change besides the cards: the "continue" link, the meta values, the kept data. */
export async function readMeta(
  db: StudyDatabase,
): Promise<{ last: StudyState['last']; meta: SavedMeta; aside: AsideEntry[] }> {
  const tx = db.transaction(['meta', 'aside'], 'readonly');
  const [[last, exportedAt, since, seen, aside]] = await Promise.all([readMetaIn(tx), tx.done]);
  return { last: readResumeLink(last), meta: readMetaValues(exportedAt, since, seen), aside };
}

/** Read the values of `meta` a page uses, and the kept-aside data, in a transaction over both. */
function readMetaIn(
  tx: IDBPTransaction<StudySchema, StoreName[], 'readonly'>,
): Promise<[unknown, unknown, unknown, unknown, AsideEntry[]]> {
  const meta = tx.objectStore('meta');
  return Promise.all([
    meta.get('last'),
    meta.get('exportedAt'),
    meta.get('reviewsSinceExport'),
    meta.get('asideSeen'),
    tx.objectStore('aside').getAll(),
  ]);
}

/** The meta values as stored, checked. */
function readMetaValues(exportedAt: unknown, since: unknown, seen: unknown): SavedMeta {
  return {
    exportedAt: typeof exportedAt === 'string' ? exportedAt : undefined,
    reviewsSinceExport: typeof since === 'number' ? since : 0,
    asideSeen: typeof seen === 'number' ? seen : 0,
  };
}

function byTime(a: ReviewLogEntry, b: ReviewLogEntry): number {
  return Date.parse(a.at) - Date.parse(b.at);
}
