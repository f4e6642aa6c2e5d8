import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type OpenDBCallbacks } from 'idb';
import type { Review } from './scheduler.ts';
import type { SavedReading } from './saved-state.ts';
import { isReview, readResumeLink, reviewTime, type ResumeLink } from './state.ts';

/** The database of the study tools, in this browser (IndexedDB). */
export const DB_NAME = 'study-notes';

/** The version of the database's layout this site reads and writes. */
export const DB_VERSION = 2;

/** Study data that could not be read, kept exactly as found so that it can be downloaded. */
export interface AsideEntry {
  /** Where it was: the old single-text state in localStorage, or one card's record. */
  readonly source: 'localStorage' | 'review';
  /** The card id, for a card's record. */
  readonly key?: string;
  /** Why it was put aside, in the student's words ("saved by a newer version of the site (format 2)"). */
  readonly reason: string;
  /** The text or value as found. */
  readonly found: unknown;
  readonly keptAt: string;
}

/**
 * The stores. Records are stored as found and checked when read (`unknown`): one damaged record
 * costs one card, never the rest.
 * - `reviews`: a card's review (`Review`) by card id.
 * - `studied`: when a topic was marked as studied (ISO date) by its slug.
 * - `meta`: `last` (the "continue" link), `exportedAt`, `reviewsSinceExport`, `asideSeen` (how many
 *   kept-aside entries the student has seen and hidden the notice of), and `legacyDigest` (the
 *   digest of the localStorage text already moved in, so that it is moved once).
 * - `aside`: what could not be read, untouched.
 * - `log` (from version 2): every review made (`ReviewLogEntry`), for the statistics.
 */
export interface StudySchema extends DBSchema {
  reviews: { key: string; value: unknown };
  studied: { key: string; value: unknown };
  meta: { key: string; value: unknown };
  aside: { key: number; value: AsideEntry };
  log: { key: number; value: unknown };
}

export type StudyDatabase = IDBPDatabase<StudySchema>;
export type StoreName = 'reviews' | 'studied' | 'meta' | 'aside' | 'log';
export type WriteTransaction = IDBPTransaction<StudySchema, StoreName[], 'readwrite'>;

/**
 * The explicit steps from each earlier layout to the next: step `n` upgrades a database of
 * version `n` to `n + 1`. A future layout adds a step; the steps already here never change.
 */
const UPGRADES: readonly ((db: IDBPDatabase<StudySchema>) => void)[] = [
  (db) => {
    db.createObjectStore('reviews');
    db.createObjectStore('studied');
    db.createObjectStore('meta');
    db.createObjectStore('aside', { autoIncrement: true });
  },
  (db) => {
    db.createObjectStore('log', { autoIncrement: true });
  },
];

/**
 * Open the database, upgrading an older one step by step. Rejects with a `VersionError` when a
 * newer version of the site has upgraded it past `DB_VERSION`: this version then writes nothing.
 */
export function openStudyDb(
  callbacks: Pick<OpenDBCallbacks<StudySchema>, 'blocking' | 'terminated'> = {},
): Promise<StudyDatabase> {
  return openDB<StudySchema>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion) {
      for (let version = oldVersion; version < DB_VERSION; version += 1) {
        const step = UPGRADES[version];
        if (!step) throw new Error(`No upgrade step from version ${version} of the study database.`);
        step(db);
      }
    },
    ...callbacks,
  });
}

/** What localStorage held, read, with the digest that tells whether it was moved already. */
export interface LegacyText {
  readonly text: string;
  readonly digest: string;
  readonly reading: SavedReading;
}

/** The digest of the localStorage text moved last, when any was. */
export async function movedDigest(db: StudyDatabase): Promise<unknown> {
  return db.get('meta', 'legacyDigest');
}

