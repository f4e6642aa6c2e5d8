import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import katex from 'katex';
import type { Paragraph, Root, RootContent } from 'mdast';
import type { InlineMath, Math as MathBlock } from 'mdast-util-math';
import { SKIP, visit } from './walk.ts';
import type { VFile } from 'vfile';
import { mathClass } from '../lib/math-classes.ts';

/** Formulas longer than this are shown as their source (KaTeX's time grows with them). */
const MAX_FORMULA = 10_000;

declare module 'mdast' {
  interface Data {
    /** A formula rendered by KaTeX (HTML and MathML), its inline styles turned into classes: HTML the page shows as it is. */
    formula?: string;
    /** Why a formula could not be rendered; it is shown as its source. */
    formulaError?: string;
  }
}

declare module 'vfile' {
  interface DataMap {
    /** The CSS declarations the note's formulas need, one class each (lib/math-classes.ts). */
    mathDeclarations: string[];
  }
}

/**
 * Render every formula at build time with KaTeX into HTML + MathML (readers see the HTML, screen
 * readers get the MathML), with no script and no inline style: each `style` becomes classes of
 * single declarations (lib/math-classes.ts) so the Content-Security-Policy stays strict.
 * `$$…$$` written inside a line is display math; a paragraph holding only display math becomes a
 * block. A formula KaTeX cannot parse keeps its source, marked as such, with a warning at its line.
 * Untrusted commands (`\href`, `\includegraphics`) stay off; sizes and macro expansion are capped.
 *
 * @example
 *   "$\frac{a}{b}$"   → inlineMath with data.formula = '<span class="katex">…</span>'
 *   "$\frac{a$"       → inlineMath with data.formulaError "Expected '}'…" and a warning
 */
export default function remarkRenderMath() {
  return (tree: Root, file: VFile): void => {
    const declarations = new Set<string>();
    const source = String(file.value);
    visit(tree, (node, index, parent) => {
      if (node.type === 'paragraph' && parent && index !== undefined) {
        const only = onlyDisplayMath(node, source);
        if (only) {
          const block: MathBlock = {
            type: 'math',
            value: only.value,
            ...(node.position ? { position: node.position } : {}),
            // A block id on the paragraph stays on the formula that replaces it.
            ...(node.data ? { data: node.data } : {}),
          };
          parent.children[index] = block as RootContent as (typeof parent.children)[number];
          render(block, true, declarations, file);
          return SKIP;
        }
      }
      if (node.type === 'math') render(node, true, declarations, file);
      else if (node.type === 'inlineMath') {
        // Written as display math within a line: shown as a block (the page needs to know, too).
        const display = isDisplay(node, source);
        if (display) node.data = { ...node.data, display };
        render(node, display, declarations, file);
      }
      return undefined;
    });
    file.data.mathDeclarations = [...declarations].sort();
  };
}

/** Whether inline math was written as display math: `\[…\]`, or `$$…$$` within a line. */
function isDisplay(node: InlineMath, source: string): boolean {
  if (node.data?.display) return true;
  const offset = node.position?.start.offset;
  return offset !== undefined && source.startsWith('$$', offset);
}

/** The display formula a paragraph consists of, if that is all it holds. */
function onlyDisplayMath(paragraph: Paragraph, source: string): InlineMath | undefined {
  const content = paragraph.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  const only = content.length === 1 ? content[0] : undefined;
  return only?.type === 'inlineMath' && isDisplay(only, source) ? only : undefined;
}

function render(node: InlineMath | MathBlock, display: boolean, declarations: Set<string>, file: VFile): void {
  const tex = node.value;
  if (tex.trim() === '') return;
  try {
    if (tex.length > MAX_FORMULA) throw new katex.ParseError(`the formula is longer than ${MAX_FORMULA} characters`);
    const html = katex.renderToString(tex, {
      displayMode: display,
      output: 'htmlAndMathml',
      throwOnError: true,
      trust: false,
      maxSize: 50,
      maxExpand: 1000,
      strict: (code: string, message: string) => {
        file.message(`formula: ${message} (${code})`, node);
        return 'ignore';
      },
    });
    const tree = fromHtml(html, { fragment: true });
    visit(tree, (child) => {
      delete child.position;
      if (child.type === 'element') classesForStyle(child, declarations);
    });
    node.data = { ...node.data, formula: toHtml(tree) };
  } catch (error) {
    if (!(error instanceof katex.ParseError)) throw error;
    const reason = error.rawMessage || error.message;
    node.data = { ...node.data, formulaError: reason };
    file.message(`this formula cannot be shown (${reason}); its source is shown instead`, node);
  }
}

/** Replace an element's `style` with one class per declaration. */
function classesForStyle(element: Element, declarations: Set<string>): void {
  const style = element.properties['style'];
  if (typeof style !== 'string') return;
  delete element.properties['style'];
  const classes = style
    .split(';')
    .map((declaration) => mathClass(declaration))
    .filter((entry) => entry !== undefined);
  for (const entry of classes) declarations.add(entry.declaration);
  const existing = element.properties['className'];
  element.properties['className'] = [
    ...(Array.isArray(existing) ? existing.map(String) : []),
    ...classes.map((entry) => entry.name),
  ];
}
