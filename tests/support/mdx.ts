import { mdxToHast } from 'satteri';
import { NOTE_COMPONENTS, NOTE_ELEMENTS } from '../../src/lib/note-components.ts';
import { collapse, htmlText, markupProblems } from './html.ts';

/** A node of compiled MDX: hast, and MDX's own nodes (elements, expressions, ES modules). */
interface MdxNode {
  type: string;
  name?: string | null;
  value?: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdxNode[];
}

/**
 * Compile MDX with Sätteri, the compiler @astrojs/mdx runs for the site's pages, with the site's
 * features (GFM on, smart punctuation off). Throws where Astro's build would fail.
 */
export function compileMdx(mdx: string): MdxNode {
  return mdxToHast(mdx, { features: { gfm: true, frontmatter: true, smartPunctuation: false } }) as MdxNode;
}

/** What the converter may write as code in a page's MDX: its image imports and the export of what it rendered. */
const IMPORT = /^import image\d+ from "[^"\n]+";$/;
const PRERENDERED = /^export const prerendered = \[\n(?: {2}"(?:[^"\\\n]|\\.)*",\n)*\];$/;
/** Attribute expressions the converter writes: `prerendered[3]`, `image0`, a number, a JSON string. */
const EXPRESSION = /^(?:prerendered\[\d+\]|image\d+|\d+|"(?:[^"\\\n]|\\.)*")$/;
/** The elements the converter writes: the site's components, the notes' few HTML elements, a slot. */
const OWN_ELEMENTS: ReadonlySet<string> = new Set([...NOTE_COMPONENTS, ...NOTE_ELEMENTS, 'Fragment']);

/**
 * What in a page's MDX would run as code that the converter did not write (none when all is well):
 * an ES module statement other than its image imports and its `prerendered` export, an expression
 * in the text, an element that is not the site's, an attribute expression other than the few the
 * converter writes. Also any markup problem in the HTML it rendered (html.ts).
 */
export function mdxCodeProblems(mdx: string): string[] {
  const problems: string[] = [];
  const walk = (node: MdxNode): void => {
    const code = node.value ?? '';
    const ownCode = code.split('\n').every((line) => IMPORT.test(line)) || PRERENDERED.test(code);
    if (node.type === 'mdxjsEsm' && !ownCode) problems.push(`ES module code: ${JSON.stringify(code)}`);
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression')
      problems.push(`expression {${node.value ?? ''}}`);
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      if (!OWN_ELEMENTS.has(node.name ?? '')) problems.push(`element <${node.name ?? ''}>`);
      for (const attribute of node.attributes ?? []) {
        if (attribute.type !== 'mdxJsxAttribute') problems.push(`<${node.name ?? ''} {…spread}>`);
        else if (typeof attribute.value === 'object' && attribute.value !== null) {
          const code = (attribute.value as { value?: string }).value ?? '';
          if (!EXPRESSION.test(code)) problems.push(`<${node.name ?? ''} ${attribute.name}={${code}}>`);
        }
      }
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(compileMdx(mdx));
  for (const html of prerenderedOf(mdx)) problems.push(...markupProblems(html));
  return problems;
}

/** The HTML a page's MDX holds in its `prerendered` export (formulas and code the converter rendered). */
export function prerenderedOf(mdx: string): string[] {
  const match = /^export const prerendered = (\[\n[\s\S]*?\n\]);$/m.exec(mdx);
  return match?.[1] ? (JSON.parse(match[1].replace(/,\n\]$/, '\n]')) as string[]) : [];
}

/**
 * The text a reader sees on a page, whitespace collapsed, as the site's components show it: the
 * student's words, formulas and code as rendered (with the TeX that KaTeX keeps for screen readers),
 * an image's description, a tag with its `#`. The site's own words (a glossary term's card, a key
 * point's label) are left out.
 */
export function mdxText(mdx: string): string {
  const prerendered = prerenderedOf(mdx);
  const attribute = (node: MdxNode, name: string): unknown =>
    node.attributes?.find((entry) => entry.name === name)?.value;
  const text = (node: MdxNode): string => {
    if (node.type === 'text') return node.value ?? '';
    if (node.type === 'mdxjsEsm') return '';
    if (node.type === 'element' && node.tagName === 'br') return ' ';
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const html = attribute(node, 'html');
      const index = /^prerendered\[(\d+)\]$/.exec(String((html as { value?: string } | undefined)?.value ?? ''))?.[1];
      if (index !== undefined) return ` ${htmlText(prerendered[Number(index)] ?? '')} `;
      if (node.name === 'Math') return ` $${String(attribute(node, 'tex') ?? '')}$ `;
      if (node.name === 'NoteImage') return ` ${String(attribute(node, 'alt') ?? '')} `;
      if (node.name === 'Tag') return `#${String(attribute(node, 'name') ?? '')}`;
      if (node.name === 'MissingFile') return `Missing image: ${String(attribute(node, 'name') ?? '')}`;
      if (node.name === 'Callout') return ` ${String(attribute(node, 'title') ?? '')} ${children(node, ' ')} `;
      if (node.name === 'br') return ' ';
    }
    const separator = node.type === 'root' || node.type === 'mdxJsxFlowElement' ? ' ' : '';
    return children(node, separator);
  };
  const children = (node: MdxNode, separator: string): string =>
    (node.children ?? []).map((child) => text(child)).join(separator);
  return collapse(text(compileMdx(mdx)));
}
