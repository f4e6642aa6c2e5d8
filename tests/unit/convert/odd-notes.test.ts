import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { describe, expect, test } from 'vitest';
import { parseNote } from '../../../src/convert/note-file.ts';
import { createNoteProcessors } from '../../../src/convert/note-processors.ts';
import { convertText, convertWith } from '../../support/convert.ts';

const pages = (files: Record<string, string>, attachments: string[] = []) =>
  convertText(files, [], [], [], attachments);
const mdxOf = (files: Record<string, string>, slug: string) =>
  pages(files).topics.find((topic) => topic.frontmatter.slug === slug)?.mdx ?? '';

describe('notes that used to fail the build', () => {
  test('a `%` in the heading part of a Markdown link is the student’s `%`', () => {
    const files = {
      'stats.md': '## Top 50%\n\nFigures.',
      'n.md': '[x](stats.md#50%) [y](stats.md#%E0) [z](stats.md#Top%2050%)',
    };
    const mdx = mdxOf(files, 'n');
    expect(mdx).toContain('[x](/stats/)');
    expect(mdx).toContain('[y](/stats/)');
    expect(mdx).toContain('[z](/stats/#top-50)');
  });

  test('a comment opening with `%%%`, or followed by text on its line, is a comment', () => {
    const mdx = mdxOf({ 'n.md': 'Before.\n\n%%%%\n\n%%%secret%%\n\n%%[[A#%%]] shown\n\nAfter.', 'A.md': 'A.' }, 'n');
    expect(mdx).toContain('Before.');
    expect(mdx).toContain('shown');
    expect(mdx).toContain('After.');
    expect(mdx).not.toContain('secret');
    expect(mdx).not.toContain('%%');
  });

  test('a step that fails on a note shows its text as written, with a warning at its place, and the build goes on', () => {
    const processors = createNoteProcessors({ findTerms: () => [] });
    const defect: Plugin<[], Root> = () => () => {
      throw new TypeError('a defect');
    };
    const failing = processors.markdown().use(defect);
    const text = 'Line one.\nLine two.\n\nLast line {x} <script>.';
    const note = parseNote(
      { file: 'a.md', label: 'notes/a.md', bytes: new TextEncoder().encode(text) },
      { ...processors, markdown: failing },
    );
    expect(note.warnings).toEqual([
      {
        location: { file: 'notes/a.md', line: 1, column: 1 },
        message: expect.stringMatching(/^could not convert this note \(TypeError: a defect\); it is shown as written/),
        rule: 'conversion-failed',
      },
    ]);
    expect(JSON.stringify(note.tree)).toContain('"value":"Line one.\\nLine two."');
    expect(JSON.stringify(note.tree)).toContain('"value":"Last line {x} <script>."');
  });
});

describe('a page the converter fails to write', () => {
  test('shows its text as written, with a warning at its first line, and the build goes on', () => {
    const result = convertWith(
      { 'a.md': 'Before the figure.\n\n![[plot.png]]\n\nAfter it.', 'b.md': 'Fine.' },
      {
        topics: [],
        glossary: [],
        attachments: ['plot.png'],
        imageSource: () => {
          throw new RangeError('a defect');
        },
      },
    );
    expect(result.warnings).toContainEqual({
      location: { file: 'content/notes/a.md', line: 1, column: 1 },
      message: expect.stringMatching(/^could not write the page "a" \(RangeError: a defect\); it is shown as written/),
      rule: 'conversion-failed',
    });
    const page = result.topics.find((topic) => topic.frontmatter.slug === 'a')?.mdx ?? '';
    expect(page).toContain('This note is shown as written');
    expect(page).toContain('Before the figure.');
    expect(page).toContain('!\\[\\[plot.png]]'); // the student's text, escaped as MDX text
    expect(page).toContain('After it.');
  });
});

describe('headings and embeds, Obsidian’s way', () => {
  test('`![[Note#A#B]]`, a heading in a callout and a heading in another Unicode form embed their section', () => {
    const files = {
      'Source.md': [
        '# A',
        '',
        '## B',
        '',
        'Under A, B.',
        '',
        '# C',
        '',
        '## B',
        '',
        'Under C, B.',
        '',
        '> [!note] Box',
        '> ## Inside',
        '> In the callout.',
        '',
        '## Cafe\u0301 notes',
        '',
        'Decomposed heading.',
      ].join('\n'),
      'Reading.md': '![[Source#C#B]]\n\n![[Source#Inside]]\n\n![[Source#Café  notes]]',
    };
    const mdx = mdxOf(files, 'reading');
    expect(mdx).toContain('Under C, B.');
    expect(mdx).not.toContain('Under A, B.');
    expect(mdx).toContain('In the callout.');
    expect(mdx).toContain('Decomposed heading.');
  });

  test('`![[Lecture 3.1]]` is the note "Lecture 3.1"; a note shows a section of itself; an embed is a backlink', () => {
    const result = pages({
      'Lecture 3.1.md': 'Eigenvalues.',
      'Overview.md': '![[Lecture 3.1]]\n\n## Summary\n\nThe summary.\n\n## Review\n\n![[#Summary]]',
    });
    const overview = result.topics.find((topic) => topic.frontmatter.slug === 'overview');
    expect(overview?.mdx).toContain('Eigenvalues.');
    expect(overview?.mdx.match(/\n *The summary\./g)).toHaveLength(2);
    expect(result.warnings).toEqual([]);
    const lecture = result.topics.find((topic) => topic.frontmatter.slug === 'lecture-31');
    expect(lecture?.frontmatter.backlinks).toEqual([{ slug: 'overview', title: 'Overview' }]);
  });
});

