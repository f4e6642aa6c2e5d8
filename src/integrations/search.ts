import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { transform } from 'esbuild';
import * as pagefind from 'pagefind';
import type { BuiltSite } from './site.ts';

/** Files Pagefind writes for its ready-made interfaces and its worker; the site's own search dialog needs none of them. */
const UNUSED_UI_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
  // The search runs in the page (src/client/pagefind.ts: noWorker).
  'pagefind-worker.js',
];

/**
 * Word positions per index chunk (Pagefind's default is 20,000). A search fetches the whole chunk of
 * each of its words: on 10,006 pages written as students write, a chunk of 20,000 is some 25 KB,
 * mostly other words, and a first query of two words fetched 52 to 76 KB of chunks; at 5,000 it
 * fetches 13 to 14 KB, for 3 KB more of chunk list in pf_meta (first query 197 to 221 KB → 160 to
 * 162). Set through Pagefind's `PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE`, unless the build already sets it.
 */
const INDEX_CHUNK_SIZE = '5000';

/** Pages sent to Pagefind at a time (a third faster than one by one at 1,000 pages; more gains nothing). */
const PAGES_IN_FLIGHT = 16;

/**
 * Build step 3, pages → search index: after `astro build`, index the built pages of notes (those
 * the converter made, and no other page) with Pagefind's Node API into
 * `dist/pagefind/`. Within a page only its notes are indexed (`data-pagefind-body`), with the
 * topic title as meta and a `topic` filter. Every error Pagefind returns fails the build. A page
 * with no words to index (a note that is only an image, say) is left out of the index, as Pagefind
 * rightly does, and named in the log.
 */
export default function searchIntegration(site: BuiltSite): AstroIntegration {
  return {
    name: 'study-notes:search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const pages = site.notePages.map((slug) => `${slug}/index.html`);
        // URLs from the site's root: the search dialog gives Pagefind the base path (`baseUrl`).
        await buildSearchIndex(fileURLToPath(dir), pages, '/', logger);
      },
    },
  };
}

/** Index the given pages (paths of HTML files in `distDir`) into `distDir/pagefind/`. */
async function buildSearchIndex(
  distDir: string,
  pages: readonly string[],
  base: string,
  logger: AstroIntegrationLogger,
): Promise<void> {
  const started = performance.now();
  const outputPath = join(distDir, 'pagefind');
  // Pagefind never deletes old files: start from an empty folder so no stale index is deployed.
  await rm(outputPath, { recursive: true, force: true });
  // Pagefind's service reads it from its environment: it is started by createIndex, after this.
  process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= INDEX_CHUNK_SIZE;
  const created = await pagefind.createIndex({});
  const index = created.index;
  if (!index) fail('could not start Pagefind', created.errors);
  try {
    // A few pages in flight at a time: Pagefind indexes while the next pages are read. They are sent
    // in reading order, never as their files happen to be read: Pagefind numbers pages as they
    // arrive, so the same notes give the same index, byte for byte (and clients keep their copy).
    for (let start = 0; start < pages.length; start += PAGES_IN_FLIGHT) {
      const batch = pages.slice(start, start + PAGES_IN_FLIGHT);
      const contents = await Promise.all(batch.map((page) => readFile(join(distDir, page), 'utf8')));
      await Promise.all(
        batch.map(async (page, position) => {
          const added = await index.addHTMLFile({ url: pageUrl(base, page), content: contents[position] ?? '' });
          if (added.errors.length > 0) fail(`Pagefind could not index ${page}`, added.errors);
        }),
      );
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) fail('Pagefind could not write the index', written.errors);
  } finally {
    await pagefind.close();
  }

  const entry = JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number; wasm?: string | null }>;
  };
  const languages = Object.values(entry.languages);
  const indexed = languages.reduce((sum, language) => sum + language.page_count, 0);
  if (indexed < pages.length) {
    const found = await indexedUrls(outputPath);
    const skipped = pages.map((page) => pageUrl(base, page)).filter((url) => !found.has(url));
    logger.warn(
      `search index: ${skipped.length} page(s) have no words to search (only images, formulas or code, say) and are left out of it: ${skipped.join(', ')}`,
    );
  }

  await minifyScript(join(outputPath, 'pagefind.js'));
  const unused = [...UNUSED_UI_FILES];
  if (languages.every((language) => language.wasm && language.wasm !== 'unknown')) unused.push('wasm.unknown.pagefind');
  await Promise.all(unused.map((file) => rm(join(outputPath, file), { force: true })));

  const bytes = await folderSize(outputPath);
  const took = Math.round(performance.now() - started);
  logger.info(
    `search index: ${indexed} of ${pages.length} pages, ${(bytes / 1024).toFixed(0)} KB in pagefind/, ${took} ms`,
  );
}

/**
 * Pagefind's script, minified whole: its WebAssembly glue comes unminified (47 KB, 13.2 KB gzip;
 * minified 32 KB, 11.4 KB gzip), and every first search fetches it. Names it exports, and the
 * property names its WebAssembly imports are looked up by, are kept as they are.
 */
async function minifyScript(file: string): Promise<void> {
  const { code } = await transform(await readFile(file, 'utf8'), {
    minify: true,
    format: 'esm',
    legalComments: 'inline',
  });
  await writeFile(file, code);
}

/**
 * The URL Pagefind gives a built page.
 *
 * @example
 *   pageUrl('/notes/', 'iam/index.html') // '/notes/iam/'
 */
export function pageUrl(base: string, page: string): string {
  return `${base}${page.replace(/(?:^|\/)index\.html$/, (match) => (match.startsWith('/') ? '/' : ''))}`;
}

/** The URLs of the pages in a written index (read from its fragments: only when some page is missing). */
async function indexedUrls(outputPath: string): Promise<Set<string>> {
  const folder = join(outputPath, 'fragment');
  const urls = new Set<string>();
  for (const file of await readdir(folder)) {
    const text = gunzipSync(await readFile(join(folder, file))).toString('utf8');
    const json = text.slice(text.indexOf('{'));
    urls.add((JSON.parse(json) as { url: string }).url);
  }
  return urls;
}

async function folderSize(folder: string): Promise<number> {
  const files = await readdir(folder, { recursive: true });
  const sizes = await Promise.all(files.map(async (file) => (await stat(join(folder, file))).size));
  return sizes.reduce((sum, size) => sum + size, 0);
}

function fail(message: string, errors: readonly string[]): never {
  throw new Error(`search index: ${message}${errors.length > 0 ? `:\n${errors.join('\n')}` : ''}`);
}
