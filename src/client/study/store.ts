import { describeError, StudyConnection, type StoreProblem } from './db-connection.ts';
import { reviewOf, type DeckCard } from './deck.ts';
import { importState, undoImport, type ImportCounts } from './import-undo.ts';
import { applyPending, type Pending } from './pending-changes.ts';
import { logEntry, logKey } from './review-log.ts';
import { readMeta, readSaved, type SavedMeta } from './saved-reader.ts';
import { LEGACY_KEY, readSavedState, textDigest } from './saved-state.ts';
import { fromSchedule, grade as gradeCard, type GradeValue, type Review } from './scheduler.ts';
import { dataRecord, emptyState, isReview, mergeStates, type ResumeLink, type StudyState } from './state.ts';
import {
  keepAside,
  movedDigest,
  moveLegacyState,
  putLastIfNewer,
  type AsideEntry,
  type LegacyText,
  type StudyDatabase,
} from './study-db.ts';
import { addToCount, WriteQueue } from './write-queue.ts';

export type { StoreProblem } from './db-connection.ts';

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
export interface ImportOutcome extends ImportCounts {
  /** Put back what the import replaced, except what was changed again since. */
  readonly undo: () => Promise<void>;
}

const CHANNEL = 'study-notes:changes';
/** How long after opening what localStorage held is moved in (the page is shown first). */
const MOVE_AFTER_MS = 1000;

/**
 * The student's study data: reviews (one record per card), the history of every review, topics
 * marked as studied, and the "continue" link, kept in IndexedDB. Reads come from a copy in memory,
 * refreshed when another tab changes anything; every change is a transaction that re-reads what it
 * changes, so tabs working at once lose nothing. A facade over the database connection
 * (db-connection.ts), the queue of writes with its retries (write-queue.ts), the reading of the
 * database (saved-reader.ts) and import with undo (import-undo.ts). A change that cannot be saved is
 * kept in this tab (and in exports), and saved with the next write that can be: the next change, a
 * retry, the network or the tab coming back, or the student's "Try again".
 */
export class StudyStore {
  private readonly connection = new StudyConnection(() => this.changed(false));
  private readonly writes = new WriteQueue(this.connection, {
    prepare: async (tx, now) => {
      this.moving = this.unmoved;
      if (this.moving) await moveLegacyState(tx, this.moving, now);
    },
    saved: (pending) => this.afterWrite(pending),
    retry: () => void this.retry(),
  });
  /** The data as last read from the database (kept as it was when a read fails). */
  private saved: StudyState = emptyState();
  private savedMeta: SavedMeta = { exportedAt: undefined, reviewsSinceExport: 0, asideSeen: 0 };
  private aside: AsideEntry[] = [];
  /** What the page shows: the saved data, what localStorage holds while not moved, unsaved changes. */
  private shown: StudyState = emptyState();
  /** What localStorage holds when it could not be moved in yet: shown, and moved with the next write. */
  private unmoved: LegacyText | undefined;
  /** What localStorage held as the write now running moves it. */
  private moving: LegacyText | undefined;
  private readonly listeners = new Set<() => void>();
  private channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : undefined;
  /** Ends the page's listeners when the store is closed. */
  private readonly listening = new AbortController();

  private constructor() {}

  /** Open the store: the database, with what localStorage held moved in (once). */
  static async open(): Promise<StudyStore> {
    const store = new StudyStore();
    await store.connection.connect();
    await store.findUnmoved();
    await store.load();
    // What localStorage held is shown at once, and moved in once the page is up (a term of reviews
    // takes a second or two), or with the first change made before that.
    if (store.unmoved) store.writes.retryIn(MOVE_AFTER_MS);
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
    this.writes.stop();
    this.connection.close();
  }

  /** Call `listener` after every change, made here or in another tab. */
  subscribe(listener: () => void): void {
    this.listeners.add(listener);
  }

  /** The reviews, history, topics and "continue" link as this tab knows them (unsaved changes included). */
  snapshot(): StudyState {
    return this.shown;
  }

