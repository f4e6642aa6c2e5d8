import type { IDBPTransaction } from 'idb';
import { reviewOf, type DeckCard } from './deck.ts';
import type { Review } from './scheduler.ts';
import { applyPending, hasChanges, joinPending, noPending, type Pending } from './pending-changes.ts';
import { LEGACY_KEY, readSavedState, textDigest } from './saved-state.ts';
import {
  dataRecord,
  emptyState,
  isReview,
  mergeStates,
  readResumeLink,
  type ResumeLink,
  type StudyState,
} from './state.ts';
import {
  keepAside,
  movedDigest,
  moveLegacyState,
  DB_VERSION,
  openStudyDb,
  putIfNewer,
  putLastIfNewer,
  type AsideEntry,
  type LegacyText,
  type StudyDatabase,
  type StudySchema,
  type WriteTransaction,
} from './study-db.ts';

/** Why the study data is not being saved, when it is not. */
export type StoreProblem =
  /** A newer version of the site has changed the database's layout: this tab writes nothing to it. */
  | { readonly kind: 'newer-version' }
  /** The browser lets the site store nothing (blocked site data, some private windows). */
  | { readonly kind: 'unavailable'; readonly reason: string }
  /** The last write failed (storage full, or refused); changes since are kept in this tab. */
  | { readonly kind: 'write-failed'; readonly reason: string };

/** How safe the student's study data is right now, for the study page to say. */
export interface StoreStatus {
  readonly problem: StoreProblem | undefined;
  /** Reviews and topic marks made in this tab that are not saved (an export includes them). */
  readonly unsaved: number;
  /** Data that could not be read, kept untouched. */
  readonly aside: readonly AsideEntry[];
  /** How many of those the student has seen and hidden the notice of. */
  readonly asideSeen: number;
  /** When the reviews were last exported to a file from this browser. */
  readonly exportedAt: string | undefined;
  /** Reviews made since that export (or ever, if never exported). */
  readonly reviewsSinceExport: number;
}

/** What importing a file changed, and how to take it back. */
export interface ImportOutcome {
  /** Cards reviewed in the file and never in this browser. */
  readonly added: number;
  /** Cards whose review in the file is newer than this browser's. */
  readonly updated: number;
  /** Cards whose review in this browser is as new or newer, kept as they were. */
  readonly kept: number;
  /** Put back what the import replaced, except what was changed again since. */
  readonly undo: () => Promise<void>;
}

/** What the database says besides the cards: the last export and the count since, the notices hidden. */
interface SavedMeta {
  readonly exportedAt: string | undefined;
  readonly reviewsSinceExport: number;
  readonly asideSeen: number;
}

const CHANNEL = 'study-notes:changes';
/** How long after opening what localStorage held is moved in (the page is shown first). */
const MOVE_AFTER_MS = 1000;
/** How long after a failed write the unsaved changes are tried again, with no other change. */
const RETRY_MS = 30_000;

/**
 * The student's study data: reviews (one record per card), topics marked as studied, and the
 * "continue" link, kept in IndexedDB. Reads come from a copy in memory, refreshed when another tab
 * changes anything; every change is a transaction that re-reads what it changes, so tabs working
 * at once lose nothing. The writes of a tab run one at a time. A change that cannot be saved is kept
 * in this tab (and in exports), and saved with the next write that can be: the next change, a retry
 * after {@link RETRY_MS}, the network or the tab coming back, or the student's "Try again".
 */
export class StudyStore {
  private db: StudyDatabase | undefined;
  private problem: StoreProblem | undefined;
  /** The data as last read from the database (kept as it was when a read fails). */
  private saved: StudyState = emptyState();
  private savedMeta: SavedMeta = { exportedAt: undefined, reviewsSinceExport: 0, asideSeen: 0 };
  private aside: AsideEntry[] = [];
  /** What the page shows: the saved data, what localStorage holds while not moved, unsaved changes. */
  private shown: StudyState = emptyState();
  /** What localStorage holds when it could not be moved in yet: shown, and moved with the next write. */
  private unmoved: LegacyText | undefined;
  private pending: Pending = noPending();
  /** The changes a write now running is saving (moved back to `pending` if it fails). */
  private inFlight: Pending = noPending();
  /** The tab's writes, one after the other. */
  private queue: Promise<unknown> = Promise.resolve();
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly listeners = new Set<() => void>();
  private channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : undefined;
  /** The opening of the database in progress, shared by everything that needs it meanwhile. */
  private opening: Promise<StudyDatabase | undefined> | undefined;
  /** Ends the page's listeners when the store is closed. */
  private readonly listening = new AbortController();

