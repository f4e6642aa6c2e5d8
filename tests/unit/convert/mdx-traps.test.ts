import { describe, expect, test } from 'vitest';
import { convertText } from '../../support/convert.ts';
import { mdxText } from '../../support/mdx.ts';
import { mdxProblems } from '../../support/mdx-checks.ts';

/** Notes that break a naive Markdown-to-MDX converter, and the text the page must show for each. */
const TRAPS: [name: string, notes: string, shows: string][] = [
  ['a lone brace', 'IAM a { b', 'IAM a { b'],
  ['a comparison', 'IAM x<y', 'IAM x<y'],
  ['a generic type', 'IAM returns Promise<T>', 'IAM returns Promise<T>'],
  ['a heart', 'IAM <3', 'IAM <3'],
  ['an HTML comment', 'IAM <!-- c -->', 'IAM <!-- c -->'],
  ['a block HTML comment', 'IAM notes\n\n<!-- c -->', '<!-- c -->'],
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

describe('MDX traps', () => {
  test.each(TRAPS)('%s converts to MDX that compiles, runs nothing and shows the text', (_, notes, shows) => {
    const result = convertText({ 'n.md': notes });
    expect(mdxProblems(notes, result)).toEqual([]);
    const page = result.topics.map((topic) => mdxText(topic.mdx)).join(' ');
    expect(page).toContain(shows);
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
