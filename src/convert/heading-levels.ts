import type { Heading, Root, RootContent } from 'mdast';
import { SKIP, visit } from './walk.ts';

/**
 * A page's headings at levels a reader (and a screen reader's list of headings) can follow: the
 * student's structure kept, its jumps closed. Each heading goes one level below the nearest heading
 * above it written at a higher level (`#` → h2, then `###` right under it → h3, not h4), the page
 * title being the only h1; headings with nothing in them (`##` alone) are dropped, as they show
 * nothing. Embedded notes' headings take their place in the page's structure too.
 *
 * @example
 *   levelHeadings([# A, ### B, ##, ## C]) // [h2 A, h3 B, h3 C]
 */
export function levelHeadings(nodes: RootContent[]): RootContent[] {
  const root: Root = { type: 'root', children: nodes };
  visit(root, 'heading', (heading: Heading, index, parent) => {
    if (isEmpty(heading) && parent && index !== undefined) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    return undefined;
  });
  const open: number[] = [];
  visit(root, 'heading', (heading: Heading) => {
    while (open.length > 0 && (open.at(-1) ?? 0) >= heading.depth) open.pop();
    open.push(heading.depth);
    heading.depth = Math.min(6, open.length + 1) as Heading['depth'];
  });
  return root.children;
}

function isEmpty(heading: Heading): boolean {
  return heading.children.every((child) => child.type === 'text' && child.value.trim() === '');
}
