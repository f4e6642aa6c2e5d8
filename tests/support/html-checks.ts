import type { ConversionResult } from '../../src/convert/pipeline.ts';
import { htmlText, markupProblems } from './html.ts';
import { sourceLines } from './source-lines.ts';

/**
 * What is wrong with the pages of a conversion, as readable problems (none when all is well):
 * markup that did not come from the converter (note text that became HTML, a handler, an unsafe
 * URL, an inline style), or a line of the notes whose text is on no page.
 */
export function pageProblems(notes: string, result: ConversionResult): string[] {
  const problems: string[] = [];
  const pages: string[] = [];
  for (const topic of result.topics) {
    for (const problem of markupProblems(topic.html)) problems.push(`${topic.frontmatter.slug}: ${problem}`);
    pages.push(`${topic.frontmatter.title} ${htmlText(topic.html)}`);
  }
  for (const line of sourceLines(notes)) {
    for (const text of line.texts) {
      if (!pages.some((page) => page.includes(text)))
        problems.push(`line ${line.line} (${JSON.stringify(line.source)}) lost ${JSON.stringify(text)}`);
    }
  }
  return problems;
}