  private constructor() {}

  /** Open the store: the database, with what localStorage held moved in (once). */
  static async open(): Promise<StudyStore> {
    const store = new StudyStore();
    await store.connect();
    await store.findUnmoved();
    await store.load();
    // What localStorage held is shown at once, and moved in once the page is up (a term of reviews
    // takes a second or two), or with the first change made before that.
    if (store.unmoved) store.retryTimer = setTimeout(() => void store.retry(), MOVE_AFTER_MS);
    const signal = store.listening.signal;
    store.channel?.addEventListener('message', () => void store.reload(), { signal });
    addEventListener(
      'storage',
      (event) => {
        if (event.key === LEGACY_KEY) void store.findUnmoved().then(() => store.retry());
      },
      { signal },
    );
    addEventListener('online', () => void store.retry(), { signal });
    document.addEventListener('visibilitychange', () => void store.retry(), { signal });
    return store;
  }

  /** Stop following other tabs and close the database (for a page or test that is done with it). */
  close(): void {
    this.listening.abort();
    this.channel?.close();
    this.channel = undefined;
    clearTimeout(this.retryTimer);
    this.db?.close();
    this.db = undefined;
  }

  /** Call `listener` after every change, made here or in another tab. */
  subscribe(listener: () => void): void {
    this.listeners.add(listener);
  }

  /** The reviews, topics and "continue" link as this tab knows them (unsaved changes included). */
  snapshot(): StudyState {
    return this.shown;
  }

  status(): StoreStatus {
    const pending = joinPending(this.inFlight, this.pending);
    return {
      problem: this.problem,
      unsaved: pending.reviews.size + pending.studied.size,
      aside: this.aside,
      asideSeen: pending.asideSeen ?? this.savedMeta.asideSeen,
      exportedAt: pending.exportedAt ?? this.savedMeta.exportedAt,
      reviewsSinceExport: (pending.exportedAt ? 0 : this.savedMeta.reviewsSinceExport) + pending.reviewCount,
    };
  }

  /**
   * Review a card: its saved review (under its id, or its earlier id) is read in the transaction
   * that writes the new one, so a review made meanwhile in another tab is built on, not lost.
   */
  async review(
    card: Pick<DeckCard, 'id' | 'legacyId'>,
    next: (previous: Review | undefined) => Review,
    last: ResumeLink,
  ): Promise<void> {
    const now = new Date();
    let made: Review | undefined;
    const saved = await this.write(async (tx) => {
      const reviews = tx.objectStore('reviews');
      const stored: unknown = await reviews.get(card.id);
      const earlier: unknown = isReview(stored) ? undefined : await reviews.get(card.legacyId);
      if (stored !== undefined && !isReview(stored)) await keepAside(tx, card.id, stored, now);
      made = next(isReview(stored) ? stored : isReview(earlier) ? earlier : undefined);
      await reviews.put(made, card.id);
      await putLastIfNewer(tx, last);
      await addToCount(tx, 1);
    });
    if (saved && made) {
      this.saved.reviews[card.id] = made;
    } else {
      this.pending.reviews.set(card.id, next(reviewOf(this.shown.reviews, card)));
      this.pending.last = last;
      this.pending.reviewCount += 1;
    }
    this.changed(saved);
  }

  /** Mark a topic as studied, or unmark it. */
  async markStudied(slug: string, studied: boolean): Promise<void> {
    const at = new Date().toISOString();
    const saved = await this.write(async (tx) => {
      if (studied) await tx.objectStore('studied').put(at, slug);
      else await tx.objectStore('studied').delete(slug);
    });
    if (!saved) this.pending.studied.set(slug, studied ? at : null);
    else if (studied) this.saved.studied[slug] = at;
    else delete this.saved.studied[slug];
    this.changed(saved);
  }

