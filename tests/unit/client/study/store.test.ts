import 'fake-indexeddb/auto';
import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { grade } from '../../../../src/client/study/scheduler.ts';
import { LEGACY_KEY } from '../../../../src/client/study/saved-state.ts';
import { parseState } from '../../../../src/client/study/state.ts';
import { DB_NAME, DB_VERSION } from '../../../../src/client/study/study-db.ts';
import { StudyStore } from '../../../../src/client/study/store.ts';
import { EXPORTS, LOCAL_STORAGE_TEXT } from '../../../support/study-exports.ts';

/** A browser profile: its own IndexedDB and localStorage (the tabs of a test share them). */
function profile(saved?: string): Map<string, string> {
  const storage = new Map<string, string>(saved === undefined ? [] : [[LEGACY_KEY, saved]]);
  vi.stubGlobal('indexedDB', new IDBFactory());
  vi.stubGlobal('localStorage', {
    getItem: (key: string) => storage.get(key) ?? null,
    setItem: (key: string, value: string) => storage.set(key, value),
  });
  return storage;
}

const open: StudyStore[] = [];
async function tab(): Promise<StudyStore> {
  const store = await StudyStore.open();
  open.push(store);
  await store.retry(); // what localStorage held is moved in behind the opening: now
  return store;
}

/** Every record of a store of the database, by key. */
async function records(store: 'reviews' | 'studied' | 'meta' | 'aside' | 'log'): Promise<Record<string, unknown>> {
  const db = await openDB(DB_NAME);
  const keys = await db.getAllKeys(store);
  const values = await db.getAll(store);
  db.close();
  return Object.fromEntries(keys.map((key, index) => [String(key), values[index]]));
}

const card = (id: string) => ({ id, previousIds: [`legacy-${id}`] });
const at = (iso: string) => ({ href: '/study/', title: 'Study', at: iso });

