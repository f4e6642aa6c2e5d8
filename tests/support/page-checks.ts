import type { ConversionResult } from '../../src/convert/pipeline.ts';
import { mdxCodeProblems, mdxText } from './mdx.ts';
import { sourceLines } from './source-lines.ts';

/**
 * What is wrong with the pages of a conversion, as readable problems (none when all is well): a
 * page whose MDX the real MDX compiler rejects, code in it the converter did not write (note text
 * that became an expression, an ES module or an element; markup of the notes in the HTML it
 * rendered), or a line of the notes whose text is on no page.
 */
export function pageProblems(notes: string, result: ConversionResult): string[] {
  const problems: string[] = [];
  const pages: string[] = [];
  for (const topic of result.topics) {
    try {
      for (const problem of mdxCodeProblems(topic.mdx)) problems.push(`${topic.frontmatter.slug}: ${problem}`);
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
