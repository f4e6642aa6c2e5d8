import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { convertText, pageFiles } from '../../support/convert.ts';
import { pageProblems } from '../../support/page-checks.ts';
import { expectedText } from '../../support/snapshot-file.ts';

const fixtures = new URL('../../fixtures/', import.meta.url);
const cases = readdirSync(fixtures, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(new URL(`${entry.name}/input.md`, fixtures)))
  .map((entry) => entry.name);

describe.each(cases)('fixture %s', (name) => {
  const input = readFileSync(new URL(`${name}/input.md`, fixtures), 'utf8');
  const result = convertText({ [`${name}.md`]: input });
  const files = pageFiles(result);

  test('writes the expected MDX pages and page data (UPDATE=1 rewrites them)', () => {
    const expected = new URL(`${name}/expected/`, fixtures);
    for (const [file, actual] of files) {
      const url = new URL(file, expected);
      if (process.env['UPDATE'] === '1') mkdirSync(dirname(fileURLToPath(url)), { recursive: true });
      expect(actual, file).toBe(expectedText(url, actual));
    }
    const snapshots = readdirSync(expected, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    expect(snapshots.length, 'snapshot files of pages the converter no longer writes').toBe(files.size);
  });

  test('every page compiles as MDX, runs no code of the notes, and keeps every line’s text', () => {
    expect(pageProblems(input, result)).toEqual([]);
  });
});
