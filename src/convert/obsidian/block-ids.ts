import type { Nodes, Paragraph, Root } from 'mdast';
import type { VFile } from 'vfile';
import { SKIP, visit } from '../walk.ts';

/** ` ^id` at the end of a block: Obsidian's block id (Latin letters, digits and dashes; `_` is accepted too). */
const TRAILING_ID = /\s\^([A-Za-z0-9_-]+)\s*$/;
const ALONE_ID = /^\^([A-Za-z0-9_-]+)\s*$/;

declare module 'mdast' {
  interface Data {
    /** Obsidian's block id of this block (`^id`), the target of `[[Note#^id]]`. */
    blockId?: string;
  }
}

declare module 'vfile' {
  interface DataMap {
    /** The block ids of a note, in order. */
    blockIds: string[];
  }
}

/**
 * Obsidian block ids: ` ^id` at the end of a paragraph or list item names that block, and `^id`
 * alone on the line after a list, table or callout names that block. The id becomes the block's
 * anchor (`#^id` links land on it) and is not shown.
 *
 * @example
 *   "Roles are temporary. ^roles"  → paragraph "Roles are temporary." with data.blockId "roles"
 *   "- a\n- b\n\n^my-list"          → list with data.blockId "my-list"
 */
export default function remarkBlockIds() {
  return (tree: Root, file: VFile): void => {
    const ids: string[] = [];
    const name = (node: Nodes, id: string): void => {
      node.data = { ...node.data, blockId: id };
      if (!ids.includes(id)) ids.push(id);
    };
    visit(tree, (node, index, parent) => {
      if (node.type !== 'paragraph') return undefined;
      const alone = aloneId(node);
      if (alone && parent && index !== undefined) {
        const previous = parent.children[index - 1];
        if (previous) {
          name(previous as Nodes, alone);
          parent.children.splice(index, 1);
          return [SKIP, index];
        }
      }
      const id = takeTrailingId(node);
      if (id) name(parent?.type === 'listItem' ? parent : node, id);
      return undefined;
    });
    file.data.blockIds = ids;
  };
}

function aloneId(paragraph: Paragraph): string | undefined {
  const only = paragraph.children.length === 1 ? paragraph.children[0] : undefined;
  return only?.type === 'text' ? ALONE_ID.exec(only.value)?.[1] : undefined;
}

/** Remove a trailing ` ^id` from the last text of a paragraph, and return the id. */
function takeTrailingId(paragraph: Paragraph): string | undefined {
  const last = paragraph.children.at(-1);
  if (last?.type !== 'text') return undefined;
  const match = TRAILING_ID.exec(last.value);
  if (!match?.[1]) return undefined;
  last.value = last.value.slice(0, match.index);
  return match[1];
}
