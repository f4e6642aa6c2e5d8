import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { convertText } from '../../support/convert.ts';
import { mdxProblems } from '../../support/mdx-checks.ts';

/** Pieces that make Markdown and MDX trip: syntax characters, autolink starts, ESM keywords, words, spaces. */
const PIECES = [
  '{',
  '}',
  '<',
  '>',
  '/',
  '!',
  '-',
  '*',
  '_',
  '`',
  '~',
  '|',
  '[',
  ']',
  '(',
  ')',
  '#',
  '&',
  '\\',
  ':',
  ';',
  '"',
  "'",
  '=',
  '.',
  'www.',
  'http://',
  'https://x.io/',
  'mailto:',
  '@',
  'import ',
  'export ',
  '<u>',
  '</u>',
  '<mark>',
  '<br>',
  '<script>',
  '<!--',
  '-->',
  '&amp;',
  '&#123;',
  '---',
  '***',
  '1. ',
  '- ',
  '> ',
  '    ',
  '\t',
  '\n',
  '\n\n',
  ' ',
  ' ',
  ' ',
  'IAM',
  'KMS',
  'AWS Shield',
  'congnito',
  'alpha',
  'beta',
  'notes',
  'ß',
  'é',
  '日本',
  'שלום',
  '😀',
];

const notes = fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((pieces) => pieces.join(''));

describe('the MDX checker the properties rely on', () => {
  const page = (mdx: string) =>
    ({ topics: [{ frontmatter: { title: 'T', slug: 't' }, mdx }], warnings: [] }) as unknown as Parameters<
      typeof mdxProblems
    >[1];

  test('catches MDX that would run code, MDX that does not compile, and a line whose text is lost', () => {
    expect(mdxProblems('x', page('import x from "y"\n\nx'))).toEqual([
      expect.stringMatching(/runs code of the notes: mdxjsEsm/),
    ]);
    expect(mdxProblems('x', page('a <3 b\n\nx'))).toEqual([
      expect.stringMatching(/does not compile/),
      expect.stringMatching(/lost "x"/),
    ]);
    expect(mdxProblems('lost words', page('other words'))).toEqual([expect.stringMatching(/lost "lost words"/)]);
    expect(mdxProblems('kept words', page('kept words'))).toEqual([]);
  });
});

describe('any notes', () => {
  test('convert to MDX that compiles, runs no code of the notes, and keeps every line’s text', () => {
    fc.assert(
      fc.property(notes, (text) => {
        const problems = mdxProblems(text, convertText({ 'notes.md': text }));
        expect(problems, JSON.stringify(text)).toEqual([]);
      }),
      { seed: 20261128, numRuns: 400 },
    );
  }, 120_000);
});