  /** Remember the page or deck opened last, for "Continue where you left off". */
  async setLast(last: ResumeLink): Promise<void> {
    const saved = await this.write((tx) => putLastIfNewer(tx, last));
    if (!saved) this.pending.last = last;
    this.changed(saved);
  }

  /** Everything to export: read afresh from the database (another tab may have added reviews). */
  async exportState(): Promise<StudyState> {
    await this.load();
    return this.shown;
  }

  /** Note that the reviews were just exported (the reminder to export counts from here). */
  async exported(): Promise<void> {
    const at = new Date().toISOString();
    const saved = await this.write(async (tx) => {
      await tx.objectStore('meta').put(at, 'exportedAt');
      await tx.objectStore('meta').put(0, 'reviewsSinceExport');
    });
    if (!saved) {
      this.pending.exportedAt = at;
      this.pending.reviewCount = 0;
    }
    this.changed(saved);
  }

  /** Hide the notice of the data kept aside until more is kept aside (the data itself stays). */
  async hideAsideNotice(): Promise<void> {
    const seen = this.aside.length;
    const saved = await this.write(async (tx) => {
      await tx.objectStore('meta').put(seen, 'asideSeen');
    });
    if (!saved) this.pending.asideSeen = seen;
    this.changed(saved);
  }

  /** Try again to save the changes kept in this tab. */
  async retry(): Promise<void> {
    if (!this.hasPending() && !this.unmoved && this.problem?.kind !== 'write-failed') return;
    this.changed(await this.write(async () => undefined));
  }

  /**
   * Merge an imported state, card by card, in one transaction: the newer review of each card wins,
   * so an older file never undoes later reviews. Nothing changes when it cannot be saved.
   */
  async importState(incoming: StudyState): Promise<ImportOutcome> {
    const before = {
      reviews: new Map<string, unknown>(),
      studied: new Map<string, unknown>(),
      last: undefined as unknown,
    };
    const written = {
      reviews: new Map<string, Review>(),
      studied: new Map<string, string>(),
      last: undefined as unknown,
    };
    let counts = { added: 0, updated: 0, kept: 0 };
    const saved = await this.write(async (tx) => {
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
      const { state, added, updated, kept } = mergeStates(current, incoming);
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
    });
    if (!saved) throw new Error(`it could not be saved: ${this.problemReason()}.`);
    await this.load();
    this.changed(true);
    return { ...counts, undo: () => this.undoImport(before, written) };
  }

  /** Put back what an import replaced, where it still holds what the import wrote. */
  private async undoImport(
    before: { reviews: Map<string, unknown>; studied: Map<string, unknown>; last: unknown },
    written: { reviews: Map<string, Review>; studied: Map<string, string>; last: unknown },
  ): Promise<void> {
    const saved = await this.write(async (tx) => {
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
    });
    if (!saved) throw new Error(`it could not be saved: ${this.problemReason()}.`);
    await this.load();
    this.changed(true);
  }

  /** Open the database (again, after the browser closed it), or say why it cannot be. */
  private connect(): Promise<StudyDatabase | undefined> {
    if (this.db) return Promise.resolve(this.db);
    if (this.problem?.kind === 'newer-version') return Promise.resolve(undefined);
    this.opening ??= this.open().finally(() => {
      this.opening = undefined;
    });
    return this.opening;
  }

  private async open(): Promise<StudyDatabase | undefined> {
    try {
      const db = await openStudyDb({
        // Another tab upgrades the database (a newer version of the site) or deletes it: let it.
        blocking: (_current, blockedVersion) => {
          db.close();
          if (this.db === db) this.db = undefined;
          if (blockedVersion !== null && blockedVersion > DB_VERSION) {
            this.problem = { kind: 'newer-version' };
            this.changed(false);
          }
        },
        terminated: () => {
          if (this.db === db) this.db = undefined;
        },
      });
      this.db = db;
      if (this.problem?.kind === 'unavailable') this.problem = undefined;
      return db;
    } catch (error) {
      this.problem =
        error instanceof DOMException && error.name === 'VersionError'
          ? { kind: 'newer-version' }
          : { kind: 'unavailable', reason: describeError(error) };
      return undefined;
    }
  }

