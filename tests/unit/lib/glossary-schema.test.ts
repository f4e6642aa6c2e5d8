import { describe, expect, test } from 'vitest';
import { glossary } from '../../../src/schemas/glossary.ts';

const term = { id: 'aws-kms', name: 'AWS KMS', short: ['KMS'], meaning: 'Keys.', category: 'security' };
const messages = (terms: unknown[]) =>
  glossary.safeParse({ terms }).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

describe('the glossary schema', () => {
  test('accepts distinct terms', () => {
    expect(messages([term, { ...term, id: 'aws-iam', name: 'AWS IAM', short: ['IAM'] }])).toEqual([]);
  });

  test('names a repeated id at the term that repeats it', () => {
    expect(messages([term, { ...term, name: 'Key service', short: [] }])).toEqual([
      'terms.1.id: "aws-kms" is already the id of term 1',
    ]);
  });

  test('names a form that already names another term', () => {
    expect(messages([term, { ...term, id: 'other', name: 'Other', short: ['kms'] }])).toEqual([
      'terms.1.short.0: "kms" already names the term "aws-kms"',
    ]);
  });
});
