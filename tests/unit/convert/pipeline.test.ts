import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { convertText } from '../../support/convert.ts';

const bundled = readFileSync(new URL('../../../content/notes/aws-security.md', import.meta.url), 'utf8');

describe('converting the bundled notes', () => {
  const result = convertText({ 'aws-security.md': bundled });

  test('gives the six topics of the map, in order, with no warning', () => {
    expect(result.topics.map((topic) => [topic.frontmatter.order, topic.frontmatter.slug])).toEqual([
      [1, 'shared-responsibility'],
      [2, 'iam'],
      [3, 'organizations'],
      [4, 'kms'],
      [5, 'config'],
      [6, 'artifact'],
    ]);
    expect(result.warnings).toEqual([]);
  });

  test('records where each section comes from', () => {
    const iam = result.topics.find((topic) => topic.frontmatter.slug === 'iam');
    expect(iam?.frontmatter.sections).toEqual([
      { file: 'aws-security.md', startLine: 13, endLine: 27, lines: 15 },
      { file: 'aws-security.md', startLine: 31, endLine: 31, lines: 1 },
    ]);
  });

  test('accounts for every non-blank line exactly once across the sections', () => {
    const covered = result.topics
      .flatMap((topic) => topic.frontmatter.sections)
      .reduce((sum, section) => sum + section.lines, 0);
    const separators = bundled.split('\n').filter((line) => /^\s*([-*_])(\s*\1){2,}\s*$/.test(line)).length;
    const nonBlank = bundled.split('\n').filter((line) => line.trim() !== '').length;
    expect(covered).toBe(nonBlank - separators);
  });

  test('never rewrites the words of the notes', () => {
    const all = result.topics.map((topic) => topic.mdx).join('\n');
    for (const word of ['Amazonh EC2', 'Identoty-based', 'attatched', 'congnito', 'user user', 'evals', 'algo']) {
      expect(all).toContain(word);
    }
  });
});

describe('warnings', () => {
  test('a topic of the map that receives no section is named in a warning and gets no page', () => {
    const result = convertText({ 'iam.md': 'IAM roles\n' });
    expect(result.topics.map((topic) => topic.frontmatter.slug)).toEqual(['iam']);
    expect(result.warnings.map((warning) => warning.message)).toContainEqual(
      expect.stringMatching(/^content\/topics\.yaml: topic "kms" received no section of the notes .*"AWS KMS"/),
    );
  });

  test('an empty notes file is named in a warning', () => {
    const result = convertText({ 'empty.md': '\n\n', 'iam.md': 'IAM roles' });
    expect(result.warnings).toContainEqual(
      expect.objectContaining({ location: { file: 'content/notes/empty.md', line: 1, column: 1 } }),
    );
  });
});

describe('topics the notes start', () => {
  test('a first section that names no topic becomes a topic named after the file', () => {
    const result = convertText({ 'week-3_networking.md': 'Subnets split a VPC.\n' });
    expect(result.topics[0]?.frontmatter).toMatchObject({
      title: 'Week 3 networking',
      slug: 'week-3-networking',
      summary: 'Subnets split a VPC.',
    });
  });

  test('a heading that names no topic never takes the slug of a page of the site', () => {
    const result = convertText({ 'n.md': '# Glossary\n\nTerms.\n' });
    expect(result.topics[0]?.frontmatter).toMatchObject({ title: 'Glossary', slug: 'glossary-2' });
  });

  test('in a folder of several notes, each file is one page titled by its file name, its headings kept on it', () => {
    const result = convertText({
      'a.md': '# Networking\n\nOne.\n\n# More\n\nTwo.\n',
      'b.md': '# Networking\n\nThree.\n',
    });
    expect(result.topics.map((topic) => [topic.frontmatter.slug, topic.frontmatter.title])).toEqual([
      ['a', 'a'],
      ['b', 'b'],
    ]);
    expect(result.topics[0]?.mdx).toContain('\n## Networking\n\nOne.\n\n## More\n\nTwo.\n');
    expect(result.topics[0]?.frontmatter.outline.map((entry) => entry.id)).toEqual(['networking', 'more']);
  });
});

describe('the vocabulary for spelling help', () => {
  test('holds the words of the pages as the reader sees them, never pieces of escapes', () => {
    const { vocabulary } = convertText({
      'n.md': 'IAM notes\n\nimport boto3 from the SDK {x}\n\n- Programmatic access\n- console access\n',
    });
    expect(vocabulary).toEqual(expect.arrayContaining(['import', 'boto3', 'programmatic', 'console', 'access']));
    expect(vocabulary).not.toEqual(expect.arrayContaining(['x69']));
    expect(vocabulary.filter((word) => /mport|accessconsole/.test(word) && word !== 'import')).toEqual([]);
    expect(vocabulary.indexOf('access')).toBeLessThan(vocabulary.indexOf('programmatic'));
  });
});

describe('a folder of notes (an Obsidian vault)', () => {
  test('reads in order folder by folder: a folder’s own notes first, names in natural order', () => {
    const result = convertText({
      'Course/Lecture 10.md': 'Ten.',
      'Course/Lecture 2.md': 'Two.',
      'Course/Week 1/Exercise.md': 'Exercise.',
      'Start.md': 'Start here.',
      'Another course/Notes.md': 'Other.',
    });
    expect(result.topics.map((topic) => topic.frontmatter.slug)).toEqual([
      'start',
      'another-course/notes',
      'course/lecture-2',
      'course/lecture-10',
      'course/week-1/exercise',
    ]);
    expect(result.topics[4]?.frontmatter.folders).toEqual([
      { slug: 'course', title: 'Course' },
      { slug: 'course/week-1', title: 'Week 1' },
    ]);
  });

  test('a note is titled by its title property, else its file name, and a first heading that repeats it is not shown twice', () => {
    const result = convertText({
      'rdf.md': '---\ntitle: RDF overview\naliases: RDF\ntags: [in4060, "#exam"]\n---\n# RDF overview\n\nTriples.\n',
      'Eigen values.md': '# Definition\n\nA scalar.\n',
    });
    const [eigen, rdf] = result.topics;
    expect(rdf?.frontmatter).toMatchObject({ title: 'RDF overview', tags: ['in4060', 'exam'] });
    expect(rdf?.mdx).toBe(
      '---\ntitle: RDF overview\nsummary: Triples.\ntags:\n  - in4060\n  - exam\naliases:\n  - RDF\nsource: rdf.md, line 8\n---\n\nTriples.\n',
    );
    expect(eigen?.frontmatter.title).toBe('Eigen values');
    expect(eigen?.mdx).toContain('\n## Definition\n\nA scalar.\n');
  });

  test('two files whose names slugify alike get distinct addresses, with a warning', () => {
    const result = convertText({ 'Week 1.md': 'One.', 'week-1.md': 'Also one.' });
    expect(result.topics.map((topic) => topic.frontmatter.slug)).toEqual(['week-1', 'week-1-2']);
    expect(result.warnings.map((warning) => warning.message)).toContainEqual(
      expect.stringMatching(/"week-1" would have the address "week-1", which is taken; it is at "week-1-2" instead/),
    );
  });
});
