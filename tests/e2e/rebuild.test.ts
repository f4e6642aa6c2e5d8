import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { buildSite } from '../../tools/build-site.ts';

/** Every file of a built site, by path, as bytes. */
function files(outDir: string): Map<string, Buffer> {
  return new Map(
    readdirSync(outDir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        return [path.slice(outDir.length), readFileSync(path)] as const;
      }),
  );
}

/** The paths whose bytes differ between two built sites (or that only one has). */
function differences(a: Map<string, Buffer>, b: Map<string, Buffer>): string[] {
  const paths = new Set([...a.keys(), ...b.keys()]);
  return [...paths].filter((path) => !a.get(path)?.equals(b.get(path) ?? Buffer.alloc(0))).sort();
}

const vault = fileURLToPath(new URL('../fixtures/vault/', import.meta.url));

describe('building the same notes again', () => {
  test('gives the same site, byte for byte: from the caches of a first build, and from nothing', async () => {
    const first = await buildSite(vault);
    const clean = files(first.outDir);
    expect(first.log).toMatch(/\(39 converted, 0 from the cache\)/);
    const again = await buildSite(vault, {}, { workDir: first.workDir });
    expect(again.log).toMatch(/\(0 converted, 39 from the cache\)/);
    expect(differences(clean, files(again.outDir))).toEqual([]);
    const fresh = await buildSite(vault);
    expect(differences(clean, files(fresh.outDir))).toEqual([]);
  }, 180_000);
});
