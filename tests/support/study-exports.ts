import { readFileSync } from 'node:fs';

/** Real files exported by the site before reviews moved to IndexedDB (see the folder's README). */
export const EXPORTS = ['aws-one-session.json', 'aws-two-sessions.json', 'vault.json'].map((name) => ({
  name,
  text: readFileSync(new URL(`../fixtures/study-exports/${name}`, import.meta.url), 'utf8'),
}));
/** What localStorage held on the day of the second file's export, byte for byte. */
export const LOCAL_STORAGE_TEXT = readFileSync(
  new URL('../fixtures/study-exports/aws-two-sessions.localStorage.txt', import.meta.url),
  'utf8',
);
