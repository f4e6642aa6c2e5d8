import type { Nodes, PhrasingContent, Root } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { SKIP, visitParents } from './walk.ts';
import type { TermFinder } from '../lib/term-matcher.ts';
import { textSlice } from './text-slice.ts';

/** Where a mention may not become a term: inside a link (a term is a link), a heading, code or a key. */
const NO_TERMS_INSIDE = new Set(['link', 'linkReference', 'heading', 'inlineCode', 'code']);
/** Elements of the notes inside which a term stays plain text: a keyboard key, and a term itself. */
const NO_TERMS_INSIDE_ELEMENTS = new Set(['kbd', 'Term']);

/**
 * Mark every mention of a glossary term in the notes as a `<Term name="…">` element around the
 * student's own words, so the page can show the canonical name and meaning and search can find the
 * page by every name of the term. The words themselves never change.
 *
 * @example
 *   "**Amazon congnito** allows user sign-up"
 *   → strong > <Term name="amazon-cognito">Amazon congnito</Term>, " allows user sign-up"
 */
export default function remarkGlossaryTerms(options: { readonly find: TermFinder }) {
  return (tree: Root): void => glossaryTerms(tree, options.find);
}

/** See {@link remarkGlossaryTerms}. */
export function glossaryTerms(tree: Root, find: TermFinder): void {
  visitParents(tree, 'text', (node, ancestors) => {
    const excluded = (ancestor: Nodes): boolean =>
      NO_TERMS_INSIDE.has(ancestor.type) ||
      (ancestor.type === 'mdxJsxTextElement' && NO_TERMS_INSIDE_ELEMENTS.has(ancestor.name ?? ''));
    if (ancestors.some(excluded)) return;
    const matches = find(node.value);
    if (matches.length === 0) return;
    const parent = ancestors.at(-1) as Extract<Nodes, { children: unknown[] }>;
    const pieces: PhrasingContent[] = [];
    let cursor = 0;
    for (const match of matches) {
      if (match.start > cursor) pieces.push(textSlice(node, cursor, match.start));
      const term: MdxJsxTextElement = {
        type: 'mdxJsxTextElement',
        name: 'Term',
        attributes: [{ type: 'mdxJsxAttribute', name: 'name', value: match.id }],
        children: [textSlice(node, match.start, match.end)],
      };
      const position = textSlice(node, match.start, match.end).position;
      if (position) term.position = position;
      pieces.push(term);
      cursor = match.end;
    }
    if (cursor < node.value.length) pieces.push(textSlice(node, cursor, node.value.length));
    const index = (parent.children as Nodes[]).indexOf(node);
    (parent.children as Nodes[]).splice(index, 1, ...pieces);
    return [SKIP, index + pieces.length];
  });
}