  /**
   * Run a change in one transaction over every store, after the tab's earlier writes, saving first
   * what localStorage holds if it is not moved yet, and the changes that could not be saved before.
   * Resolves to whether it was saved; a failure is remembered as the problem to show.
   */
  private write(work: (tx: WriteTransaction) => Promise<void>): Promise<boolean> {
    const run = this.queue.then(() => this.runWrite(work));
    this.queue = run.catch(() => false);
    return run;
  }

  private async runWrite(work: (tx: WriteTransaction) => Promise<void>): Promise<boolean> {
    const db = await this.connect();
    if (!db) return false;
    const pending = this.pending;
    this.inFlight = pending;
    this.pending = noPending();
    const unmoved = this.unmoved;
    const now = new Date();
    let tx: WriteTransaction | undefined;
    try {
      tx = db.transaction(['reviews', 'studied', 'meta', 'aside'], 'readwrite');
      const done = tx.done;
      done.catch(() => undefined);
      if (unmoved) await moveLegacyState(tx, unmoved, now);
      for (const [id, review] of pending.reviews) await putIfNewer(tx, id, review, now);
      for (const [slug, at] of pending.studied) {
        if (at === null) await tx.objectStore('studied').delete(slug);
        else await tx.objectStore('studied').put(at, slug);
      }
      if (pending.last) await putLastIfNewer(tx, pending.last);
      const meta = tx.objectStore('meta');
      if (pending.exportedAt) {
        await meta.put(pending.exportedAt, 'exportedAt');
        await meta.put(pending.reviewCount, 'reviewsSinceExport');
      } else if (pending.reviewCount > 0) await addToCount(tx, pending.reviewCount);
      if (pending.asideSeen !== undefined) await meta.put(pending.asideSeen, 'asideSeen');
      await work(tx);
      await done;
    } catch (error) {
      try {
        tx?.abort();
      } catch {
        // Already finished (the failure was its commit).
      }
      this.problem = { kind: 'write-failed', reason: describeError(error) };
      this.pending = joinPending(pending, this.pending);
      this.inFlight = noPending();
      this.scheduleRetry();
      return false;
    }
    // Saved: what was kept in the tab is now in the database.
    this.inFlight = noPending();
    if (this.unmoved === unmoved) this.unmoved = undefined;
    if (this.problem?.kind !== 'newer-version') this.problem = undefined;
    applyPending(this.saved, pending);
    if (unmoved) await this.readSaved(db, { quiet: true });
    else await this.readMeta(db);
    return true;
  }

  private hasPending(): boolean {
    return hasChanges(this.pending) || hasChanges(this.inFlight);
  }

