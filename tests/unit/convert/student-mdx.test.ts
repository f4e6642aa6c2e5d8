import { describe, expect, test } from 'vitest';
import { convertText } from '../../support/convert.ts';
import { compileMdx, mdxText, prerenderedOf } from '../../support/mdx.ts';

const convert = (files: Record<string, string>, attachments: string[] = []) =>
  convertText(files, [], [], [], attachments);
const page = (files: Record<string, string>, slug: string, attachments: string[] = []) => {
  const result = convert(files, attachments);
  const topic = result.topics.find((entry) => entry.frontmatter.slug === slug);
  if (!topic) throw new Error(`no page ${slug}`);
  return { result, topic, warnings: result.warnings.map((warning) => warning.message) };
};

describe('a student’s own .mdx note', () => {
  test('uses the site’s components without importing them; an import is dropped with a warning at its line', () => {
    const { topic, result } = page(
      {
        'n.mdx': [
          "import Chart from './chart.jsx'",
          '',
          '<Callout type="tip" title="Remember">Roles are **temporary**.</Callout>',
          '',
          '<KeyPoint>Explicit deny wins over any allow</KeyPoint>',
          '',
          'A <KeyTerm>role</KeyTerm> is assumed, and <Term name="iam">IAM</Term> checks it.',
        ].join('\n'),
      },
      'n',
    );
    expect(topic.mdx).not.toContain('import Chart');
    expect(topic.mdx).toContain('<Callout type="tip" title="Remember">Roles are **temporary**.</Callout>');
    expect(result.warnings).toContainEqual(
      expect.objectContaining({ location: { file: 'content/notes/n.mdx', line: 1, column: 1 }, rule: 'mdx-import' }),
    );
    expect(topic.frontmatter.keyPoints).toEqual([
      { id: 'key-point-explicit-deny-wins-over-any-allow', text: 'Explicit deny wins over any allow', keyWords: [] },
    ]);
    expect(topic.frontmatter.outline).toContainEqual({
      kind: 'term',
      id: 'term-role',
      text: 'role',
      explanation: 'is assumed, and IAM checks it.',
    });
    expect(topic.mdx).toContain('<KeyTerm id="term-role" label="role">role</KeyTerm>');
    expect(mdxText(topic.mdx)).toMatch(/Roles are temporary.*Explicit deny wins over any allow.*A role is assumed/);
  });

  test('keeps its expressions and exports, which run when the site is built', () => {
    const { topic } = page({ 'n.mdx': 'export const week = 3\n\nNotes of week {week}, {week * 7} days in.\n' }, 'n');
    expect(topic.mdx).toContain('export const week = 3');
    expect(topic.mdx).toContain('Notes of week {week}, {week * 7} days in.');
    expect(() => compileMdx(topic.mdx)).not.toThrow();
  });

  test('runs nothing in the browser: scripts and styles are dropped, handlers and unsafe links removed, unknown elements unwrapped', () => {
    const { topic, warnings } = page(
      {
        'n.mdx': [
          'A <a href="javascript:alert(1)" onClick={steal}>link</a> and <a href="https://aws.amazon.com/iam/">docs</a>.',
          '',
          '<script>alert(1)</script>',
          '',
          '<style>{`body { display: none }`}</style>',
          '',
          '<iframe src="https://example.com">framed text</iframe> <Chart data={[1, 2]}>chart text</Chart>',
          '',
          '<div style="color: red" data-pagefind-body>styled</div> <span {...props}>spread</span>',
        ].join('\n'),
      },
      'n',
    );
    expect(topic.mdx).toContain('A <a>link</a> and <a href="https://aws.amazon.com/iam/">docs</a>.');
    expect(topic.mdx).not.toMatch(/script|alert|style=|display: none|iframe|Chart|onClick|data-pagefind|\.\.\.props/);
    expect(topic.mdx).toContain('framed text chart text');
    expect(topic.mdx).toContain('<div>styled</div> <span>spread</span>');
    expect(warnings).toEqual(
      expect.arrayContaining([
        '<a href> is not a safe URL; the attribute is dropped',
        '<a onClick> runs code; the attribute is dropped',
        '<script> is code: it is dropped, neither shown nor run',
        '<style> is code: it is dropped, neither shown nor run',
        '<iframe> is not an element or component of this site; its content is shown',
        '<Chart> is not an element or component of this site; its content is shown',
        '<div style> is an inline style (the site allows none); the attribute is dropped',
      ]),
    );
  });

  test('<Math tex> is a formula rendered at build time, and <img src> an image of the notes folder', () => {
    const { topic } = page(
      { 'n.mdx': 'Area <Math tex="\\pi r^2" />.\n\n<img src="disc.png" alt="A disc" width="200" />\n' },
      'n',
      ['disc.png'],
    );
    expect(topic.mdx).toContain('Area <Math tex="\\pi r^2" html={prerendered[0]} />.');
    expect(prerenderedOf(topic.mdx)[0]).toMatch(/^<span class="katex">/);
    expect(topic.mdx).toContain('<NoteImage src={image0} alt="A disc" described width={200} eager />');
    expect(topic.images).toEqual([{ attachment: 'disc.png', name: 'image0' }]);
  });

  test('an export that would replace the page, or take a name the page uses, is dropped', () => {
    const { topic, warnings } = page(
      { 'n.mdx': 'export default function Page() { return null }\n\nexport const prerendered = []\n\nText.\n' },
      'n',
    );
    expect(topic.mdx).not.toMatch(/export default|export const prerendered = \[\]/);
    expect(warnings.filter((warning) => warning.startsWith('this export is dropped'))).toHaveLength(2);
  });

  test('MDX that does not parse is shown as text under a notice, and named at file:line:column', () => {
    const { topic, result } = page({ 'n.mdx': 'Ideas:\n\n<Callout type="todo">\n- parse {input\n' }, 'n');
    expect(result.warnings).toContainEqual(
      expect.objectContaining({ location: { file: 'content/notes/n.mdx', line: 4, column: 15 }, rule: 'broken-mdx' }),
    );
    expect(topic.mdx).toContain('<Callout type="warning" title="This note’s MDX could not be used">');
    expect(mdxText(topic.mdx)).toContain('Ideas: <Callout type="todo"> - parse {input');
  });

  test('code that would fail when the page is built is found at the expression, and the note shown as text', () => {
    const { topic, result } = page({ 'n.mdx': 'Line one.\n\nWeek {weekNumber} notes.\n' }, 'n');
    expect(result.warnings).toContainEqual(
      expect.objectContaining({
        location: { file: 'content/notes/n.mdx', line: 3, column: 6 },
        message: 'this MDX cannot be used (weekNumber is not defined); the note is shown as text, under a notice',
      }),
    );
    expect(mdxText(topic.mdx)).toContain('Week {weekNumber} notes.');
  });

  test('is one page even when it is the only notes file, and links to and from it work', () => {
    const result = convert({
      'Lecture 1.mdx': '# Part A\n\nSee [[Other]].\n\n# Part B\n\nMore.',
      'Other.md': 'Back to [[Lecture 1]].',
    });
    expect(result.topics.map((topic) => topic.frontmatter.slug)).toEqual(['lecture-1', 'other']);
    expect(result.topics[0]?.mdx).toContain('[Other](/other/)');
    expect(result.topics[1]?.mdx).toContain('[Lecture 1](/lecture-1/)');
    const only = convert({ 'Lecture 1.mdx': '# Part A\n\nOne.\n\n# Part B\n\nTwo.' });
    expect(only.topics.map((topic) => topic.frontmatter.slug)).toEqual(['lecture-1']);
  });
});