describe('lines indented by a tab', () => {
  test('holding only an embed or only formulas show the image or the formula; real code stays code', () => {
    const result = pages(
      {
        'n.md': [
          'A figure:',
          '',
          '\t![[graph.png]]',
          '',
          '\t$E = mc^2$ $a^2$',
          '',
          '\t$$',
          '\t\\int_0^1 x\\,dx',
          '\t$$',
          '',
          '- item',
          '',
          '  \t![[graph.png|200]]',
          '',
          'Code:',
          '',
          '\tprint("$5 and $6")',
          '\t![[graph.png]]',
        ].join('\n'),
      },
      ['graph.png'],
    );
    const mdx = result.topics[0]?.mdx ?? '';
    expect(mdx.match(/<NoteImage src=\{image0\}/g)).toHaveLength(2);
    expect(mdx.match(/<Math /g)?.length).toBeGreaterThanOrEqual(3);
    expect(mdx).toContain('print("$5 and $6")');
    expect(mdx).toMatch(/```\n\s*print\("\$5 and \$6"\)\n\s*!\[\[graph\.png\]\]\n\s*```/);
  });
});

describe('empty notes', () => {
  test('get a page that says so and lists what links to them; links to them are links', () => {
    const result = pages({ 'Eigenvalues.md': '', 'Lecture 1.md': 'See [[Eigenvalues]] and ![[Eigenvalues]].' });
    const empty = result.topics.find((topic) => topic.frontmatter.slug === 'eigenvalues');
    expect(empty?.frontmatter).toMatchObject({
      title: 'Eigenvalues',
      summary: 'This note has no text yet.',
      empty: true,
      backlinks: [{ slug: 'lecture-1', title: 'Lecture 1' }],
    });
    const lecture = result.topics.find((topic) => topic.frontmatter.slug === 'lecture-1');
    expect(lecture?.mdx).toContain('[Eigenvalues](/eigenvalues/)');
    expect(result.warnings.map((warning) => warning.rule)).toEqual(['empty-note']);
  });
});

describe('page summaries', () => {
  test('are words the student wrote: never an image’s file name, a tag or a callout’s title, never words glued across list items or lines', () => {
    const summaries = Object.fromEntries(
      pages(
        {
          'a.md': '![[Pasted image 20230824152804.png]]\n\nThe real text here.',
          'b.md': '#todo\n\nSome text.',
          'c.md': '- Week 1 - data preparation\n- Week 2 - Classification\n- Week 3',
          'd.md': 'Split into sentences<br>Disambiguation?\n\nMore.',
          'e.md': 'One line\\\nnext line.',
          'f.md': '> [!note] Title\n> Body text of callout.',
        },
        ['Pasted image 20230824152804.png'],
      ).topics.map((topic) => [topic.frontmatter.slug, topic.frontmatter.summary]),
    );
    expect(summaries).toEqual({
      a: 'The real text here.',
      b: 'Some text.',
      c: 'Week 1 - data preparation; Week 2 - Classification; Week 3.',
      d: 'Split into sentences Disambiguation?',
      e: 'One line next line.',
      f: 'Body text of callout.',
    });
  });
});

describe('headings a reader can follow', () => {
  test('keep the student’s structure without skipping a level, drop empty ones, and name a formula heading by its formula', () => {
    const result = pages({
      'n.md': '# One\n\n### Three under one\n\n##\n\n## $\\Omega$ space\n\n#### Deep\n\n## $\\lambda_1$',
    });
    const outline = result.topics[0]?.frontmatter.outline.map((entry) =>
      entry.kind === 'heading' ? [entry.depth, entry.text] : [],
    );
    // `# One` is the page's title here (a file of topics); `###` right under it is the first level below.
    expect(outline).toEqual([
      [2, 'Three under one'],
      [2, 'Ω space'],
      [3, 'Deep'],
      [2, 'λ₁'],
    ]);
    expect(result.topics[0]?.mdx).toContain('<h2 id="lambda_1" aria-label="λ₁"><Math tex="\\lambda_1"');
  });
});
