import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import type { Processor } from 'unified';
import { addSyntax } from './add-syntax.ts';

/**
 * MDX, for a student's own `.mdx` notes only (never a `.md` note, whose `{`, `<` and `import` are
 * text): JSX elements, `{expressions}` and `import`/`export` lines, parsed with positions
 * (micromark-extension-mdxjs, with acorn), as @mdx-js/mdx and remark-mdx read them. What may stay
 * of them is another step's to decide (student-mdx.ts).
 *
 * @example
 *   "A <Callout type=\"tip\">hint</Callout> {1 + 1}" → text, mdxJsxTextElement(Callout), text, mdxTextExpression "1 + 1"
 */
export default function remarkMdxSyntax(this: Processor): void {
  addSyntax(this, [mdxjs()], mdxFromMarkdown());
}
