import { describe, expect, test } from 'vitest';
import { convertText } from '../../support/convert.ts';
import { pageProblems } from '../../support/page-checks.ts';
import { mdxText } from '../../support/mdx.ts';

/** Notes that break a naive Markdown-to-HTML (or -MDX) converter, and the text the page must show for each. */
const TRAPS: [name: string, notes: string, shows: string][] = [
  ['a lone brace', 'IAM a { b', 'IAM a { b'],
  ['a comparison', 'IAM x<y', 'IAM x<y'],
  ['a generic type', 'IAM returns Promise<T>', 'IAM returns Promise<T>'],
  ['a heart', 'IAM <3', 'IAM <3'],
  ['an unclosed HTML comment', 'IAM <!-- c', 'IAM <!-- c'],
  ['a script', 'IAM <script>alert(1)</script>', 'IAM <script>alert(1)</script>'],
  ['an image that runs code', 'IAM <img src=x onerror=alert(1)>', 'IAM Missing image: x'],
  ['a javascript: link', 'IAM [x](javascript:alert(1))', 'IAM x (javascript:alert(1))'],
  ['a wikilink with markup', 'IAM [[<b>x</b>]]', 'IAM <b>x</b>'],
  ['a formula with markup', 'IAM $<b>x</b>$', 'IAM'],
  ['an autolink', 'IAM <https://x>', 'IAM https://x'],
  ['a www. literal before <', 'IAM www.<', 'IAM www.<'],
  ['import at the start of a line', 'IAM notes\nimport boto3', 'import boto3'],
  ['export at the start of a line', 'IAM notes\n\nexport AWS_PROFILE=dev', 'export AWS_PROFILE=dev'],
  ['an unclosed <u>', 'IAM <u>underlined forever', 'IAM <u>underlined forever'],
  ['a byte order mark', '\uFEFFIAM roles', 'IAM roles'],
  ['CRLF line ends', 'IAM roles\r\n- temporary\r\n', 'temporary'],
  ['a NUL character', 'IAM ro\0les', 'IAM ro\uFFFDles'],
  ['JSX-looking text', 'IAM <Term name="x">', 'IAM <Term name="x">'],
  ['an expression', 'IAM {process.exit(1)}', 'IAM {process.exit(1)}'],
];

describe('markup traps', () => {
  test.each(TRAPS)('%s converts to the converter’s markup only, runs nothing and shows the text', (_, notes, shows) => {
    const result = convertText({ 'n.md': notes });
    expect(pageProblems(notes, result)).toEqual([]);
    const page = result.topics.map((topic) => mdxText(topic.mdx)).join(' ');
    expect(page).toContain(shows);
  });

  test('comments of the notes are hidden, as Obsidian hides them: <!-- … --> and %%…%%', () => {
    const result = convertText({
      'n.md': 'IAM <!-- c --> roles %%to ask%% are temporary\n\n<!-- block -->\n\n%%\nhidden\n%%\n',
    });
    expect(pageProblems('IAM roles are temporary', result)).toEqual([]);
    const page = result.topics.map((topic) => mdxText(topic.mdx)).join(' ');
    expect(page).not.toMatch(/c -->|to ask|block|hidden|%%/);
  });

  test('an empty file gives no page and a warning that names it', () => {
    const result = convertText({ 'empty.md': '' });
    expect(result.topics).toEqual([]);
    expect(result.warnings).toContainEqual(
      expect.objectContaining({ location: { file: 'content/notes/empty.md', line: 1, column: 1 } }),
    );
  });

  test('a file of only separators gives no page and a warning that names it', () => {
    const result = convertText({ 'lines.md': '---\n\n***\n\n-----\n\n___\n' });
    expect(result.topics).toEqual([]);
    expect(result.warnings.map((warning) => warning.location?.file)).toContain('content/notes/lines.md');
  });
});
