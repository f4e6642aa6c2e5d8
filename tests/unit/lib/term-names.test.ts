import { describe, expect, test } from 'vitest';
import { namesToIndex } from '../../../src/lib/term-names.ts';
import { projectData } from '../../../tools/project-data.ts';

const entry = (id: string) => {
  const found = projectData().glossary.find((term) => term.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe('names of a term indexed at its mention', () => {
  test('are the names whose words the mention lacks, the longest of overlapping ones', () => {
    expect(namesToIndex(entry('aws-kms'), 'AWS KMS')).toEqual(['AWS Key Management Service']);
    expect(namesToIndex(entry('amazon-cognito'), 'Amazon congnito')).toEqual(['Amazon Cognito']);
    expect(namesToIndex(entry('service-control-policies'), 'Service control policies')).toEqual(['SCP']);
  });

  test("leave out the glossary's prefixes (a vendor's name), which add nothing to search", () => {
    expect(namesToIndex(entry('aws-iam'), 'IAM', ['AWS', 'Amazon'])).toEqual(['AWS Identity and Access Management']);
    expect(namesToIndex(entry('aws-kms'), 'KMS', ['AWS', 'Amazon'])).toEqual(['AWS Key Management Service']);
    expect(namesToIndex(entry('aws-kms'), 'KMS', [])).toEqual(['AWS KMS', 'AWS Key Management Service']);
  });
});
