import { describe, expect, test } from 'vitest';
import { listOf } from '../../../src/convert/obsidian/frontmatter.ts';
import { imageSize } from '../../../src/convert/obsidian/resolve-links.ts';
import { convertText } from '../../support/convert.ts';

const pages = (files: Record<string, string>, attachments: string[] = []) =>
  convertText(files, [], [], [], attachments);
const htmlOf = (files: Record<string, string>, slug: string, attachments: string[] = []) =>
  pages(files, attachments).topics.find((topic) => topic.frontmatter.slug === slug)?.html ?? '';

describe('wikilinks, Obsidian’s way', () => {
  const vault = {
    'Course/RDF overview.md':
      '---\naliases: [Resource Description Framework]\n---\n## Triples\n\nSubject, predicate, object. ^spo\n',
    'Course/Index.md': [
      '[[RDF overview]] [[rdf overview|the overview]] [[RDF overview#Triples]] [[RDF overview#^spo|block]]',
      '[[Course/RDF overview]] [[RDF overview.md]] [[Resource Description Framework]] [[#Own heading]]',
      '[[No such note]] [link](RDF%20overview.md#triples)',
      '',
      '## Own heading',
    ].join('\n'),
  };

  test('each form becomes a link to the page and anchor', () => {
    const html = htmlOf(vault, 'course/index');
    const links = [...html.matchAll(/<a href="([^"]+)" class="internal">([^<]*)<\/a>/g)].map((match) => [
      match[1],
      match[2],
    ]);
    expect(links).toEqual([
      ['/course/rdf-overview/', 'RDF overview'],
      ['/course/rdf-overview/', 'the overview'],
      ['/course/rdf-overview/#triples', 'RDF overview > Triples'],
      ['/course/rdf-overview/#%5Espo', 'block'],
      ['/course/rdf-overview/', 'Course/RDF overview'],
      ['/course/rdf-overview/', 'RDF overview.md'],
      ['/course/rdf-overview/', 'Resource Description Framework'],
      ['/course/index/#own-heading', 'Own heading'],
      ['/course/rdf-overview/#triples', 'link'],
    ]);
  });

  test('a link to a note that does not exist shows its text, marked, and warns with its line', () => {
    const result = pages(vault);
    const html = result.topics.find((topic) => topic.frontmatter.slug === 'course/index')?.html ?? '';
    expect(html).toContain(
      '<span class="unresolved" title="No note named “No such note” in these notes">No such note</span>',
    );
    expect(result.warnings).toContainEqual({
      location: { file: 'content/notes/Course/Index.md', line: 3, column: 1 },
      message: 'no note "No such note" in these notes; the link shows as text',
      rule: 'unresolved-link',
    });
  });

  test('block ids become anchors and are not shown; every page lists the pages that link to it', () => {
    const result = pages(vault);
    const rdf = result.topics.find((topic) => topic.frontmatter.slug === 'course/rdf-overview');
    expect(rdf?.html).toContain('<p id="^spo">Subject, predicate, object.</p>');
    expect(rdf?.frontmatter.backlinks).toEqual([{ slug: 'course/index', title: 'Index' }]);
  });
});

describe('embeds', () => {
  test('show the embedded note, or its section, in place, and cut a loop with a warning', () => {
    const result = pages({
      'A.md': 'Before.\n\n![[B#Part]]\n\nAfter. ![[A]]',
      'B.md': '## Part\n\nThe part. ![[A]]\n\n## Other\n\nNot embedded.',
    });
    const a = result.topics.find((topic) => topic.frontmatter.slug === 'a')?.html ?? '';
    expect(a).toContain('The part.');
    expect(a).not.toContain('Not embedded.');
    expect(a).toContain('Embedded before, not repeated');
    expect(result.warnings.map((warning) => warning.message)).toContainEqual(
      expect.stringMatching(/embeds itself through A\.md/),
    );
  });
});

