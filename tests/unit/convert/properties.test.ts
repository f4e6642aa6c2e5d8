import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { convertText } from '../../support/convert.ts';
import { pageProblems } from '../../support/page-checks.ts';

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
  const page = (mdx: string) =>
    ({ topics: [{ frontmatter: { title: 'T', slug: 't' }, mdx }], warnings: [] }) as unknown as Parameters<
      typeof pageProblems
    >[1];
  const rendered = (html: string) =>
    `<Math tex="x" html={prerendered[0]} />\n\nexport const prerendered = [\n  ${JSON.stringify(html)},\n];\n`;

  test('catches MDX that does not compile, code that would run, markup the converter never writes, and a line whose text is lost', () => {
    expect(pageProblems('x', page('x <Term>'))).toContainEqual(expect.stringMatching(/does not compile/));
    expect(pageProblems('x', page('x\n\n<script>alert(1)</script>'))).toEqual([expect.stringMatching(/<script>/)]);
    expect(pageProblems('x', page('x {alert(1)}'))).toEqual([expect.stringMatching(/expression \{alert\(1\)\}/)]);
    expect(pageProblems('x', page('import a from "b"\n\nx'))).toEqual([expect.stringMatching(/ES module code/)]);
    expect(pageProblems('x', page('<p onClick={a}>x</p>'))).toEqual([expect.stringMatching(/onClick=\{a\}/)]);
    expect(pageProblems('x', page(`x ${rendered('<script>a()</script>')}`))).toEqual([
      expect.stringMatching(/<script> from the notes/),
    ]);
    expect(pageProblems('x', page(`x ${rendered('<a href="javascript:a()">y</a>')}`))).toEqual([
      expect.stringMatching(/is not a safe URL/),
    ]);
    expect(pageProblems('x', page(`x ${rendered('<span style="color:red">y</span>')}`))).toEqual([
      expect.stringMatching(/inline style/),
    ]);
    expect(pageProblems('lost words', page('other words'))).toEqual([expect.stringMatching(/lost "lost words"/)]);
    expect(pageProblems('kept words', page('kept *words*'))).toEqual([]);
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
