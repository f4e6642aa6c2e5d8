import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { readSavedState } from '../../../../src/client/study/saved-state.ts';
import { parseState } from '../../../../src/client/study/state.ts';
import { EXPORTS, LOCAL_STORAGE_TEXT } from '../../../support/study-exports.ts';

beforeEach(() => {
  vi.stubGlobal('location', new URL('http://127.0.0.1:4321/study/'));
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('reading a saved state of format 1 (localStorage, exported files)', () => {
  test.each(EXPORTS)('$name reads whole: every review, topic and the "continue" link', ({ text }) => {
    const file = JSON.parse(text) as { reviews: object; studied: object; last: object };
    const reading = readSavedState(text);
    expect(reading.kind).toBe('state');
    if (reading.kind !== 'state') return;
    expect(reading.damaged).toEqual([]);
    expect({ ...reading.state.reviews }).toEqual(file.reviews);
    expect({ ...reading.state.studied }).toEqual(file.studied);
    expect(reading.state.last).toEqual(file.last);
    expect(Object.keys(reading.state.reviews).length).toBeGreaterThan(0);
  });

  test('what localStorage held reads as the file exported from it', () => {
    const reading = readSavedState(LOCAL_STORAGE_TEXT);
    expect(reading.kind === 'state' && reading.state).toEqual(parseState(EXPORTS[1]?.text ?? ''));
  });

  test('a damaged review is named and left out; every other review is read', () => {
    const file = JSON.parse(EXPORTS[1]?.text ?? '') as { reviews: Record<string, Record<string, unknown>> };
    const [first, ...rest] = Object.keys(file.reviews);
    (file.reviews[first ?? ''] ?? {})['due'] = 'when pigs fly';
    const reading = readSavedState(JSON.stringify(file));
    expect(reading.kind === 'state' && reading.damaged).toEqual([{ field: 'reviews', key: first }]);
    expect(reading.kind === 'state' && Object.keys(reading.state.reviews)).toEqual(rest);
  });

  test('a newer format is recognised as newer, not read in part', () => {
    expect(readSavedState('{"version":2,"cards":{"a":{}}}')).toEqual({ kind: 'newer', version: 2 });
    expect(readSavedState('{"version":7,"reviews":{},"studied":{}}')).toEqual({ kind: 'newer', version: 7 });
  });

  test('a cut or foreign text is unreadable, with the reason', () => {
    expect(readSavedState(LOCAL_STORAGE_TEXT.slice(0, 200)).kind).toBe('unreadable');
    expect(readSavedState('[]')).toEqual({ kind: 'unreadable', reason: 'it is not a study state' });
    expect(readSavedState('{"version":0,"reviews":{}}').kind).toBe('unreadable');
  });
});
