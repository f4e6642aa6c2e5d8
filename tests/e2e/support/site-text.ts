import type { Page } from 'playwright-core';
import { sourceLines } from '../../support/source-lines.ts';

/** The text a reader sees in a page's article (title and notes), whitespace collapsed. */
export async function articleText(page: Page): Promise<string> {
  const text = await page.locator('article').innerText();
  return text.replace(/\s+/g, ' ').trim();
}

/** For each non-blank line of a notes file with text, the pages whose article shows all of it. */
export function linesOnPages(
  notes: string,
  pages: ReadonlyMap<string, string>,
): { line: number; source: string; texts: string[]; pages: string[] }[] {
  return sourceLines(notes)
    .filter((line) => line.texts.length > 0)
    .map((line) => ({
      ...line,
      pages: [...pages].filter(([, text]) => line.texts.every((part) => text.includes(part))).map(([url]) => url),
    }));
}
