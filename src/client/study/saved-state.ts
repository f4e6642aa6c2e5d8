import { isRecord, isStateShape, newerFormat, readStateValue, type DamagedEntry, type StudyState } from './state.ts';

/** Where reviews were kept before IndexedDB (one JSON text of the whole state, format 1). */
export const LEGACY_KEY = 'study-notes:state';

/** What a saved state's text turned out to be. */
export type SavedReading =
  /** A state this site reads; `damaged` names the entries left out because they could not be read. */
  | { readonly kind: 'state'; readonly state: StudyState; readonly damaged: readonly DamagedEntry[] }
  /** A state written by a newer version of the site, in a format this version does not know. */
  | { readonly kind: 'newer'; readonly version: number }
  /** Not a study state at all, or damaged beyond reading. */
  | { readonly kind: 'unreadable'; readonly reason: string };

/**
 * Read a whole saved state (what localStorage held, or an exported file) without refusing it for a
 * damaged entry: every readable review is kept, the others are named. A newer format or an
 * unreadable text is only classified, never read in part, so that nothing is written over it.
 *
 * @example
 *   readSavedState('{"version":1,"reviews":{},"studied":{}}').kind // 'state'
 *   readSavedState('{"version":2,"cards":[]}').kind                // 'newer'
 *   readSavedState('{"version":1,"rev').kind                       // 'unreadable'
 */
export function readSavedState(text: string): SavedReading {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { kind: 'unreadable', reason: 'it is not complete JSON (damaged)' };
  }
  if (!isRecord(value)) return { kind: 'unreadable', reason: 'it is not a study state' };
  const version = newerFormat(value);
  if (version !== undefined) return { kind: 'newer', version };
  if (!isStateShape(value)) return { kind: 'unreadable', reason: 'it is not a study state of a known format' };
  return { kind: 'state', ...readStateValue(value) };
}

/**
 * A short digest of a text, to tell whether a saved text changed without keeping a second copy of
 * it (cyrb53, a fast non-cryptographic 53-bit hash, and the length).
 *
 * @example
 *   textDigest('{"version":1}') // '13:1c4b6c33e50147'
 */
export function textDigest(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return `${text.length}:${(4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16)}`;
}
