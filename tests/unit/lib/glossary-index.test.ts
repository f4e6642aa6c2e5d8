import { describe, expect, test } from 'vitest';
import { glossaryItems, sortKey } from '../../../src/lib/glossary-index.ts';
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

  test('files a name without its vendor prefix', () => {
    expect(sortKey('Amazon Cognito')).toBe('Cognito');
    expect(sortKey('Service control policies')).toBe('Service control policies');
  });
});
