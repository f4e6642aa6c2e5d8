import { describeError, type StudyConnection } from './db-connection.ts';
import { joinPending, noPending, hasChanges, type Pending } from './pending-changes.ts';
import { putIfNewer, putLastIfNewer, type WriteTransaction } from './study-db.ts';

/** How long after a failed write the unsaved changes are tried again, with no other change. */
const RETRY_MS = 30_000;

/** What the store does around each write. */
export interface WriteHooks {
  /** First thing in every write's transaction (moving in what localStorage held, when not yet moved). */
  readonly prepare: (tx: WriteTransaction, now: Date) => Promise<void>;
  /** After a write is saved, with the changes kept in the tab that it saved too. */
  readonly saved: (pending: Pending) => Promise<void>;
  /** A while after a write failed: try again. */
  readonly retry: () => void;
}

/**
 * The tab's writes to the study database, one at a time, each one transaction over every store.
 * A change that cannot be saved is kept here (`pending`, shown and exported meanwhile) and saved
 * first by the next write that can be: the next change, or a retry {@link RETRY_MS} later.
 */
export class WriteQueue {
  /** Changes made in this tab and not saved yet. */
  pending: Pending = noPending();
  /** The changes a write now running is saving (back to `pending` if it fails). */
  inFlight: Pending = noPending();
  private queue: Promise<unknown> = Promise.resolve();
  private retryTimer: ReturnType<typeof setTimeout> | undefined;

  private readonly connection: StudyConnection;
  private readonly hooks: WriteHooks;

  constructor(connection: StudyConnection, hooks: WriteHooks) {
    this.connection = connection;
    this.hooks = hooks;
  }

  /** Run a change after the tab's earlier writes. Resolves to whether it was saved; a failure is the connection's problem. */
  write(work: (tx: WriteTransaction) => Promise<void>): Promise<boolean> {
    const run = this.queue.then(() => this.run(work));
    this.queue = run.catch(() => false);
    return run;
  }

  /** Whether changes of this tab wait to be saved. */
  hasPending(): boolean {
    return hasChanges(this.pending) || hasChanges(this.inFlight);
  }

  /** Everything not saved yet: what a write is saving, then what came since. */
  unsaved(): Pending {
    return joinPending(this.inFlight, this.pending);
  }

  /** Try again later (the store's first move of localStorage waits for the page to be up). */
  retryIn(milliseconds: number): void {
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => this.hooks.retry(), milliseconds);
  }

  stop(): void {
    clearTimeout(this.retryTimer);
  }

  private async run(work: (tx: WriteTransaction) => Promise<void>): Promise<boolean> {
    const db = await this.connection.connect();
    if (!db) return false;
    const pending = this.pending;
    this.inFlight = pending;
    this.pending = noPending();
    let tx: WriteTransaction | undefined;
    try {
      tx = db.transaction(['reviews', 'studied', 'meta', 'aside', 'log'], 'readwrite');
      const done = tx.done;
      done.catch(() => undefined);
      const now = new Date();
      await this.hooks.prepare(tx, now);
      await writePending(tx, pending, now);
      await work(tx);
      await done;
    } catch (error) {
      try {
        tx?.abort();
      } catch {
        // Already finished (the failure was its commit).
      }
      this.connection.problem = { kind: 'write-failed', reason: describeError(error) };
      this.pending = joinPending(pending, this.pending);
      this.inFlight = noPending();
      this.retryIn(RETRY_MS);
      return false;
    }
    // Saved: what was kept in the tab is now in the database.
    this.inFlight = noPending();
    if (this.connection.problem?.kind !== 'newer-version') this.connection.problem = undefined;
    await this.hooks.saved(pending);
    return true;
  }
}

/** Save the changes kept in the tab, in a write's transaction: the newer review of each card wins. */
async function writePending(tx: WriteTransaction, pending: Pending, now: Date): Promise<void> {
  for (const [id, review] of pending.reviews) await putIfNewer(tx, id, review, now);
  for (const entry of pending.log) await tx.objectStore('log').add(entry);
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
}

/** Add reviews to the count since the last export. */
export async function addToCount(tx: WriteTransaction, reviews: number): Promise<void> {
  const meta = tx.objectStore('meta');
  const count: unknown = await meta.get('reviewsSinceExport');
  await meta.put((typeof count === 'number' ? count : 0) + reviews, 'reviewsSinceExport');
}