/**
 * Move a state that localStorage held (format 1) into the database, within a transaction over every
 * store: each review is written unless the database has a newer review of that card; topics marked
 * as studied are joined; the newer "continue" link wins. What cannot be read (a newer format, a
 * damaged text, a damaged entry) is kept aside as the whole text, untouched. A text moved once (by
 * its digest) is not moved again; a text changed since (a tab of an older version kept saving
 * there) is merged again, which loses nothing because the newer review of each card wins.
 */
export async function moveLegacyState(tx: WriteTransaction, legacy: LegacyText, now: Date): Promise<void> {
  const meta = tx.objectStore('meta');
  if ((await meta.get('legacyDigest')) === legacy.digest) return;
  const reading = legacy.reading;
  if (reading.kind === 'state') {
    // One read of what is stored, then every write at once: a term of reviews moves in one go.
    const reviews = tx.objectStore('reviews');
    const [ids, values] = await Promise.all([reviews.getAllKeys(), reviews.getAll()]);
    const stored = new Map<string, unknown>(ids.map((id, index) => [id, values[index]]));
    await Promise.all(
      Object.entries(reading.state.reviews).map(([id, review]) => replaceIfOlder(tx, id, review, stored.get(id), now)),
    );
    const studied = tx.objectStore('studied');
    for (const [slug, at] of Object.entries(reading.state.studied)) {
      const stored = await studied.get(slug);
      if (typeof stored !== 'string' || stored < at) await studied.put(at, slug);
    }
    const last = reading.state.last;
    if (last) await putLastIfNewer(tx, last);
  }
  if (reading.kind !== 'state' || reading.damaged.length > 0) {
    await tx.objectStore('aside').add({
      source: 'localStorage',
      reason: asideReason(reading),
      found: legacy.text,
      keptAt: now.toISOString(),
    });
  }
  await meta.put(legacy.digest, 'legacyDigest');
}

/**
 * Write a card's review unless the database has a newer one. A stored record that cannot be read
 * is kept aside first, never overwritten.
 */
export async function putIfNewer(tx: WriteTransaction, id: string, review: Review, now: Date): Promise<void> {
  await replaceIfOlder(tx, id, review, await tx.objectStore('reviews').get(id), now);
}

/** Write a card's review over `found` (what its record holds) unless `found` is a newer review. */
async function replaceIfOlder(
  tx: WriteTransaction,
  id: string,
  review: Review,
  found: unknown,
  now: Date,
): Promise<void> {
  if (isReview(found) && reviewTime(review) <= reviewTime(found)) return;
  if (found !== undefined && !isReview(found)) await keepAside(tx, id, found, now);
  await tx.objectStore('reviews').put(review, id);
}

/** Keep a card's unreadable record aside, as found. */
export async function keepAside(tx: WriteTransaction, key: string, found: unknown, now: Date): Promise<void> {
  await tx.objectStore('aside').add({
    source: 'review',
    key,
    reason: 'the saved review of this card could not be read',
    found,
    keptAt: now.toISOString(),
  });
}

/** Keep the newer "continue" link. */
export async function putLastIfNewer(tx: WriteTransaction, last: ResumeLink): Promise<void> {
  const meta = tx.objectStore('meta');
  const stored = readResumeLink(await meta.get('last'));
  if (!stored || Date.parse(stored.at) <= Date.parse(last.at)) await meta.put(last, 'last');
}

/** Why a saved text was kept aside, in plain words. */
function asideReason(reading: SavedReading): string {
  switch (reading.kind) {
    case 'newer':
      return `it was saved by a newer version of this site (format ${reading.version})`;
    case 'unreadable':
      return reading.reason;
    case 'state': {
      const cards = reading.damaged.filter((entry) => entry.field === 'reviews').length;
      const topics = reading.damaged.length - cards;
      const parts = [cards > 0 ? plural(cards, 'card review') : '', topics > 0 ? plural(topics, 'topic date') : ''];
      return `${parts.filter(Boolean).join(' and ')} in it could not be read (the rest was moved)`;
    }
  }
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