  status(): StoreStatus {
    const pending = this.writes.unsaved();
    return {
      problem: this.connection.problem,
      unsaved: pending.reviews.size + pending.studied.size,
      aside: this.aside,
      asideSeen: pending.asideSeen ?? this.savedMeta.asideSeen,
      exportedAt: pending.exportedAt ?? this.savedMeta.exportedAt,
      reviewsSinceExport: (pending.exportedAt ? 0 : this.savedMeta.reviewsSinceExport) + pending.reviewCount,
    };
  }

  /**
   * Grade a card (FSRS): its saved review (under its id, or an id it had before) is read in
   * the transaction that writes the new one and its entry in the history, so a review made
   * meanwhile in another tab is built on, not lost.
   */
  async review(
    card: Pick<DeckCard, 'id' | 'previousIds' | 'schedule'>,
    grade: GradeValue,
    last: ResumeLink,
    now = new Date(),
  ): Promise<void> {
    // Never reviewed here: the card starts from what the Spaced Repetition plugin saved, if anything.
    const start = (saved: Review | undefined): Review | undefined =>
      saved ?? (card.schedule ? fromSchedule(card.schedule) : undefined);
    let made: { review: Review; previous: Review | undefined } | undefined;
    const saved = await this.writes.write(async (tx) => {
      const reviews = tx.objectStore('reviews');
      const stored: unknown = await reviews.get(card.id);
      let earlier: unknown;
      for (const id of isReview(stored) ? [] : card.previousIds) {
        earlier = await reviews.get(id);
        if (isReview(earlier)) break;
      }
      if (stored !== undefined && !isReview(stored)) await keepAside(tx, card.id, stored, now);
      const previous = start(isReview(stored) ? stored : isReview(earlier) ? earlier : undefined);
      const review = gradeCard(previous, grade, now);
      made = { review, previous };
      await reviews.put(review, card.id);
      await tx.objectStore('log').add(logEntry(card.id, previous, review, grade, now));
      await putLastIfNewer(tx, last);
      await addToCount(tx, 1);
    });
    if (saved && made) {
      this.saved.reviews[card.id] = made.review;
      const entry = logEntry(card.id, made.previous, made.review, grade, now);
      // Already there when the write also moved what localStorage held (the database was read again).
      const newest = this.saved.log.at(-1);
      if (!newest || logKey(newest) !== logKey(entry)) this.saved.log.push(entry);
    } else {
      const previous = start(reviewOf(this.shown.reviews, card));
      const review = gradeCard(previous, grade, now);
      const pending = this.writes.pending;
      pending.reviews.set(card.id, review);
      pending.log.push(logEntry(card.id, previous, review, grade, now));
      pending.last = last;
      pending.reviewCount += 1;
    }
    this.changed(saved);
  }

  /** Mark a topic as studied, or unmark it. */
  async markStudied(slug: string, studied: boolean): Promise<void> {
    const at = new Date().toISOString();
    const saved = await this.writes.write(async (tx) => {
      if (studied) await tx.objectStore('studied').put(at, slug);
      else await tx.objectStore('studied').delete(slug);
    });
    if (!saved) this.writes.pending.studied.set(slug, studied ? at : null);
    else if (studied) this.saved.studied[slug] = at;
    else delete this.saved.studied[slug];
    this.changed(saved);
  }

  /** Remember the page or deck opened last, for "Continue where you left off". */
  async setLast(last: ResumeLink): Promise<void> {
    const saved = await this.writes.write((tx) => putLastIfNewer(tx, last));
    if (!saved) this.writes.pending.last = last;
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
    const saved = await this.writes.write(async (tx) => {
      await tx.objectStore('meta').put(at, 'exportedAt');
      await tx.objectStore('meta').put(0, 'reviewsSinceExport');
    });
    if (!saved) {
      this.writes.pending.exportedAt = at;
      this.writes.pending.reviewCount = 0;
    }
    this.changed(saved);
  }

  /** Hide the notice of the data kept aside until more is kept aside (the data itself stays). */
  async hideAsideNotice(): Promise<void> {
    const seen = this.aside.length;
    const saved = await this.writes.write(async (tx) => {
      await tx.objectStore('meta').put(seen, 'asideSeen');
    });
    if (!saved) this.writes.pending.asideSeen = seen;
    this.changed(saved);
  }

