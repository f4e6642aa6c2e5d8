import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { convertText } from '../../support/convert.ts';
import { pageProblems } from '../../support/html-checks.ts';

/** Pieces that make Markdown and HTML trip: syntax characters, autolink starts, Obsidian and formula syntax, words, spaces. */
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
  '<img src=x onerror=alert(1)>',
  '[[',
  ']]',
  '![[',
  '|',
  '#tag',
  '^id',
  '==',
  '%%',
  '$',
  '$$',
  '\\(',
  '\\)',
  '> [!note]',
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

describe('the page checker the properties rely on', () => {
  const page = (html: string) =>
    ({ topics: [{ frontmatter: { title: 'T', slug: 't' }, html }], warnings: [] }) as unknown as Parameters<
      typeof pageProblems
    >[1];

  test('catches markup the converter never writes, code that would run, and a line whose text is lost', () => {
    expect(pageProblems('x', page('<p>x</p><script>alert(1)</script>'))).toEqual([
      expect.stringMatching(/<script> from the notes/),
    ]);
    expect(pageProblems('x', page('<p onclick="a()">x</p>'))).toEqual([expect.stringMatching(/onclick.* runs code/i)]);
    expect(pageProblems('x', page('<a href="javascript:a()">x</a>'))).toEqual([
      expect.stringMatching(/is not a safe URL/),
    ]);
    expect(pageProblems('x', page('<p style="color:red">x</p>'))).toEqual([expect.stringMatching(/inline style/)]);
    expect(pageProblems('lost words', page('<p>other words</p>'))).toEqual([
      expect.stringMatching(/lost "lost words"/),
    ]);
    expect(pageProblems('kept words', page('<p>kept words</p>'))).toEqual([]);
  });
});

describe('any notes', () => {
  test('convert into the converter’s markup only, run no code of the notes, and keep every line’s text', () => {
    fc.assert(
      fc.property(notes, (text) => {
        const problems = pageProblems(text, convertText({ 'notes.md': text }));
        expect(problems, JSON.stringify(text)).toEqual([]);
      }),
      { seed: 20261128, numRuns: 400 },
    );
  }, 120_000);
});
