import { describe, expect, test } from 'vitest';
import { listOf } from '../../../src/convert/obsidian/frontmatter.ts';
import { imageSize } from '../../../src/convert/obsidian/resolve-links.ts';
import { convertText } from '../../support/convert.ts';
import { prerenderedOf } from '../../support/mdx.ts';

const pages = (files: Record<string, string>, attachments: string[] = []) =>
  convertText(files, [], [], [], attachments);
const mdxOf = (files: Record<string, string>, slug: string, attachments: string[] = []) =>
  pages(files, attachments).topics.find((topic) => topic.frontmatter.slug === slug)?.mdx ?? '';

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
    const mdx = mdxOf(vault, 'course/index');
    const links = [...mdx.matchAll(/\[([^\]]*)\]\(([^)]+)\)/g)].map((match) => [match[2], match[1]]);
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
    const mdx = result.topics.find((topic) => topic.frontmatter.slug === 'course/index')?.mdx ?? '';
    expect(mdx).toContain('<Unresolved title="No note named “No such note” in these notes">No such note</Unresolved>');
    expect(result.warnings).toContainEqual({
      location: { file: 'content/notes/Course/Index.md', line: 3, column: 1 },
      message: 'no note "No such note" in these notes; the link shows as text',
      rule: 'unresolved-link',
    });
  });

  test('block ids become anchors and are not shown; every page lists the pages that link to it', () => {
    const result = pages(vault);
    const rdf = result.topics.find((topic) => topic.frontmatter.slug === 'course/rdf-overview');
    expect(rdf?.mdx).toContain('\n<p id="^spo">Subject, predicate, object.</p>\n');
    expect(rdf?.frontmatter.backlinks).toEqual([{ slug: 'course/index', title: 'Index' }]);
  });
});

describe('embeds', () => {
  test('show the embedded note, or its section, in place, and cut a loop with a warning', () => {
    const result = pages({
      'A.md': 'Before.\n\n![[B#Part]]\n\nAfter. ![[A]]',
      'B.md': '## Part\n\nThe part. ![[A]]\n\n## Other\n\nNot embedded.',
    });
    const a = result.topics.find((topic) => topic.frontmatter.slug === 'a')?.mdx ?? '';
    expect(a).toContain('The part.');
    expect(a).not.toContain('Not embedded.');
    expect(a).toContain('<Embed label="B > Part" href="/b/#part">');
    expect(a).toContain('<Embed label="A" href="/a/" cut />');
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
      { attachment: 'attachments/Pasted image 1.png', name: 'image0' },
      { attachment: 'Course/diagram.png', name: 'image1' },
      { attachment: 'Course/photos/my photo.jpg', name: 'image2' },
    ]);
    expect(note?.mdx).toContain(
      [
        'import image0 from "../images/attachments/Pasted%20image%201.png";',
        'import image1 from "../images/Course/diagram.png";',
        'import image2 from "../images/Course/photos/my%20photo.jpg";',
        '',
        '<NoteImage src={image0} alt="Pasted image 1" eager /> <NoteImage src={image0} alt="Pasted image 1" width={300} /> <NoteImage src={image1} alt="Big picture" described width={300} height={200} />',
        '<NoteImage src={image2} alt="a photo" described /> <NoteImage src={image2} alt="x" described /> <NoteImage src={image2} alt="" width={120} />',
        '<MissingFile name="missing.png" />',
      ].join('\n'),
    );
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
    const mdx = result.topics.find((topic) => topic.frontmatter.slug === 'n')?.mdx ?? '';
    expect(mdx).toContain(
      '<Callout type="tip" fold="-">\n  <Fragment slot="title">Remember **this**</Fragment>\n\n  Roles are temporary.\n</Callout>',
    );
    expect(mdx).toContain('<Callout type="question" title="Why?" />');
    expect(mdx).toContain('<mark>important **bold** point</mark>');
    expect(mdx).toContain('<Tag name="exam/week-3" /> but not #123.');
    expect(mdx).not.toContain('hidden');
    expect(mdx).toContain('- [x] done\n- [ ] to do');
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
    const mdx = note?.mdx ?? '';
    const [euler, align, code] = prerenderedOf(mdx);
    expect(note?.frontmatter.math).toBe(true);
    expect(mdx).toContain('Euler: <Math tex="e^{i\\pi}+1=0" html={prerendered[0]} /> and it costs $5 and $10.');
    expect(euler).toMatch(/^<span class="katex"><span class="katex-mathml"><math/);
    expect(mdx).toContain(
      '<Math tex={"\\\\begin{align*}\\na &= b \\\\\\\\\\n\\\\end{align*}"} display html={prerendered[1]} />',
    );
    expect(align).toMatch(/^<span class="katex-display">/);
    expect(mdx).toContain('Broken: <Math tex="\\frac{a" error="');
    expect(mdx).toContain('<Code lang="python" html={prerendered[2]}>\n  ```python\n  def f(x):');
    expect(code).toMatch(
      /^<pre class="code shiki" tabindex="0"><code><span class="line"><span class="tok-keyword">def<\/span>/,
    );
    expect(prerenderedOf(mdx).join('')).not.toMatch(/\sstyle=/);
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
