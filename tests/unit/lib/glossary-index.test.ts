import { describe, expect, test } from 'vitest';
import { glossaryItems, withoutPrefix, withSortNames } from '../../../src/lib/glossary-index.ts';
import { projectData } from '../../../tools/project-data.ts';

describe('the glossary index', () => {
  test('keeps only the terms the notes mention, sorted as a reader looks them up', () => {
    const items = glossaryItems(projectData().glossary, [
      { slug: 'iam', title: 'IAM', mentions: [{ term: 'aws-kms', id: 'mention-aws-kms', text: 'KMS' }] },
      {
        slug: 'org',
        title: 'AWS Organizations',
        mentions: [
          { term: 'amazon-cognito', id: 'mention-amazon-cognito', text: 'congnito' },
          { term: 'aws-kms', id: 'mention-aws-kms', text: 'AWS KMS' },
        ],
      },
    ]);
    expect(items.map((item) => item.entry.name)).toEqual(['Amazon Cognito', 'AWS KMS']);
    expect(items[1]?.places.map((place) => `${place.topic.slug}#${place.mention.id}`)).toEqual([
      'iam#mention-aws-kms',
      'org#mention-aws-kms',
    ]);
  });

  test("files a name without the glossary's prefix, or under its own sortAs", () => {
    expect(withoutPrefix('Amazon Cognito', ['AWS', 'Amazon'])).toBe('Cognito');
    expect(withoutPrefix('Service control policies', ['AWS', 'Amazon'])).toBe('Service control policies');
    expect(withoutPrefix('Amazonian forest', ['Amazon'])).toBe('Amazonian forest');
    expect(withoutPrefix('Amazon Cognito', [])).toBe('Amazon Cognito');
    const term = { id: 'x', short: [], aliases: [], misspellings: [], meaning: 'm' };
    expect(
      withSortNames({
        prefixes: ['Vitamin'],
        terms: [
          { ...term, name: 'Vitamin C' },
          { ...term, name: 'The Krebs cycle', sortAs: 'Krebs cycle' },
        ],
      }).map((entry) => entry.sortAs),
    ).toEqual(['C', 'Krebs cycle']);
  });
});
