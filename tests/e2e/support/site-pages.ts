import { existsSync, readdirSync, readFileSync } from 'node:fs';
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

/** The topic pages of a built site (those whose notes are indexed for search), as URL paths such as `iam/`. */
export function topicPages(outDir: string): string[] {
  return readdirSync(outDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(outDir, entry.name, 'index.html')))
    .filter((entry) => readFileSync(join(outDir, entry.name, 'index.html'), 'utf8').includes('data-pagefind-body'))
    .map((entry) => `${entry.name}/`);
}
