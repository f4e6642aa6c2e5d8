import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { convertText, joinedPages } from '../../support/convert.ts';
import { pageProblems } from '../../support/html-checks.ts';
import { expectedText } from '../../support/snapshot-file.ts';

const fixtures = new URL('../../fixtures/', import.meta.url);
const cases = readdirSync(fixtures, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(new URL(`${entry.name}/input.md`, fixtures)))
  .map((entry) => entry.name);

describe.each(cases)('fixture %s', (name) => {
  const input = readFileSync(new URL(`${name}/input.md`, fixtures), 'utf8');
  const expectedUrl = new URL(`${name}/expected.html`, fixtures);
  const result = convertText({ [`${name}.md`]: input });
  const actual = joinedPages(result);

  test('converts to the expected pages (UPDATE=1 rewrites them)', () => {
    expect(actual).toBe(expectedText(expectedUrl, actual));
  });

  test('every page is the converter’s markup only, runs no code of the notes, and keeps every line’s text', () => {
    expect(pageProblems(input, result)).toEqual([]);
  });
});
