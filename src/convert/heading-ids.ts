import type {} from 'mdast-util-to-hast';
import type { Heading, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import GithubSlugger from 'github-slugger';
import { visit } from './walk.ts';

/** A heading of a page and the id it has there. */
export interface HeadingAnchor {
  /** The heading's text. */
  readonly text: string;
  readonly id: string;
  readonly depth: number;
}

/**
 * Give every heading of a page its id, as GitHub and Astro make heading anchors (github-slugger:
 * `## Key rotation` → `key-rotation`, a repeated heading `key-rotation-1`), and every block with an
 * Obsidian block id the id `^id`, so `[[Note#Key rotation]]` and `[[Note#^id]]` land on them.
 *
 * @example
 *   anchorHeadings([heading(2, 'Subnets'), heading(2, 'Subnets')])
 *   // [{ text: 'Subnets', id: 'subnets', depth: 2 }, { text: 'Subnets', id: 'subnets-1', depth: 2 }]
 */
export function anchorHeadings(nodes: readonly RootContent[]): HeadingAnchor[] {
  const slugger = new GithubSlugger();
  const anchors: HeadingAnchor[] = [];
  for (const node of nodes) {
    visit(node, (child) => {
      if (child.type === 'mdxJsxFlowElement' && child.name === 'Embed') return 'skip';
      if (child.data?.blockId) {
        child.data = { ...child.data, hProperties: { ...child.data.hProperties, id: `^${child.data.blockId}` } };
      }
      if (child.type !== 'heading') return undefined;
      const text = toString(child).trim();
      const id = slugger.slug(text) || slugger.slug('section');
      (child as Heading).data = { ...child.data, hProperties: { ...child.data?.hProperties, id } };
      anchors.push({ text, id, depth: child.depth });
      return undefined;
    });
  }
  return anchors;
}
