import { fileURLToPath } from 'node:url';
import { buildSite, PROJECT_DATA, type BuiltSite } from '../../tools/build-site.ts';

/** What every suite may use: the number of runs, and one production build of the bundled notes. */
export interface BenchContext {
  /** How many measured runs a median is taken over. */
  readonly runs: number;
  /** A production build of the bundled notes, made once for all suites that read built pages. */
  bundledSite(): Promise<BuiltSite>;
}

export const BUNDLED_NOTES = fileURLToPath(new URL('../../content/notes/', import.meta.url));

export function createContext(runs: number): BenchContext {
  let site: Promise<BuiltSite> | undefined;
  return {
    runs,
    bundledSite: () => (site ??= buildSite(BUNDLED_NOTES, PROJECT_DATA)),
  };
}
