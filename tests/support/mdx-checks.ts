import { ALLOWED_INLINE_TAGS } from '../../src/convert/inline-html.ts';
import type { ConversionResult } from '../../src/convert/pipeline.ts';
import { mdxCodeNodes, mdxText } from './mdx.ts';
import { sourceLines } from './source-lines.ts';

/**
 * Elements the converter itself may put into MDX: the allowed inline HTML tags, our own components,
 * and the `<p>` that keeps a one-element line a paragraph (as text or block elements: MDX decides).
 */
export const OWN_ELEMENTS: ReadonlySet<string> = new Set(
  [...ALLOWED_INLINE_TAGS, 'br', 'KeyPoint', 'KeyTerm', 'Term', 'p'].flatMap((name) => [
    `mdxJsxTextElement:${name}`,
    `mdxJsxFlowElement:${name}`,
  ]),
);

/**
 * What is wrong with the MDX of a conversion, as readable problems (none when all is well):
 * a page that does not compile with the real MDX compiler, code of the notes that would run (an ES
 * module, an expression, an element that is not ours), or a line of the notes whose text is on no page.
 */
export function mdxProblems(notes: string, result: ConversionResult): string[] {
  const problems: string[] = [];
  const pages: string[] = [];
  for (const topic of result.topics) {
    try {
      const foreign = mdxCodeNodes(topic.mdx).filter((node) => !OWN_ELEMENTS.has(node));
      if (foreign.length > 0) problems.push(`${topic.frontmatter.slug}: runs code of the notes: ${foreign.join(', ')}`);
      pages.push(`${topic.frontmatter.title} ${mdxText(topic.mdx)}`);
    } catch (error) {
      problems.push(`${topic.frontmatter.slug}: does not compile: ${String(error).split('\n')[0]}`);
    }
  }
  for (const line of sourceLines(notes)) {
    for (const text of line.texts) {
      if (!pages.some((page) => page.includes(text)))
        problems.push(`line ${line.line} (${JSON.stringify(line.source)}) lost ${JSON.stringify(text)}`);
    }
  }
  return problems;
}
