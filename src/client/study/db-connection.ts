import { DB_VERSION, openStudyDb, type StudyDatabase } from './study-db.ts';

/** Why the study data is not being saved, when it is not. */
export type StoreProblem =
  /** A newer version of the site has changed the database's layout: this tab writes nothing to it. */
  | { readonly kind: 'newer-version' }
  /** The browser lets the site store nothing (blocked site data, some private windows). */
  | { readonly kind: 'unavailable'; readonly reason: string }
  /** The last write failed (storage full, or refused); changes since are kept in this tab. */
  | { readonly kind: 'write-failed'; readonly reason: string };

/**
 * The tab's connection to the study database: opened when first needed and again after the browser
 * closed it, let go when another tab upgrades the database (a newer version of the site, which this
 * tab then never writes to), and the problem that keeps the data from being saved, if any.
 */
export class StudyConnection {
  private db: StudyDatabase | undefined;
  /** What keeps the data from being saved now, if anything (the store and its writes set it too). */
  problem: StoreProblem | undefined;
  /** The opening in progress, shared by everything that needs the database meanwhile. */
  private opening: Promise<StudyDatabase | undefined> | undefined;

  /** Told when a newer version of the site takes the database over from this tab. */
  private readonly newerVersion: () => void;

  constructor(newerVersion: () => void) {
    this.newerVersion = newerVersion;
  }

  /** The open database (opened now if it is not), or `undefined` when it cannot be (see `problem`). */
  connect(): Promise<StudyDatabase | undefined> {
    if (this.db) return Promise.resolve(this.db);
    if (this.problem?.kind === 'newer-version') return Promise.resolve(undefined);
    this.opening ??= this.open().finally(() => {
      this.opening = undefined;
    });
    return this.opening;
  }

  close(): void {
    this.db?.close();
    this.db = undefined;
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
            this.newerVersion();
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
}

/** A storage error in plain words. */
export function describeError(error: unknown): string {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError') return "this browser's storage for the site is full";
  if (name === 'InvalidStateError' || name === 'SecurityError') {
    return 'this browser does not let the site store data here (a private window, or site data blocked)';
  }
  if (name === 'UnknownError') return 'the browser could not write to its storage (the disk may be full)';
  return `the browser refused to store it (${name || String(error)})`;
}
