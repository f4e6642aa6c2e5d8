import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every HTML page of a built site, as URL paths relative to the site (`iam/`, `404.html`, …). */
export function htmlPages(outDir: string): string[] {
  return readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.split('\\').join('/'))
    .map((file) =>
      file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file === 'index.html' ? '' : file,
    )
    .sort();
}

/**
 * The pages of notes of a built site (those with an article of notes for search), as URL paths
 * such as `iam/` or `course/rdf-overview/`.
 */
export function topicPages(outDir: string): string[] {
  return htmlPages(outDir).filter(
    (page) =>
      page.endsWith('/') &&
      page !== '' &&
      readFileSync(join(outDir, page, 'index.html'), 'utf8').includes('<article data-pagefind-body'),
  );
}
