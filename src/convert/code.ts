import type { Root } from 'mdast';
import { visit } from './walk.ts';
import { toHtml } from 'hast-util-to-html';
import type { CodeHighlighter } from './highlighter.ts';

declare module 'mdast' {
  interface CodeData {
    /** The block, highlighted at build time (highlighter.ts): HTML with classes only, shown as it is. */
    highlighted?: string;
  }
}

/** Options of {@link remarkHighlightCode}. */
export interface HighlightCodeOptions {
  /** The highlighter; without one, code stays plain. */
  readonly highlight?: CodeHighlighter | undefined;
}

/**
 * Highlight fenced code at build time for the languages the highlighter knows (Python, Java,
 * JavaScript/TypeScript, SQL/SPARQL, Bash, C/C++, JSON, YAML and more); any other language, and
 * code with none, stays plain text. No script runs in the browser for it.
 *
 * @example
 *   ```py\nx = 1\n```  → code with data.highlighted = '<pre class="code shiki" tabindex="0"><code><span class="line">…'
 */
export default function remarkHighlightCode(options: HighlightCodeOptions = {}) {
  return (tree: Root): void => {
    const highlight = options.highlight;
    if (!highlight) return;
    visit(tree, 'code', (node) => {
      if (!node.lang) return;
      const highlighted = highlight(node.value, node.lang);
      if (highlighted) node.data = { ...node.data, highlighted: toHtml(highlighted) };
    });
  };
}
