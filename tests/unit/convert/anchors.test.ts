import { describe, expect, test } from 'vitest';
import { convertText } from '../../support/convert.ts';

const outlineOf = (notes: string) => convertText({ 'n.md': notes }).topics[0]?.frontmatter.outline;
const mdxOf = (notes: string) => convertText({ 'n.md': notes }).topics[0]?.mdx ?? '';

describe('key terms and the outline', () => {
  test('a bold lead followed by words is a key term with a stable id', () => {
    expect(outlineOf('IAM notes\n- **AWS Shield** protects against DDoS\n')).toEqual([
      { kind: 'term', id: 'term-aws-shield', text: 'AWS Shield', explanation: 'protects against DDoS' },
    ]);
    expect(mdxOf('IAM notes\n- **AWS Shield** protects against DDoS\n')).toContain(
      '- <KeyTerm id="term-aws-shield" label="AWS Shield"><Term name="aws-shield" id="mention-aws-shield" search="AWS Shield Standard, AWS Shield Advanced">AWS Shield</Term></KeyTerm> protects',
    );
  });

  test('a line that is bold from end to end, or bold in the middle, is no key term', () => {
    expect(outlineOf('IAM notes\n- **free**\n- CloudTrail logs **PEOPLE**, or the **WHO**.\n')).toEqual([]);
  });

  test('two key terms with one name get distinct ids, and never the id of a heading', () => {
    const outline = outlineOf('# IAM\n\n## Term roles\n\n- **Roles** are assumed\n- **Roles** are temporary\n');
    expect(outline).toEqual([
      { kind: 'heading', depth: 2, text: 'IAM', id: 'iam' },
      { kind: 'heading', depth: 3, text: 'Term roles', id: 'term-roles' },
      { kind: 'term', id: 'term-roles-2', text: 'Roles', explanation: 'are assumed' },
      { kind: 'term', id: 'term-roles-3', text: 'Roles', explanation: 'are temporary' },
    ]);
  });
});
