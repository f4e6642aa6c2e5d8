import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Global setup of both test projects: every temporary file of a test run (the notes folders the
 * tests write, the sites they build, Chromium's profiles) goes into one folder, removed when the
 * run ends. `os.tmpdir()` reads TMPDIR, which the test processes and the builds they start inherit.
 * Without it, each `npm test` left about 700 MB of built sites in the machine's temporary folder.
 */
export default async function setup(): Promise<() => Promise<void>> {
  const folder = await mkdtemp(join(tmpdir(), 'study-notes-tests-'));
  process.env['TMPDIR'] = folder;
  return async () => {
    await rm(folder, { recursive: true, force: true, maxRetries: 3 }).catch(() => undefined);
  };
}