  private scheduleRetry(): void {
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => void this.retry(), RETRY_MS);
  }

  /**
   * Note what localStorage holds, unless this very text was moved into the database already: it is
   * shown, and moved with the next write.
   */
  private async findUnmoved(): Promise<void> {
    let text: string | null = null;
    try {
      text = localStorage.getItem(LEGACY_KEY);
    } catch {
      return;
    }
    if (text === null) return;
    const digest = textDigest(text);
    const db = await this.connect();
    if (db && (await movedDigest(db).catch(() => undefined)) === digest) return;
    this.unmoved = { text, digest, reading: readSavedState(text) };
    this.compose();
  }

  /** Read everything from the database, then sweep unreadable records aside, then compose. */
  private async load(): Promise<void> {
    const db = await this.connect();
    const unreadable = db ? await this.readSaved(db) : [];
    if (db && unreadable.length > 0) {
      const swept = await this.write(async (tx) => {
        const now = new Date();
        for (const id of unreadable) {
          const found: unknown = await tx.objectStore('reviews').get(id);
          if (found === undefined || isReview(found)) continue;
          await keepAside(tx, id, found, now);
          await tx.objectStore('reviews').delete(id);
        }
      });
      if (swept) await this.readSaved(db, { quiet: true });
    }
    this.compose();
  }

  /** Read the database into `saved`; returns the ids of the review records that cannot be read. */
  private async readSaved(db: StudyDatabase, { quiet = false } = {}): Promise<string[]> {
    try {
      const tx = db.transaction(['reviews', 'studied', 'meta', 'aside'], 'readonly');
      const [ids, reviews, slugs, dates, [last, exportedAt, since, seen, aside]] = await Promise.all([
        tx.objectStore('reviews').getAllKeys(),
        tx.objectStore('reviews').getAll(),
        tx.objectStore('studied').getAllKeys(),
        tx.objectStore('studied').getAll(),
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
      this.saved = state;
      this.savedMeta = readMetaValues(exportedAt, since, seen);
      this.aside = aside;
      if (this.problem?.kind === 'unavailable') this.problem = undefined;
      return unreadable;
    } catch (error) {
      // Keep what was read before; say why nothing more can be (not right after a write that worked).
      if (!this.problem && !quiet) this.problem = { kind: 'unavailable', reason: describeError(error) };
      return [];
    }
  }

  /** Read again what every write may change besides the cards: the count, the dates, the kept data. */
  private async readMeta(db: StudyDatabase): Promise<void> {
    try {
      const tx = db.transaction(['meta', 'aside'], 'readonly');
      const [[last, exportedAt, since, seen, aside]] = await Promise.all([readMetaIn(tx), tx.done]);
      const link = readResumeLink(last);
      if (link) this.saved.last = link;
      this.savedMeta = readMetaValues(exportedAt, since, seen);
      this.aside = aside;
    } catch {
      // The write worked; what is shown stays as it was until the next read.
    }
  }

  /** What the page shows: the saved data, what localStorage holds while not moved, the unsaved changes. */
  private compose(): void {
    const unmoved = this.unmoved?.reading;
    const base = unmoved?.kind === 'state' ? mergeStates(this.saved, unmoved.state).state : this.saved;
    const shown: StudyState = {
      version: 1,
      reviews: Object.assign(dataRecord<Review>(), base.reviews),
      studied: Object.assign(dataRecord<string>(), base.studied),
      ...(base.last ? { last: base.last } : {}),
    };
    for (const pending of [this.inFlight, this.pending]) {
      applyPending(shown, pending);
      if (pending.last) shown.last = pending.last;
    }
    this.shown = shown;
  }

  private async reload(): Promise<void> {
    await this.load();
    this.notify();
  }

  /** Show the change in this tab, and tell the other tabs when something was saved. */
  private changed(saved: boolean): void {
    if (saved) this.channel?.postMessage('changed');
    this.compose();
    this.notify();
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }

  private problemReason(): string {
    const problem = this.problem;
    if (!problem) return 'unknown reason';
    return problem.kind === 'newer-version' ? 'a newer version of this site owns the saved reviews' : problem.reason;
  }
}

/** Read the values of `meta` a page uses, and the kept-aside data, in a transaction over both. */
function readMetaIn(
  tx: IDBPTransaction<StudySchema, ('meta' | 'aside' | 'reviews' | 'studied')[], 'readonly'>,
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

/** Add reviews to the count since the last export. */
async function addToCount(tx: WriteTransaction, reviews: number): Promise<void> {
  const meta = tx.objectStore('meta');
  const count: unknown = await meta.get('reviewsSinceExport');
  await meta.put((typeof count === 'number' ? count : 0) + reviews, 'reviewsSinceExport');
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** A storage error in plain words. */
function describeError(error: unknown): string {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError') return "this browser's storage for the site is full";
  if (name === 'InvalidStateError' || name === 'SecurityError') {
    return 'this browser does not let the site store data here (a private window, or site data blocked)';
  }
  if (name === 'UnknownError') return 'the browser could not write to its storage (the disk may be full)';
  return `the browser refused to store it (${name || String(error)})`;
}
