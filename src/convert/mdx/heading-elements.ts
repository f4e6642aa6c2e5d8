import type { Heading, Nodes, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { slug as githubSlug } from 'github-slugger';
import { readableText } from '../readable-text.ts';
import { SKIP, visit } from '../walk.ts';
import { attribute, jsx } from './mdx-nodes.ts';

/**
 * Headings as Markdown wherever that gives them their id: Astro gives each Markdown heading of an
 * MDX page the id github-slugger makes of its text, in page order (`## Key rotation` →
 * `key-rotation`, a second one `key-rotation-1`), and the converter's ids, which links point to,
 * are made the same way. Where Astro's id would differ (a heading with a formula, an id made unique
 * against a key term's), the heading is written as an element with its id (`<h2 id="…">…</h2>`);
 * so is a heading of an embedded note, which has no id on this page and must not take one a heading
 * of the page wants. Changes the nodes in place.
 *
 * @example
 *   heading(2, 'Subnets', id 'subnets')              →  ## Subnets
 *   heading(2, 'Ω and $\Omega$', id 'ω-and-omega')   →  <h2 id="ω-and-omega">Ω and <Math …/></h2>
 */
export function headingElements(nodes: RootContent[]): void {
  const slugger = new PredictedSlugs();
  const root: Root = { type: 'root', children: nodes };
  visit(root, 'heading', (heading: Heading, index, parent) => {
    const id = heading.data?.hProperties?.['id'];
    delete heading.data;
    const wanted = typeof id === 'string' ? id : undefined;
    if (wanted !== undefined && slugger.take(astroText(heading), wanted)) return SKIP;
    if (parent && index !== undefined) parent.children[index] = headingElement(heading, wanted) as never;
    return SKIP;
  });
}

/**
 * A heading's text as Astro reads it when it makes the heading's id: its text and the text inside its
 * elements, without what only runs later (an `{expression}` of a student's MDX) or shows no text
 * (an image, a formula's attributes).
 */
function astroText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(astroText).join('');
  return '';
}

/** `<h2 id="…">…</h2>` on one line (a paragraph of one element, which MDX reads as a block of phrasing). */
function headingElement(heading: Heading, id: string | undefined): Paragraph {
  const children = heading.children.map(oneLine);
  // A heading of only a formula has no text a screen reader (or axe-core) names it by: its formula as text does.
  const label = astroText(heading).trim() === '' ? readableText(heading) : '';
  const attributes = [
    ...(id === undefined ? [] : [attribute('id', id)]),
    ...(label ? [attribute('aria-label', label)] : []),
  ];
  const element = jsx('text', `h${heading.depth}`, attributes, children);
  return { type: 'paragraph', children: [element as PhrasingContent] };
}

/** Text of a heading written on one line: its line breaks become spaces. */
function oneLine(node: PhrasingContent): PhrasingContent {
  if (node.type === 'text') return { ...node, value: node.value.replace(/[\r\n]+/g, ' ') };
  if (node.type === 'break') return { type: 'text', value: ' ' };
  if ('children' in node) return { ...node, children: (node.children as PhrasingContent[]).map(oneLine) } as never;
  return node;
}

/**
 * The ids github-slugger gives headings in order (as Astro's heading ids do), asked one at a time:
 * {@link take} takes the next id only if it is the one wanted, else leaves the count as it was.
 */
class PredictedSlugs {
  readonly #occurrences = new Map<string, number>();

  /** Whether a heading of this text would get `wanted`; if so, it is counted. */
  take(text: string, wanted: string): boolean {
    const base = githubSlug(text);
    let count = this.#occurrences.get(base) ?? 0;
    let result = base;
    while (this.#occurrences.has(result)) {
      count += 1;
      result = `${base}-${count}`;
    }
    if (result !== wanted) return false;
    if (result !== base) this.#occurrences.set(base, count);
    this.#occurrences.set(result, 0);
    return true;
  }
}
