import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
/** What Astro and Vite call by name: a page's paths and endpoints, the content collections. */
const FRAMEWORK_EXPORTS = new Set(['getStaticPaths', 'GET', 'collections']);

function sources(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(?:ts|astro|mjs)$/.test(file) && !file.includes('fixtures'))
    .map((file) => join(root, folder, file));
}

describe('exports of src/', () => {
  test('every exported function and constant is used outside its own file (no dead or file-private exports)', () => {
    const files = [...['src', 'tests', 'tools', 'bench'].flatMap(sources), join(root, 'astro.config.mjs')];
    const texts = new Map(files.map((file) => [file, readFileSync(file, 'utf8')]));
    const unused: string[] = [];
    for (const [file, text] of texts) {
      // The zod schemas of src/schemas/ are the data formats, exported with their types even when only the types are used.
      if (!file.startsWith(join(root, 'src')) || file.startsWith(join(root, 'src/schemas'))) continue;
      for (const match of text.matchAll(/^export (?:async )?(?:function\*?|const|let|class) (\w+)/gm)) {
        const name = match[1] ?? '';
        if (FRAMEWORK_EXPORTS.has(name)) continue;
        const word = new RegExp(`\\b${name}\\b`);
        if (![...texts].some(([other, otherText]) => other !== file && word.test(otherText))) {
          unused.push(`${relative(root, file)}: ${name}`);
        }
      }
    }
    expect(unused).toEqual([]);
  });
});
