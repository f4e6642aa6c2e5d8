import { readFileSync } from 'node:fs';
import { linkFindings } from '../../../src/lint/link-findings.ts';
import { convertText } from '../../support/convert.ts';
import { describe, expect, test } from 'vitest';
import { findTerms } from '../../../src/lib/term-matcher.ts';
import { lintNotes } from '../../../src/lint/notes-lint.ts';
import { projectData } from '../../../tools/project-data.ts';

const { glossary, glossaryPrefixes } = projectData();
const lint = (text: string) => lintNotes(text, findTerms(glossary), glossary, glossaryPrefixes);

describe('the notes linter', () => {
  test('lists exactly the misspelt service names and doubled words of the bundled notes, at their line and column', () => {
    const notes = readFileSync(new URL('../../../content/notes/aws-security.md', import.meta.url), 'utf8');
    expect(lint(notes)).toEqual([
      { line: 3, column: 4, rule: 'misspelt-term', message: '"Amazonh EC2" is a misspelling of "Amazon EC2"' },
      {
        line: 40,
        column: 5,
        rule: 'misspelt-term',
        message: '"Amazon congnito" is a misspelling of "Amazon Cognito"',
      },
      { line: 40, column: 30, rule: 'doubled-word', message: 'doubled word "user user"' },
    ]);
  });

  test('names an unknown service and suggests the nearest known one', () => {
    expect(lint('Use AWS Lamdba Functions\nand Amazon Glacier Vaults')).toEqual([
      {
        line: 1,
        column: 5,
        rule: 'unknown-name',
        message:
          '"AWS Lamdba Functions" is not in the glossary; add it to the glossary if it names a term of the subject',
      },
      {
        line: 2,
        column: 5,
        rule: 'unknown-name',
        message:
          '"Amazon Glacier Vaults" is not in the glossary; add it to the glossary if it names a term of the subject',
      },
    ]);
    expect(lint('see AWS Trusted Advisr')).toEqual([
      {
        line: 1,
        column: 5,
        rule: 'unknown-name',
        message: '"AWS Trusted Advisr" is not in the glossary (did you mean "AWS Trusted Advisor"?)',
      },
    ]);
  });

  test('finds doubled words in any case, but not across different words or inside code blocks', () => {
    expect(lint('The the keys\nkeys rotate\n```\nx x\n```').map((finding) => finding.message)).toEqual([
      'doubled word "The the"',
    ]);
  });

  test("knows a subject's names by the glossary's prefixes, not by any built-in vendor", () => {
    const biology = [
      {
        id: 'krebs-cycle',
        name: 'Krebs cycle',
        short: [],
        aliases: ['Citric acid cycle'],
        misspellings: ['Krebs cicle'],
        meaning: 'x',
      },
    ];
    const lintBiology = (text: string, prefixes: string[]) => lintNotes(text, findTerms(biology), biology, prefixes);
    expect(lintBiology('The Krebs cicle and AWS Lamdba Functions', []).map((finding) => finding.rule)).toEqual([
      'misspelt-term',
    ]);
    expect(lintBiology('Then Enzyme Kinase Three and the Krebs cycle', ['Enzyme'])).toEqual([
      {
        line: 1,
        column: 6,
        rule: 'unknown-name',
        message:
          '"Enzyme Kinase Three" is not in the glossary; add it to the glossary if it names a term of the subject',
      },
    ]);
  });

  test('stays quiet on known names, whatever their case', () => {
    expect(lint('AWS KMS, AWS config, Amazon S3 and AWS Elastic Beanstalk')).toEqual([]);
  });
});

describe('the notes linter on links', () => {
  test('reports the links, embeds and images the site cannot resolve, at their line', () => {
    const result = convertText(
      { 'Index.md': 'See [[Present]] and [[Absent]].\n\n![[gone.png]]', 'Present.md': 'Here.' },
      [],
      [],
      [],
    );
    expect(linkFindings(result.warnings)).toEqual([
      {
        file: 'content/notes/Index.md',
        line: 1,
        column: 21,
        rule: 'unresolved-link',
        message: 'no note "Absent" in these notes; the link shows as text',
      },
      {
        file: 'content/notes/Index.md',
        line: 3,
        column: 1,
        rule: 'missing-file',
        message: 'no file "gone.png" in the notes folder; a placeholder shows its name',
      },
    ]);
  });
});
