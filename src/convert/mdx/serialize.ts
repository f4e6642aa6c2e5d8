import type { Nodes, Root } from 'mdast';
import { frontmatterToMarkdown } from 'mdast-util-frontmatter';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { mdxToMarkdown } from 'mdast-util-mdx';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { defaultHandlers, toMarkdown, type Handle, type Unsafe } from 'mdast-util-to-markdown';
import { visit } from '../walk.ts';

/** Constructs in which text is read as text (not as a URL or a title), where literals can start. */
const IN_TEXT = {
  inConstruct: 'phrasing',
  notInConstruct: ['autolink', 'destinationLiteral', 'destinationRaw', 'reference', 'titleQuote', 'titleApostrophe'],
} satisfies Partial<Unsafe>;

/**
 * Characters that would make MDX read note text as code, or as a link that is not there.
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
 * Elements that sit in a line of text, which must stay in a paragraph when a line holds nothing
 * else: the site's inline components and the inline HTML of the notes. (An element written on a
 * line of its own otherwise, such as a student's `<summary>` or the converter's `<h2 id>`, is a
 * block as MDX reads it.)
 */
const INLINE_ELEMENTS: ReadonlySet<string> = new Set([
  ...['Term', 'KeyTerm', 'KeyPoint', 'Math', 'NoteImage', 'Tag', 'Anchor', 'Unresolved', 'MissingFile'],
  ...['a', 'abbr', 'b', 'cite', 'code', 'del', 'dfn', 'em', 'i', 'ins', 'kbd', 'mark', 'q', 's', 'samp', 'small'],
  ...['span', 'strong', 'sub', 'sup', 'u', 'var'],
]);

/**
 * Write an MDX tree (mdx-nodes.ts) as MDX text, with mdast-util-to-markdown and the MDX, GFM and
 * frontmatter extensions, never by concatenating strings: every character of note text is escaped
 * where MDX or Markdown would otherwise read it as syntax. The tree is changed on the way.
 *
 * @example
 *   serialize(root(yaml('title: IAM'), paragraph('IAM to manage access {…}')))
 *   // "---\ntitle: IAM\n---\n\nIAM to manage access \{…}\n"
 */
export function serialize(root: Root): string {
  flattenNestedAttention(root);
  keepParagraphs(root);
  literalAttributes(root);
  return toMarkdown(root, {
    extensions: [frontmatterToMarkdown(['yaml']), gfmToMarkdown(), mdxToMarkdown(), { unsafe: MDX_UNSAFE }],
    handlers: { root: rootWithQuickEscapes },
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
 * The root handler, with escaping that asks only the unsafe patterns whose character the text holds.
 * mdast-util-to-markdown runs every one of its fifty-odd patterns (each a regular expression) over
 * every piece of text; a pattern whose character is not in the text cannot match, so leaving it out
 * changes nothing but the time (a third of the converter's at 10,000 notes).
 */
const rootWithQuickEscapes: Handle = (node, parent, state, info) => {
  const safe = state.safe;
  const all = state.unsafe;
  const byCharacter = new Map<string, Unsafe[]>();
  for (const pattern of all) {
    const list = byCharacter.get(pattern.character) ?? [];
    byCharacter.set(pattern.character, list);
    list.push(pattern);
  }
  state.safe = (value, config) => {
    const text = `${config.before ?? ''}${value ?? ''}${config.after ?? ''}`;
    const found = new Set<Unsafe[]>();
    for (let index = 0; index < text.length; index++) {
      const patterns = byCharacter.get(text.charAt(index));
      if (patterns) found.add(patterns);
    }
    state.unsafe = found.size === 1 ? [...found][0]! : [...found].flat();
    try {
      return safe.call(state, value, config);
    } finally {
      state.unsafe = all;
    }
  };
  return defaultHandlers.root(node as Root, parent, state, info);
};

/**
 * MDX reads a line that holds nothing but one element (`<Term …>AWS CLI</Term>`) as a block, not as
 * a paragraph; outside list items such a paragraph of an inline element is written as an explicit
 * `<p>` so it stays one.
 *
 * @example
 *   paragraph > Term("AWS CLI")   →   <p><Term name="aws-cli" …>AWS CLI</Term></p>
 */
function keepParagraphs(root: Root): void {
  visit(root, 'paragraph', (paragraph, index, parent) => {
    if (!parent || index === undefined || parent.type === 'listItem') return;
    const content = paragraph.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
    const only = content.length === 1 ? content[0] : undefined;
    if (only?.type !== 'mdxJsxTextElement' || !INLINE_ELEMENTS.has(only.name ?? '')) return;
    const wrapper: MdxJsxTextElement = {
      type: 'mdxJsxTextElement',
      name: 'p',
      attributes: [],
      children: paragraph.children,
    };
    paragraph.children = [wrapper];
  });
}

/**
 * Attribute values as MDX reads them back exactly: `&` written as a character reference (MDX
 * decodes `&amp;` in a value), and a value over several lines as a JavaScript string (a line of a
 * list or a quote would otherwise gain the container's indent).
 *
 * @example
 *   tex="a &amp; b"   →  tex="a &#x26;amp; b"
 *   tex="a\nb"        →  tex={"a\nb"}
 */
function literalAttributes(root: Root): void {
  visit(root, (node: Nodes) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    for (const attribute of node.attributes) {
      if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string') continue;
      attribute.value = /[\n\r]/.test(attribute.value)
        ? { type: 'mdxJsxAttributeValueExpression', value: JSON.stringify(attribute.value) }
        : attribute.value.replace(/&/g, '&#x26;');
    }
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
  visit(root, (node: Nodes) => {
    if ((node.type !== 'strong' && node.type !== 'emphasis') || !('children' in node)) return;
    node.children = node.children.flatMap((child) => (child.type === node.type ? child.children : [child]));
  });
}
