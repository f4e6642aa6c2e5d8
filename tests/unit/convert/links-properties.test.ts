import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { convertWith } from '../../support/convert.ts';

/** Pieces of links, embeds, headings and entities, as students (and broken exports) write them. */
const PIECES = [
  '[[',
  ']]',
  '![[',
  '[x](',
  '![x](',
  ')',
  '](',
  '#',
  '#^',
  '^',
  '^b1',
  '|',
  '|300',
  '%',
  '%%',
  '%E0',
  '%20',
  '%ZZ',
  '50%',
  '.md',
  '.png',
  '.1',
  'A',
  'B',
  'Sub/C',
  'Lecture 3.1',
  '../',
  './',
  '/',
  '\\',
  '<',
  '>',
  '&',
  '&#',
  '&#x',
  ';',
  '0',
  'D800',
  '110000',
  'amp',
  'nbsp',
  '\n# ',
  '\n## ',
  '\n### ',
  '\n',
  '\n\n',
  ' ',
  '\t',
  '> [!note] ',
  '> ',
  '$',
  '$$',
  '==',
  '::',
  '#flashcards',
  'e\u0301',
  'é',
  '?',
  'javascript:',
  'http://x.io/',
  '{',
  '}',
];

const piece = fc.constantFrom(...PIECES);
const name = fc.constantFrom(
  'A',
  'B',
  'Sub/C',
  'C',
  'Lecture 3.1',
  'Lecture%203.1',
  'img.png',
  'doc.pdf',
  'e\u0301',
  '',
  '..',
);
const heading = fc.array(piece, { maxLength: 4 }).map((pieces) => pieces.join(''));
/** A link or embed whose parts are any of the pieces: `[[B#50%|x]]`, `![[Sub/C#A#B]]`, `[x](B.md#%E0)`. */
const link = fc
  .tuple(fc.constantFrom('[[', '![[', '[x](', '![x]('), name, fc.constantFrom('', '.md', '.png'), heading, heading)
  .map(([open, target, extension, part, alias]) =>
    open.endsWith('(')
      ? `${open}${target}${extension}${part ? `#${part}` : ''})`
      : `${open}${target}${extension}${part ? `#${part}` : ''}${alias ? `|${alias}` : ''}]]`,
  );
const text = fc.array(fc.oneof(piece, link), { maxLength: 40 }).map((pieces) => pieces.join(''));
const vault = fc.record({ 'A.md': text, 'B.md': text, 'Sub/C.md': text, 'Lecture 3.1.md': text });

describe('any links, embeds, headings and entities', () => {
  test('convert without an exception, and no step of any note fails', () => {
    fc.assert(
      fc.property(vault, (files) => {
        const result = convertWith(files, { topics: [], glossary: [], attachments: ['img.png', 'Sub/doc.pdf'] });
        expect(
          result.warnings.filter((warning) => warning.rule === 'conversion-failed'),
          JSON.stringify(files),
        ).toEqual([]);
      }),
      { seed: 20261204, numRuns: 600 },
    );
  }, 120_000);
});
