import { describe, expect, test } from 'vitest';
import { findTerms } from '../../../src/lib/term-matcher.ts';
import { projectData } from '../../../tools/project-data.ts';

const find = findTerms(projectData().glossary);
const found = (text: string) => find(text).map((match) => [match.text, match.id, match.kind]);

describe('recognising glossary terms', () => {
  test('finds a canonical name, ignoring case', () => {
    expect(found('AWS config manages the configurations')).toEqual([['AWS config', 'aws-config', 'name']]);
  });

  test('finds acronyms and short forms, plurals included', () => {
    expect(found('SCPs and KMS and the SDKs')).toEqual([
      ['SCPs', 'service-control-policies', 'short'],
      ['KMS', 'aws-kms', 'short'],
      ['SDKs', 'aws-sdks', 'short'],
    ]);
  });

  test('finds the misspellings of the notes', () => {
    expect(found('Amazonh EC2 and Amazon congnito')).toEqual([
      ['Amazonh EC2', 'amazon-ec2', 'misspelling'],
      ['Amazon congnito', 'amazon-cognito', 'misspelling'],
    ]);
  });

  test('prefers the longest name at a place', () => {
    expect(found('AWS Key Management Service')).toEqual([['AWS Key Management Service', 'aws-kms', 'alias']]);
  });

  test('never matches inside another word', () => {
    expect(found('configuration, misconfig, shielding, iamb, KMSs2, s3cret')).toEqual([]);
  });

  test('matches short forms only as written, so ordinary words stay words', () => {
    expect(found('a shield against the rain; an artifact of the build')).toEqual([]);
    expect(found('AWS Shield and Artifact')).toEqual([
      ['AWS Shield', 'aws-shield', 'name'],
      ['Artifact', 'aws-artifact', 'short'],
    ]);
  });

  test('lets spaces and hyphens in a name stand for each other', () => {
    expect(found('AES 256 and AES-256')).toEqual([
      ['AES 256', 'aes-256', 'name'],
      ['AES-256', 'aes-256', 'name'],
    ]);
  });
});
