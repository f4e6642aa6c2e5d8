import { mathFromMarkdown } from 'mdast-util-math';
import { math } from 'micromark-extension-math';
import type { Processor } from 'unified';
import { dollarGuard } from './dollar-guard.ts';
import { latexDelimiters, latexDelimitersFromMarkdown } from './latex-delimiters.ts';
import { addSyntax } from './add-syntax.ts';

/**
 * Formulas as students write them: `$…$` and `$$…$$` (micromark-extension-math, as remark-math),
 * `\(…\)` and `\[…\]`, and dollar amounts left as text by Pandoc's rule ("$5 and $10" is no formula).
 * Rendering is another step (math.ts).
 *
 * @example
 *   "solve $x+1=2$ for $5"  → text, inlineMath "x+1=2", text " for $5"
 */
export default function remarkMathSyntax(this: Processor): void {
  // micromark puts each construct before those registered earlier for the same character: the
  // guard must come after the math extension to run first.
  addSyntax(this, [math(), dollarGuard(), latexDelimiters()], [mathFromMarkdown(), latexDelimitersFromMarkdown()]);
}
