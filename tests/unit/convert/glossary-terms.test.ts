import { describe, expect, test } from 'vitest';
import { convertText } from '../../support/convert.ts';

const mdxOf = (notes: string) => convertText({ 'n.md': notes }).topics[0]?.mdx ?? '';
/** A mention as the page's MDX writes it: the student's words in a `<Term>`, with the names search should also find at the first. */
const mention = (term: string, id: string, words: string, search?: string) =>
  `<Term name="${term}" id="${id}"${search ? ` search="${search}"` : ''}>${words}</Term>`;

describe('glossary terms in the converted notes', () => {
  test('wrap the student’s own words, which stay as written', () => {
    expect(mdxOf('IAM notes\n- **Amazon congnito** allows sign-in\n')).toContain(
      mention('amazon-cognito', 'mention-amazon-cognito', 'Amazon congnito', 'Amazon Cognito'),
    );
  });

  test('are marked inside underlined and highlighted text, and name the key words of a key point', () => {
    const result = convertText({ 'n.md': 'IAM notes\n\n- *<u>Explicit denies apply to AWS KMS keys too</u>*\n' });
    expect(result.topics[0]?.mdx).toContain(
      `<u>Explicit denies apply to ${mention('aws-kms', 'mention-aws-kms', 'AWS KMS', 'AWS Key Management Service')} keys too</u>`,
    );
    expect(result.topics[0]?.frontmatter.keyPoints[0]?.keyWords).toEqual(['AWS', 'KMS']);
  });

  test('are not marked inside links, headings or code', () => {
    const mdx = mdxOf(
      '# IAM\n\nIAM roles: [AWS KMS docs](https://aws.amazon.com/kms/) and `KMS` code\n\n```\nKMS\n```\n',
    );
    expect(mdx).toContain('\n## IAM\n');
    expect(mdx).toContain('[AWS KMS docs](https://aws.amazon.com/kms/)');
    expect(mdx).toContain('`KMS` code');
    expect(mdx).toContain('```\nKMS\n```');
    expect(mdx.match(/<Term /g)).toHaveLength(1);
  });

  test('are listed in the frontmatter with the id of each mention', () => {
    const mentions = convertText({ 'n.md': 'IAM and IAM again' }).topics[0]?.frontmatter.mentions;
    expect(mentions).toEqual([
      { term: 'aws-iam', id: 'mention-aws-iam', text: 'IAM' },
      { term: 'aws-iam', id: 'mention-aws-iam-2', text: 'IAM' },
    ]);
  });

  test('a line that is one term stays a paragraph', () => {
    expect(mdxOf('IAM notes\n\nAWS CLI\n')).toContain(
      `\n<p>${mention('aws-cli', 'mention-aws-cli', 'AWS CLI', 'AWS Command Line Interface')}</p>\n`,
    );
  });
});