beforeEach(() => {
  vi.stubGlobal('location', new URL('http://127.0.0.1:4321/study/'));
  vi.stubGlobal('addEventListener', () => undefined);
  vi.stubGlobal('document', { addEventListener: () => undefined });
});
afterEach(() => {
  for (const store of open.splice(0)) store.close();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('moving what localStorage held into IndexedDB', () => {
  test.each(EXPORTS)('a state like $name moves with every review, topic and link intact', async ({ text }) => {
    const storage = profile(JSON.stringify(JSON.parse(text)));
    const file = parseState(text);
    const store = await tab();
    expect(await records('reviews')).toEqual({ ...file.reviews });
    expect(await records('studied')).toEqual({ ...file.studied });
    expect((await records('meta'))['last']).toEqual(file.last);
    expect({ ...store.snapshot().reviews }).toEqual({ ...file.reviews });
    expect(store.status()).toMatchObject({ problem: undefined, aside: [], unsaved: 0 });
    expect(storage.get(LEGACY_KEY)).toBe(JSON.stringify(JSON.parse(text)));
  });

  test('what localStorage held is shown as soon as the store opens, before it is moved in', async () => {
    profile(LOCAL_STORAGE_TEXT);
    const store = await StudyStore.open();
    open.push(store);
    const file = parseState(LOCAL_STORAGE_TEXT);
    expect({ ...store.snapshot().reviews }).toEqual({ ...file.reviews });
    expect(await records('reviews')).toEqual({});
    await vi.waitFor(async () => expect(await records('reviews')).toEqual({ ...file.reviews }), { timeout: 3000 });
    expect({ ...store.snapshot().reviews }).toEqual({ ...file.reviews });
  });

  test('the text localStorage held moves once: opening again does not move it again', async () => {
    profile(LOCAL_STORAGE_TEXT);
    (await tab()).close();
    const [first, ...rest] = Object.keys(await records('reviews'));
    // A review deleted since (as an undone import would) is not brought back by the next visit.
    const db = await openDB(DB_NAME, DB_VERSION);
    await db.delete('reviews', first ?? '');
    db.close();
    const later = await tab();
    expect(Object.keys(await records('reviews'))).toEqual(rest);
    expect(Object.keys(later.snapshot().reviews)).toEqual(rest);
    expect(Object.values(await records('meta'))).not.toContain(LOCAL_STORAGE_TEXT);
  });

  test('a tab of the older site that keeps saving to localStorage afterwards loses nothing', async () => {
    const storage = profile(LOCAL_STORAGE_TEXT);
    const store = await tab();
    const [id] = Object.keys(store.snapshot().reviews);
    const newer = new Date('2027-01-10T10:00:00Z');
    // This version grades card `id` later than the older tab does, and the older tab grades a new card.
    await store.review(card(id ?? ''), 4, at(newer.toISOString()), newer);
    const old = JSON.parse(LOCAL_STORAGE_TEXT) as { reviews: Record<string, unknown> };
    old.reviews['card-graded-in-the-old-tab'] = grade(undefined, 3, new Date('2027-01-05T10:00:00Z'));
    old.reviews[id ?? ''] = grade(undefined, 1, new Date('2027-01-05T10:00:00Z'));
    storage.set(LEGACY_KEY, JSON.stringify(old));
    store.close();
    const next = await tab();
    const reviews = next.snapshot().reviews;
    expect(reviews['card-graded-in-the-old-tab']).toEqual(old.reviews['card-graded-in-the-old-tab']);
    expect(reviews[id ?? '']?.last_review).toBe(newer.toISOString());
  });

  test('a state of an unknown version is kept aside untouched, and a grade saves nothing over it', async () => {
    const future = '{"version":2,"cards":{"iam-1":{"due":"2027-03-01"}},"note":"from a newer site"}';
    const storage = profile(future);
    const store = await tab();
    expect(store.status().aside).toMatchObject([
      { source: 'localStorage', found: future, reason: 'it was saved by a newer version of this site (format 2)' },
    ]);
    await store.review(card('a'), 3, at(new Date().toISOString()));
    expect(storage.get(LEGACY_KEY)).toBe(future);
    expect(Object.keys(await records('reviews'))).toEqual(['a']);
    store.close();
    expect((await tab()).status().aside).toHaveLength(1);
  });

  test('a damaged state keeps every readable review, and the whole text aside', async () => {
    const file = JSON.parse(LOCAL_STORAGE_TEXT) as { reviews: Record<string, Record<string, unknown>> };
    const [broken, ...rest] = Object.keys(file.reviews);
    (file.reviews[broken ?? ''] ?? {})['stability'] = null;
    const text = JSON.stringify(file);
    profile(text);
    const store = await tab();
    expect(Object.keys(await records('reviews')).sort()).toEqual([...rest].sort());
    expect(store.status().aside).toMatchObject([{ source: 'localStorage', found: text }]);
    expect(store.status().aside[0]?.reason).toBe('1 card review in it could not be read (the rest was moved)');
  });
});

describe('saving reviews', () => {
  test('two tabs grading alternately end with every review stored, each built on the other', async () => {
    profile();
    const [one, two] = [await tab(), await tab()];
    const seen = new Promise<void>((resolve) => two.subscribe(resolve));
    await one.review(card('a'), 3, at('2027-01-01'), new Date('2027-01-01T10:00:00Z'));
    await seen;
    expect(Object.keys(two.snapshot().reviews)).toEqual(['a']);
    await two.review(card('b'), 4, at('2027-01-02'), new Date('2027-01-01T10:01:00Z'));
    await one.review(card('a'), 3, at('2027-01-03'), new Date('2027-01-01T10:20:00Z'));
    // Tab two has not heard of the second review of `a` yet, and reviews it again: it builds on it.
    await two.review(card('a'), 4, at('2027-01-04'), new Date('2027-01-02T10:00:00Z'));
    const saved = (await records('reviews')) as Record<string, { reps: number }>;
    expect(Object.keys(saved).sort()).toEqual(['a', 'b']);
    expect(saved['a']?.reps).toBe(3);
    expect((await records('meta'))['reviewsSinceExport']).toBe(4);
  });

  test("a card's review saved under its earlier id is built on", async () => {
    profile(
      JSON.stringify({ version: 1, reviews: { 'legacy-a': grade(undefined, 3, new Date('2026-11-01')) }, studied: {} }),
    );
    const store = await tab();
    await store.review(card('a'), 3, at('2026-11-02'), new Date('2026-11-02'));
    expect(((await records('reviews'))['a'] as { reps: number }).reps).toBe(2);
  });

  test('an unreadable record of a card is kept aside untouched, and the card starts afresh', async () => {
    profile();
    (await tab()).close();
    const db = await openDB(DB_NAME, DB_VERSION);
    await db.put('reviews', { due: 'garbled', stability: '\u0000' }, 'a');
    await db.put('reviews', grade(undefined, 3, new Date('2026-11-01')), 'b');
    db.close();
    const store = await tab();
    expect(store.status().aside).toMatchObject([
      { source: 'review', key: 'a', found: { due: 'garbled', stability: '\u0000' } },
    ]);
    expect(Object.keys(await records('reviews'))).toEqual(['b']);
    await store.review(card('a'), 3, at(new Date().toISOString()));
    expect(((await records('reviews'))['a'] as { reps: number }).reps).toBe(1);
    expect(store.status().aside).toHaveLength(1);
  });

  test('two tabs grading the same card at the same moment, neither told of the other, both count', async () => {
    profile();
    vi.stubGlobal('BroadcastChannel', undefined);
    const [one, two] = [await tab(), await tab()];
    const when = new Date('2027-01-01T10:00:00Z');
    await Promise.all([
      one.review(card('a'), 3, at(when.toISOString()), when),
      two.review(card('a'), 3, at(when.toISOString()), when),
    ]);
    expect(((await records('reviews'))['a'] as { reps: number }).reps).toBe(2);
    expect((await records('meta'))['reviewsSinceExport']).toBe(2);
  });

  test('a write that fails when it commits keeps the review in the tab, and the next write saves it', async () => {
    profile();
    const store = await tab();
    const put = IDBObjectStore.prototype.put;
    const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      const request = put.apply(this, args);
      const tx = this.transaction;
      request.addEventListener('success', () => tx.abort());
      return request;
    });
    await store.review(card('a'), 3, at(new Date().toISOString()));
    expect(store.status()).toMatchObject({ problem: { kind: 'write-failed' }, unsaved: 1 });
    expect(await records('reviews')).toEqual({});
    spy.mockRestore();
    await store.retry();
    expect(store.status()).toMatchObject({ problem: undefined, unsaved: 0 });
    expect(Object.keys(await records('reviews'))).toEqual(['a']);
  });

  test('a full storage is reported; the review stays in the tab and is saved once writing works again', async () => {
    profile();
    const store = await tab();
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await store.review(card('a'), 3, at(new Date().toISOString()));
    expect(store.status()).toMatchObject({
      problem: { kind: 'write-failed', reason: "this browser's storage for the site is full" },
      unsaved: 1,
    });
    expect(Object.keys(store.snapshot().reviews)).toEqual(['a']);
    expect(await records('reviews')).toEqual({});
    put.mockRestore();
    await store.markStudied('iam', true);
    expect(store.status()).toMatchObject({ problem: undefined, unsaved: 0 });
    expect(Object.keys(await records('reviews'))).toEqual(['a']);
    expect((await records('meta'))['reviewsSinceExport']).toBe(1);
  });

  test('writes of one tab run one at a time: a failed one is saved by the next, and counted once', async () => {
    profile();
    const store = await tab();
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementationOnce(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const now = new Date();
    await Promise.all([
      store.review(card('a'), 3, at(now.toISOString()), now),
      store.markStudied('iam', true),
      store.review(card('b'), 4, at(now.toISOString()), now),
    ]);
    expect(Object.keys(await records('reviews')).sort()).toEqual(['a', 'b']);
    expect(Object.keys(await records('studied'))).toEqual(['iam']);
    expect((await records('meta'))['reviewsSinceExport']).toBe(2);
    expect(store.status()).toMatchObject({ problem: undefined, unsaved: 0, reviewsSinceExport: 2 });
  });

  test('when moving what localStorage held fails, it is shown, and moved whole with the next write', async () => {
    profile(LOCAL_STORAGE_TEXT);
    const file = parseState(LOCAL_STORAGE_TEXT);
    const full = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const store = await tab();
    expect(store.status().problem).toMatchObject({ kind: 'write-failed' });
    expect({ ...store.snapshot().reviews }).toEqual({ ...file.reviews });
    full.mockRestore();
    // Reviewing a card the old state holds builds on its review there, and moves the rest with it.
    const [id] = Object.keys(file.reviews);
    const when = new Date('2027-01-01T10:00:00Z');
    await store.review(card(id ?? ''), 3, at(when.toISOString()), when);
    const saved = (await records('reviews')) as Record<string, { reps: number }>;
    expect(Object.keys(saved).sort()).toEqual(Object.keys(file.reviews).sort());
    expect(saved[id ?? '']?.reps).toBe((file.reviews[id ?? '']?.reps ?? 0) + 1);
    expect(store.status().problem).toBeUndefined();
  });

  test('a failed import changes nothing and says why; trying again clears the alert', async () => {
    profile();
    const store = await tab();
    const full = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await expect(store.importState(parseState(EXPORTS[0]?.text ?? ''))).rejects.toThrow(
      "it could not be saved: this browser's storage for the site is full.",
    );
    expect(await records('reviews')).toEqual({});
    expect(store.status().problem).toMatchObject({ kind: 'write-failed' });
    full.mockRestore();
    await store.retry();
    expect(store.status().problem).toBeUndefined();
  });

  test('a database of a newer version is left as it is, and the tab says so', async () => {
    profile();
    const newer = await openDB(DB_NAME, DB_VERSION + 1, {
      upgrade: (db) => db.createObjectStore('cards').put({ due: '2027-01-01' }, 'x'),
    });
    newer.close();
    const store = await tab();
    expect(store.status().problem).toEqual({ kind: 'newer-version' });
    await store.review(card('a'), 3, at(new Date().toISOString()));
    expect(store.status().unsaved).toBe(1);
    const db = await openDB(DB_NAME);
    expect([db.version, [...db.objectStoreNames]]).toEqual([DB_VERSION + 1, ['cards']]);
    expect(await db.get('cards', 'x')).toEqual({ due: '2027-01-01' });
    db.close();
  });

  test('a newer version opening in another tab is let through: this tab stops saving, says so, keeps showing the reviews', async () => {
    profile(LOCAL_STORAGE_TEXT);
    const store = await tab();
    const reviewed = Object.keys(store.snapshot().reviews).length;
    const upgraded = await openDB(DB_NAME, DB_VERSION + 1);
    upgraded.close();
    expect(store.status().problem).toEqual({ kind: 'newer-version' });
    // Another tab says something changed: this one cannot read the database any more, and shows what it had.
    const heard = new Promise<void>((resolve) => store.subscribe(resolve));
    const other = new BroadcastChannel('study-notes:changes');
    other.postMessage('changed');
    await heard;
    other.close();
    expect(Object.keys(store.snapshot().reviews)).toHaveLength(reviewed);
  });
});

describe('importing and exporting', () => {
  test('an import merges card by card, and its undo keeps reviews made after it', async () => {
    profile();
    const store = await tab();
    await store.review(card('mine'), 3, at('2026-11-20'), new Date('2026-11-20'));
    const file = parseState(EXPORTS[1]?.text ?? '');
    const outcome = await store.importState(file);
    const imported = Object.keys(file.reviews);
    expect([outcome.added, outcome.updated, outcome.kept]).toEqual([imported.length, 0, 0]);
    const [later] = imported;
    await store.review(card(later ?? ''), 4, at('2027-02-01'), new Date('2027-02-01'));
    await outcome.undo();
    expect(Object.keys(await records('reviews')).sort()).toEqual(['mine', later].sort());
    expect(Object.keys(store.snapshot().reviews).sort()).toEqual(['mine', later].sort());
  });

  test('an export resets the count of reviews since the last one, and remembers when', async () => {
    profile();
    const store = await tab();
    await store.review(card('a'), 3, at(new Date().toISOString()));
    expect(store.status().reviewsSinceExport).toBe(1);
    await store.exported();
    store.close();
    const again = await tab();
    expect(again.status().reviewsSinceExport).toBe(0);
    expect(Date.parse(again.status().exportedAt ?? '')).toBeGreaterThan(Date.now() - 60_000);
  });

  test('the history of reviews is exported, and an import joins it (each review once), its undo taking it back', async () => {
    profile();
    const store = await tab();
    await store.review(card('a'), 3, at('2026-11-20'), new Date('2026-11-20T10:00:00Z'));
    await store.review(card('a'), 1, at('2026-11-21'), new Date('2026-11-21T10:00:00Z'));
    const exported = await store.exportState();
    expect(exported.log.map((entry) => [entry.card, entry.grade, entry.state])).toEqual([
      ['a', 3, 0],
      ['a', 1, 1],
    ]);
    const file = parseState(
      JSON.stringify({
        ...exported,
        log: [
          ...exported.log,
          { card: 'b', at: '2026-11-22T10:00:00.000Z', grade: 4, state: 2, elapsedDays: 9, scheduledDays: 30 },
        ],
      }),
    );
    const outcome = await store.importState(file);
    expect(Object.values(await records('log'))).toHaveLength(3);
    expect(store.snapshot().log.map((entry) => entry.card)).toEqual(['a', 'a', 'b']);
    await outcome.undo();
    expect(store.snapshot().log.map((entry) => entry.card)).toEqual(['a', 'a']);
  });
});

describe('cards the Spaced Repetition plugin scheduled', () => {
  test('a first grade here goes on from the saved schedule, not from a new card', async () => {
    profile();
    const store = await tab();
    const scheduled = { ...card('sr'), schedule: { kind: 'sm2' as const, due: '2026-12-01', interval: 20, ease: 250 } };
    const now = new Date('2026-12-02T09:00:00Z');
    await store.review(scheduled, 3, at(now.toISOString()), now);
    const review = store.snapshot().reviews['sr'];
    // A card in review for 20 days, remembered: due weeks later, not in ten minutes.
    expect(Date.parse(review?.due ?? '') - now.getTime()).toBeGreaterThan(20 * 86_400_000);
    expect(store.snapshot().log[0]).toMatchObject({ card: 'sr', state: 2, elapsedDays: 21 });
  });
});

describe('the database of an earlier version', () => {
  test('is upgraded step by step: its reviews stay, and the history begins', async () => {
    profile();
    const old = await openDB(DB_NAME, 1, {
      upgrade: (db) => {
        db.createObjectStore('reviews');
        db.createObjectStore('studied');
        db.createObjectStore('meta');
        db.createObjectStore('aside', { autoIncrement: true });
      },
    });
    await old.put('reviews', grade(undefined, 3, new Date('2026-11-01T10:00:00Z')), 'kept');
    old.close();
    const store = await tab();
    expect(Object.keys(store.snapshot().reviews)).toEqual(['kept']);
    await store.review(card('new'), 3, at(new Date().toISOString()));
    const db = await openDB(DB_NAME);
    expect([db.version, [...db.objectStoreNames].sort()]).toEqual([2, ['aside', 'log', 'meta', 'reviews', 'studied']]);
    db.close();
    expect(Object.values(await records('log'))).toHaveLength(1);
  });
});