describe('images', () => {
  const files = {
    'Course/Note.md': [
      '![[Pasted image 1.png]] ![[Pasted image 1.png|300]] ![[diagram.png|Big picture|300x200]]',
      '![a photo](<photos/my photo.jpg>) ![x](photos/my%20photo.jpg) <img src="photos/my photo.jpg" width="120">',
      '![[missing.png]]',
    ].join('\n'),
  };
  const attachments = ['attachments/Pasted image 1.png', 'Course/diagram.png', 'Course/photos/my photo.jpg'];

  test('are found where Obsidian finds them, with the size asked for, and a missing one shows its name', () => {
    const result = pages(files, attachments);
    const [note] = result.topics;
    expect(note?.images).toEqual([
      { attachment: 'attachments/Pasted image 1.png', alt: 'Pasted image 1' },
      { attachment: 'attachments/Pasted image 1.png', alt: 'Pasted image 1', width: 300 },
      { attachment: 'Course/diagram.png', alt: 'Big picture', described: true, width: 300, height: 200 },
      { attachment: 'Course/photos/my photo.jpg', alt: 'a photo', described: true },
      { attachment: 'Course/photos/my photo.jpg', alt: 'x', described: true },
      { attachment: 'Course/photos/my photo.jpg', alt: '', width: 120 },
    ]);
    expect(note?.html).toContain('<span class="missing-file">Missing image: missing.png</span>');
    expect(result.warnings).toContainEqual({
      location: { file: 'content/notes/Course/Note.md', line: 3, column: 1 },
      message: 'no file "missing.png" in the notes folder; a placeholder shows its name',
      rule: 'missing-file',
    });
  });
});

describe('Obsidian extras', () => {
  test('callouts, highlights, tags, comments and task lists', () => {
    const result = pages({
      'n.md': [
        '> [!tip]- Remember **this**',
        '> Roles are temporary.',
        '',
        '> [!faq] Why?',
        '',
        'An ==important **bold** point== and #exam/week-3 but not #123. %%hidden%%',
        '',
        '- [x] done',
        '- [ ] to do',
      ].join('\n'),
      'other.md': 'Other.',
    });
    const html = result.topics.find((topic) => topic.frontmatter.slug === 'n')?.html ?? '';
    expect(html).toContain(
      '<details class="callout" data-callout="tip"><summary class="callout-title">Remember <strong>this</strong></summary>',
    );
    expect(html).toContain('<aside class="callout" data-callout="question"><p class="callout-title">Why?</p></aside>');
    expect(html).toContain('<mark>important <strong>bold</strong> point</mark>');
    expect(html).toContain('<a class="tag" href="/tags/exam/week-3/">#exam/week-3</a> but not #123.');
    expect(html).not.toContain('hidden');
    expect(html).toMatch(/<input type="checkbox" checked disabled>/);
    expect(result.topics.find((topic) => topic.frontmatter.slug === 'n')?.frontmatter.tags).toEqual(['exam/week-3']);
  });
});

describe('formulas and code', () => {
  test('render at build time without inline styles; a broken formula shows its source; dollar amounts stay text', () => {
    const result = pages({
      'n.md': [
        'Euler: $e^{i\\pi}+1=0$ and it costs $5 and $10.',
        '',
        '$$\\begin{align*}',
        'a &= b \\\\',
        '\\end{align*}$$',
        '',
        'Broken: $\\frac{a$ here.',
        '',
        '```python',
        'def f(x):',
        '    return x  # twice',
        '```',
      ].join('\n'),
      'other.md': 'Other.',
    });
    const note = result.topics.find((topic) => topic.frontmatter.slug === 'n');
    const html = note?.html ?? '';
    expect(note?.frontmatter.math).toBe(true);
    expect(html).toContain('<span class="math math-inline" data-pagefind-ignore=""><span class="katex">');
    expect(html).toContain('<div class="math math-display" data-pagefind-ignore="">');
    expect(html).toContain('it costs $5 and $10.');
    expect(html).not.toMatch(/\sstyle=/);
    expect(html).toContain('<code class="math-error" title="This formula could not be shown:');
    expect(html).toContain('$\\frac{a$');
    expect(html).toMatch(
      /<pre class="code shiki" tabindex="0"><code><span class="line"><span class="tok-keyword">def<\/span>/,
    );
    expect(result.mathDeclarations.length).toBeGreaterThan(3);
    expect(result.warnings.map((warning) => warning.message)).toContainEqual(
      expect.stringMatching(/this formula cannot be shown/),
    );
  });
});

describe('property values and image sizes', () => {
  test('a property is a list, one value, or values separated by commas', () => {
    expect(listOf('lecture, week6')).toEqual(['lecture', 'week6']);
    expect(listOf(['a', 2, null, ''])).toEqual(['a', '2']);
    expect(listOf(undefined)).toEqual([]);
  });

  test('an embedded image takes a width, a width and height, and a description', () => {
    expect(imageSize('300', 'a.png')).toEqual({ alt: 'a', width: 300 });
    expect(imageSize('300x200', 'a.png')).toEqual({ alt: 'a', width: 300, height: 200 });
    expect(imageSize('caption|300', 'a.png')).toEqual({ alt: 'caption', width: 300 });
    expect(imageSize('caption', 'a.png')).toEqual({ alt: 'caption' });
  });
});
