import type { Nodes, Root } from 'mdast';
import { SKIP, visit } from '../walk.ts';

/** An HTML comment, whole: `<!-- … -->`. */
const HTML_COMMENT = /^<!--[\s\S]*?-->$/;

/**
 * Hide the student's comments, as Obsidian does: `%%…%%` (inline or over several lines) and
 * `<!-- … -->`. They are notes to self, not page text. An HTML comment that is not closed stays
 * text, as any other HTML does.
 *
 * @example
 *   "Roles %%ask the TA%% are temporary <!-- check -->" → "Roles  are temporary "
 */
export default function remarkComments() {
  return (tree: Root): void => {
    visit(tree, (node: Nodes, index, parent) => {
      if (!parent || index === undefined) return undefined;
      const comment = node.type === 'comment' || (node.type === 'html' && HTML_COMMENT.test(node.value.trim()));
      if (!comment) return undefined;
      parent.children.splice(index, 1);
      return [SKIP, index];
    });
  };
}
