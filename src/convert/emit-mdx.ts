import type { Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { frontmatterToMarkdown } from 'mdast-util-frontmatter';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown, type Unsafe } from 'mdast-util-to-markdown';
import { stringify } from 'yaml';
import type { TopicPage } from '../schemas/topic-page.ts';

/** Constructs in which text is read as text (not as a URL or a title), where literals can start. */
const IN_TEXT = {
  inConstruct: 'phrasing',
  notInConstruct: ['autolink', 'destinationLiteral', 'destinationRaw', 'reference', 'titleQuote', 'titleApostrophe'],
} satisfies Partial<Unsafe>;

/**
 * Characters that would make MDX read note text as code or as a link that is not there.
 * mdast-util-mdx already escapes `<` and `{`; these add:
 * - `import`/`export` at the start of a line, which MDX reads as an ES module statement;
 * - the `.` of `www.` and the `:` of `scheme://` in text, so that the MDX parser does not start a
 *   GFM autolink literal there, which would swallow a following backslash escape (`www.\<`).
 */
const MDX_UNSAFE: Unsafe[] = [
  { character: 'i', atBreak: true, after: 'mport\\b' },
  { character: 'e', atBreak: true, after: 'xport\\b' },
  { character: '.', before: '[Ww]{3}', ...IN_TEXT },
  { character: ':', after: '\\/\\/', ...IN_TEXT },
];

/**
 * Write one topic page as MDX: YAML frontmatter, then each section's blocks, sections separated
 * by a thematic break. Serialised by mdast-util-to-markdown with the MDX and GFM extensions, so
 * every character of note text is escaped where MDX or Markdown would otherwise read it as syntax.
 *
 * @example
 *   emitTopicMdx({ title: 'IAM', slug: 'iam', … }, [[paragraph('IAM to manage access {…}')]])
 *   // "---\ntitle: IAM\n…\n---\n\nIAM to manage access \{…}\n"
 */
export function emitTopicMdx(frontmatter: TopicPage, sections: readonly (readonly RootContent[])[]): string {
  const children: RootContent[] = [{ type: 'yaml', value: stringify(frontmatter, { lineWidth: 0 }).trimEnd() }];
  sections
    .filter((nodes) => nodes.length > 0)
    .forEach((nodes, index) => {
      if (index > 0) children.push({ type: 'thematicBreak' });
      children.push(...nodes);
    });
  const root: Root = { type: 'root', children };
  flattenNestedAttention(root);
  keepParagraphs(root);
  return toMarkdown(root, {
    extensions: [frontmatterToMarkdown(['yaml']), gfmToMarkdown(), mdxToMarkdown(), { unsafe: MDX_UNSAFE }],
    bullet: '-',
    bulletOther: '*',
    emphasis: '*',
    strong: '*',
    rule: '-',
    listItemIndent: 'one',
    fences: true,
    resourceLink: true,
  });
}

/**
 * MDX reads a line that holds nothing but one element (`<Term …>AWS CLI</Term>`) as a block, not as
 * a paragraph; outside list items such a paragraph is written as an explicit `<p>` so it stays one.
 *
 * @example
 *   paragraph > Term("AWS CLI")   →   <p><Term name="aws-cli" …>AWS CLI</Term></p>
 */
function keepParagraphs(root: Root): void {
  visit(root, 'paragraph', (paragraph, index, parent) => {
    if (!parent || index === undefined || parent.type === 'listItem') return;
    const content = paragraph.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
    if (content.length !== 1 || content[0]?.type !== 'mdxJsxTextElement') return;
    const wrapper: MdxJsxFlowElement = { type: 'mdxJsxFlowElement', name: 'p', attributes: [], children: [paragraph] };
    parent.children[index] = wrapper as (typeof parent.children)[number];
  });
}

/**
 * Bold inside bold (or italics inside italics) looks the same as one level, but Markdown cannot
 * always write it back unambiguously (`foo******bar` would come out as underscores); keep one level.
 *
 * @example
 *   strong > strong > "bar"   →   strong > "bar"
 */
function flattenNestedAttention(root: Root): void {
  visit(root, (node) => {
    if ((node.type !== 'strong' && node.type !== 'emphasis') || !('children' in node)) return;
    node.children = node.children.flatMap((child) => (child.type === node.type ? child.children : [child]));
  });
}
