import { describe, expect, test } from 'vitest';
import { convertText } from '../../support/convert.ts';

const htmlOf = (notes: string) => convertText({ 'n.md': notes }).topics[0]?.html ?? '';
/** A mention as the page writes it: the student's words in a link to the glossary, the term's card beside. */
const mention = (term: string, id: string, words: string, search?: string) =>
  new RegExp(
    `<span class="term"${search ? ` data-pagefind-index-attrs="data-names" data-names="⁅${search}⁆"` : ''}><a id="${id}" class="term-word" href="/glossary/#${term}" aria-describedby="${id}-tip">${words}</a><span role="tooltip" id="${id}-tip" class="term-tip" data-pagefind-ignore="all"><strong>[^<]+</strong>: [^<]+</span></span>`,
  );

describe('glossary terms in the converted notes', () => {
  test('wrap the student’s own words, which stay as written', () => {
    expect(htmlOf('IAM notes\n- **Amazon congnito** allows sign-in\n')).toMatch(
      mention('amazon-cognito', 'mention-amazon-cognito', 'Amazon congnito', 'Amazon Cognito'),
    );
  });

  test('are marked inside underlined and highlighted text, and name the key words of a key point', () => {
    const result = convertText({ 'n.md': 'IAM notes\n\n- *<u>Explicit denies apply to AWS KMS keys too</u>*\n' });
    expect(result.topics[0]?.html).toMatch(
      new RegExp(
        `<u>Explicit denies apply to ${mention('aws-kms', 'mention-aws-kms', 'AWS KMS', 'AWS Key Management Service').source} keys too</u>`,
      ),
    );
    expect(result.topics[0]?.frontmatter.keyPoints[0]?.keyWords).toEqual(['AWS', 'KMS']);
  });

  test('are not marked inside links, headings or code', () => {
    const html = htmlOf(
      '# IAM\n\nIAM roles: [AWS KMS docs](https://aws.amazon.com/kms/) and `KMS` code\n\n```\nKMS\n```\n',
    );
    expect(html).toContain('<h2 id="iam">IAM</h2>');
    expect(html).toContain('<a href="https://aws.amazon.com/kms/">AWS KMS docs</a>');
    expect(html).toContain('<code>KMS</code>');
    expect(html).toContain('<pre tabindex="0"><code>KMS</code></pre>');
    expect(html.match(/class="term"/g)).toHaveLength(1);
  });

  test('are listed in the frontmatter with the id of each mention', () => {
    const mentions = convertText({ 'n.md': 'IAM and IAM again' }).topics[0]?.frontmatter.mentions;
    expect(mentions).toEqual([
      { term: 'aws-iam', id: 'mention-aws-iam', text: 'IAM' },
      { term: 'aws-iam', id: 'mention-aws-iam-2', text: 'IAM' },
    ]);
  });

  test('a line that is one term stays a paragraph', () => {
    expect(htmlOf('IAM notes\n\nAWS CLI\n')).toMatch(
      new RegExp(`<p>${mention('aws-cli', 'mention-aws-cli', 'AWS CLI', 'AWS Command Line Interface').source}</p>`),
    );
  });
});
