import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The folders of src/ whose code decides what the converter makes of a note (it imports from nothing else). */
const CONVERTER_CODE = ['src/convert', 'src/lib', 'src/schemas'] as const;
/** The file that pins the versions of everything the converter runs (unified, micromark, KaTeX, Shiki, …). */
const LOCKFILE = 'package-lock.json';

/**
 * A fingerprint of the converter itself: its code (every file of `src/convert`, `src/lib` and
 * `src/schemas`, by path and content) and the exact versions of the packages it runs (the
 * lockfile). Any change to either gives another fingerprint, so a cached note converted by another
 * converter is never used; no version string to remember to bump.
 *
 * @example
 *   converterFingerprint('/repo') // 'e3b0c442…' (the same until a converter file or the lockfile changes)
 */
export function converterFingerprint(root: string): string {
  const hash = createHash('sha256');
  const files = CONVERTER_CODE.flatMap((folder) =>
    readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.(?:ts|js|json)$/.test(entry.name))
      .map((entry) => join(entry.parentPath, entry.name)),
  ).sort();
  for (const file of [...files, join(root, LOCKFILE)]) {
    hash.update(relative(root, file).split(sep).join('/')).update('\0');
    try {
      hash.update(readFileSync(file));
    } catch {
      hash.update('(missing)');
    }
    hash.update('\0');
  }
  return hash.digest('hex');
}
