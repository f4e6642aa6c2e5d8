import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from '../walk.ts';

declare module 'vfile' {
  interface DataMap {
    /** The `#tags` written in a note's text, in order of appearance, without `#`. */
    inlineTags: string[];
  }
}

/**
 * Collect the `#tags` of a note's text (`#exam`, `#course/week-3`; never `#123`, a heading, an
 * anchor in a URL or anything in code) into `file.data.inlineTags`. The tags stay where they are
 * written and become links to their tag page when the page is written (emit-html.ts).
 *
 * @example
 *   "RDF is a graph model #in4060 #exam/week-3" → file.data.inlineTags = ['in4060', 'exam/week-3']
 */
export default function remarkInlineTags() {
  return (tree: Root, file: VFile): void => {
    const tags: string[] = [];
    visit(tree, 'tag', (node) => {
      if (!tags.includes(node.value)) tags.push(node.value);
    });
    file.data.inlineTags = tags;
  };
}
