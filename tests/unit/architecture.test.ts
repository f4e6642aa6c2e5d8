import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const src = fileURLToPath(new URL('../../src/', import.meta.url));

/** The folders of src/ each folder may import from (besides itself, packages and the site constants in config.ts). */
const ALLOWED: Record<string, readonly string[]> = {
  schemas: [],
  lib: ['schemas'],
  convert: ['lib', 'schemas'],
  lint: ['lib', 'schemas'],
  client: ['lib', 'schemas'],
  integrations: ['convert', 'lib', 'schemas'],
};

/** The src/ folders a file imports from, by its relative import specifiers. */
function importedFolders(folder: string, file: string): string[] {
  const text = readFileSync(join(src, folder, file), 'utf8');
  const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)].map(
    (match) => match[1] ?? '',
  );
  return specifiers
    .map((specifier) => join(folder, file, '..', specifier).split('/')[0] ?? '')
    .filter((target) => target !== folder);
}

describe('the layers of src/', () => {
  test.each(Object.keys(ALLOWED))('%s/ imports only from the layers below it', (folder) => {
    const files = readdirSync(join(src, folder), { recursive: true, encoding: 'utf8' }).filter((file) =>
      file.endsWith('.ts'),
    );
    const wrong = files.flatMap((file) =>
      importedFolders(folder, file)
        .filter((target) => target !== 'config.ts' && !ALLOWED[folder]?.includes(target))
        .map((target) => `${folder}/${file} imports from ${target}`),
    );
    expect(wrong).toEqual([]);
  });
});
