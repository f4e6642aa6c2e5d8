import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ALLOWED_INLINE_TAGS } from '../../../src/convert/inline-html.ts';
import { convertText, joinedMdx } from '../../support/convert.ts';
import { mdxCodeNodes, mdxText } from '../../support/mdx.ts';
import { sourceLines } from '../../support/source-lines.ts';

const fixtures = new URL('../../fixtures/', import.meta.url);
const cases = readdirSync(fixtures, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(new URL(`${entry.name}/input.md`, fixtures)))
  .map((entry) => entry.name);

/**
 * Elements the converter itself may put into MDX: the allowed inline HTML tags, our own components,
 * and the `<p>` that keeps a one-element line a paragraph (as text or block elements: MDX decides).
 */
const OWN_ELEMENTS = new Set(
  [...ALLOWED_INLINE_TAGS, 'br', 'KeyPoint', 'KeyTerm', 'Term', 'p'].flatMap((name) => [
    `mdxJsxTextElement:${name}`,
    `mdxJsxFlowElement:${name}`,
  ]),
);

describe.each(cases)('fixture %s', (name) => {
  const input = readFileSync(new URL(`${name}/input.md`, fixtures), 'utf8');
  const expectedUrl = new URL(`${name}/expected.mdx`, fixtures);
  const result = convertText({ [`${name}.md`]: input });
  const actual = joinedMdx(result);

  test('converts to the expected MDX (UPDATE=1 rewrites it)', () => {
    if (process.env['UPDATE'] === '1' || !existsSync(expectedUrl)) writeFileSync(expectedUrl, actual);
    expect(actual).toBe(readFileSync(expectedUrl, 'utf8'));
  });

  test('every page compiles as MDX and runs no code of the notes', () => {
    for (const topic of result.topics) {
      expect(mdxCodeNodes(topic.mdx).filter((node) => !OWN_ELEMENTS.has(node))).toEqual([]);
    }
  });

  test('every line of the notes keeps its text on a page', () => {
    const pages = result.topics.map((topic) => `${topic.frontmatter.title} ${mdxText(topic.mdx)}`);
    for (const line of sourceLines(input)) {
      for (const text of line.texts) {
        expect(
          pages.some((page) => page.includes(text)),
          `line ${line.line} (${line.source}) lost "${text}"`,
        ).toBe(true);
      }
    }
  });
});