  /** Try again to save the changes kept in this tab. */
  async retry(): Promise<void> {
    if (!this.writes.hasPending() && !this.unmoved && this.connection.problem?.kind !== 'write-failed') return;
    this.changed(await this.writes.write(async () => undefined));
  }

  /**
   * Merge an imported state, card by card, in one transaction (import-undo.ts): the newer review of
   * each card wins, the histories are joined. Nothing changes when it cannot be saved.
   */
  async importState(incoming: StudyState): Promise<ImportOutcome> {
    const imported = await importState((work) => this.writes.write(work), incoming);
    if (!imported) throw new Error(`it could not be saved: ${this.problemReason()}.`);
    await this.load();
    this.changed(true);
    return {
      ...imported.counts,
      undo: async () => {
        if (!(await undoImport((work) => this.writes.write(work), imported.record)))
          throw new Error(`it could not be saved: ${this.problemReason()}.`);
        await this.load();
        this.changed(true);
      },
    };
  }

  /** After a write is saved: the changes it saved are known as saved; what it may have changed is read again. */
  private async afterWrite(pending: Pending): Promise<void> {
    const moved = this.moving;
    this.moving = undefined;
    if (moved && this.unmoved === moved) this.unmoved = undefined;
    applyPending(this.saved, pending);
    this.saved.log.push(...pending.log);
    const db = await this.connection.connect();
    if (!db) return;
    // What localStorage held, moved in: the database as it is now.
    if (moved) await this.readAll(db, { quiet: true });
    else {
      try {
        const { last, meta, aside } = await readMeta(db);
        if (last) this.saved.last = last;
        this.savedMeta = meta;
        this.aside = aside;
      } catch {
        // The write worked; what is shown stays as it was until the next read.
      }
    }
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
    const db = await this.connection.connect();
    if (db && (await movedDigest(db).catch(() => undefined)) === digest) return;
    this.unmoved = { text, digest, reading: readSavedState(text) };
    this.compose();
  }

  /** Read everything from the database, then sweep unreadable records aside, then compose. */
  private async load(): Promise<void> {
    const db = await this.connection.connect();
    const unreadable = db ? await this.readAll(db) : [];
    if (db && unreadable.length > 0) {
      const swept = await this.writes.write(async (tx) => {
        const now = new Date();
        for (const id of unreadable) {
          const found: unknown = await tx.objectStore('reviews').get(id);
          if (found === undefined || isReview(found)) continue;
          await keepAside(tx, id, found, now);
          await tx.objectStore('reviews').delete(id);
        }
      });
      if (swept) await this.readAll(db, { quiet: true });
    }
    this.compose();
  }

  /** Read the database into `saved`; returns the ids of the review records that cannot be read. */
  private async readAll(db: StudyDatabase, { quiet = false } = {}): Promise<string[]> {
    try {
      const data = await readSaved(db);
      this.saved = data.state;
      this.savedMeta = data.meta;
      this.aside = data.aside;
      if (this.connection.problem?.kind === 'unavailable') this.connection.problem = undefined;
      return data.unreadable;
    } catch (error) {
      // Keep what was read before; say why nothing more can be (not right after a write that worked).
      if (!this.connection.problem && !quiet) {
        this.connection.problem = { kind: 'unavailable', reason: describeError(error) };
      }
      return [];
    }
  }

  /** What the page shows: the saved data, what localStorage holds while not moved, the unsaved changes. */
  private compose(): void {
    const unmoved = this.unmoved?.reading;
    const base = unmoved?.kind === 'state' ? mergeStates(this.saved, unmoved.state).state : this.saved;
    const { inFlight, pending } = this.writes;
    const shown: StudyState = {
      version: 1,
      reviews: Object.assign(dataRecord<Review>(), base.reviews),
      studied: Object.assign(dataRecord<string>(), base.studied),
      ...(base.last ? { last: base.last } : {}),
      log: inFlight.log.length + pending.log.length > 0 ? [...base.log, ...inFlight.log, ...pending.log] : base.log,
    };
    for (const changes of [inFlight, pending]) {
      applyPending(shown, changes);
      if (changes.last) shown.last = changes.last;
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
    const problem = this.connection.problem;
    if (!problem) return 'unknown reason';
    return problem.kind === 'newer-version' ? 'a newer version of this site owns the saved reviews' : problem.reason;
  }
}
