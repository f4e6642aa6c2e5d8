import type { FootnoteDefinition, Nodes, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { SKIP, visit } from './walk.ts';

/**
 * Footnotes as the student wrote them, never lost: a reference becomes its label in superscript, and
 * a definition stays where it was written, as a paragraph that starts with that label. (A Markdown
 * footnote whose reference and definition end up on different pages would drop its text.)
 *
 * @example
 *   IAM is free[^1]\n\n[^1]: within limits   →   IAM is free<sup>[1]</sup>  /  <sup>[1]</sup> within limits
 */
export default function remarkFootnotes() {
  return (tree: Root): void => footnotesInPlace(tree);
}

/** See {@link remarkFootnotes}. */
function footnotesInPlace(tree: Root): void {
  visit(tree, (node, index, parent) => {
    if (!parent || index === undefined) return undefined;
    if (node.type === 'footnoteReference') {
      (parent.children as Nodes[])[index] = label(node.label ?? node.identifier, node);
      return SKIP;
    }
    if (node.type === 'footnoteDefinition') {
      const blocks = inline(node);
      (parent.children as Nodes[]).splice(index, 1, ...blocks);
      return [SKIP, index + blocks.length];
    }
    return undefined;
  });
}

function inline(definition: FootnoteDefinition): RootContent[] {
  const marker = label(definition.label ?? definition.identifier, definition);
  const [first, ...rest] = definition.children;
  if (first?.type === 'paragraph') {
    return [{ ...first, children: [marker, { type: 'text', value: ' ' }, ...first.children] }, ...rest];
  }
  const lead: Paragraph = { type: 'paragraph', children: [marker] };
  return [lead, ...definition.children];
}

function label(text: string, at: Nodes): MdxJsxTextElement {
  const child: PhrasingContent = { type: 'text', value: `[${text}]` };
  const element: MdxJsxTextElement = { type: 'mdxJsxTextElement', name: 'sup', attributes: [], children: [child] };
  if (at.position) element.position = at.position;
  return element;
}
