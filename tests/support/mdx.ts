import type { Nodes as HastNodes } from 'hast';
import { mdxToHast } from 'satteri';

/**
 * Compile MDX with Sätteri, the compiler Astro 7 uses for the site's pages, with the site's
 * features (GFM on, smart punctuation off). Throws where Astro's build would fail.
 */
export function compileMdx(mdx: string): HastNodes {
  return mdxToHast(mdx, { features: { gfm: true, frontmatter: true, smartPunctuation: false } }) as HastNodes;
}

/** The text a reader sees in compiled MDX, whitespace collapsed. */
export function mdxText(mdx: string): string {
  return collapse(hastText(compileMdx(mdx)));
}

/** Every JSX element and ESM or expression node in compiled MDX (the names of the elements). */
export function mdxCodeNodes(mdx: string): string[] {
  const found: string[] = [];
  const walk = (node: HastNodes | { type: string; name?: string | null; children?: unknown[] }): void => {
    if (node.type.startsWith('mdx')) found.push(`${node.type}${'name' in node && node.name ? `:${node.name}` : ''}`);
    if ('children' in node && Array.isArray(node.children)) for (const child of node.children) walk(child as HastNodes);
  };
  walk(compileMdx(mdx));
  return found;
}

function hastText(node: HastNodes): string {
  if (node.type === 'text') return node.value;
  if ('children' in node) return node.children.map((child) => hastText(child as HastNodes)).join('');
  return '';
}

/** Collapse every run of whitespace into one space. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
