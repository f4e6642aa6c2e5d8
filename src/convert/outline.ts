import type { Paragraph, PhrasingContent, RootContent, Strong } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import GithubSlugger from 'github-slugger';
import type { OutlineEntry } from '../schemas/topic-page.ts';

/** Longest text a bold lead may have to count as a key term (longer ones are emphasised sentences). */
const MAX_TERM_LENGTH = 60;

/**
 * Build a topic page's outline ("On this page"): its headings and its key terms, in reading order.
 * A key term is a bold lead, such as **AWS Shield** at the start of "AWS Shield protects against …":
 * bold text that opens a paragraph and is followed by more words. Each key term becomes a
 * `<strong>` with a stable id (`term-` and its slug), unique on the page and never equal to the id
 * of a heading (which Astro derives from the heading's text with the same slugger).
 *
 * @example
 *   - **AWS Shield** protects against DDoS    →  - <strong id="term-aws-shield">AWS Shield</strong> protects against DDoS
 *   outline: [{ kind: 'term', id: 'term-aws-shield', text: 'AWS Shield' }]
 */
export function markKeyTerms(nodes: readonly RootContent[]): OutlineEntry[] {
  const headingIds = new GithubSlugger();
  const taken = new Set<string>();
  const outline: OutlineEntry[] = [];
  for (const node of nodes) {
    visit(node, (child) => {
      if (child.type === 'heading') {
        const text = toString(child).trim();
        taken.add(headingIds.slug(text));
        outline.push({ kind: 'heading', depth: child.depth, text });
      } else if (child.type === 'paragraph') {
        const term = leadTerm(child);
        if (!term) return;
        const text = toString(term.strong).trim();
        const id = uniqueId(`term-${new GithubSlugger().slug(text) || 'key-term'}`, taken);
        child.children[term.index] = termElement(term.strong, id);
        outline.push({ kind: 'term', id, text });
      }
    });
  }
  return outline;
}

/** The bold lead of a paragraph: its first non-blank child, when bold, short, and followed by text. */
function leadTerm(paragraph: Paragraph): { strong: Strong; index: number } | undefined {
  const index = paragraph.children.findIndex((child) => !(child.type === 'text' && child.value.trim() === ''));
  const strong = paragraph.children[index];
  if (strong?.type !== 'strong') return undefined;
  const text = toString(strong).trim();
  const rest = paragraph.children
    .slice(index + 1)
    .map((child) => toString(child))
    .join('');
  if (text === '' || text.length > MAX_TERM_LENGTH || !/[\p{L}\p{N}]/u.test(rest)) return undefined;
  return { strong, index };
}

function termElement(strong: Strong, id: string): MdxJsxTextElement {
  const element: MdxJsxTextElement = {
    type: 'mdxJsxTextElement',
    name: 'strong',
    attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: id }],
    children: strong.children as PhrasingContent[],
  };
  if (strong.position) element.position = strong.position;
  return element;
}

function uniqueId(id: string, taken: Set<string>): string {
  let candidate = id;
  for (let counter = 2; taken.has(candidate); counter++) candidate = `${id}-${counter}`;
  taken.add(candidate);
  return candidate;
}
