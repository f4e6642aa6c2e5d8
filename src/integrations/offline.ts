import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { ManifestEntry } from 'workbox-build';
// Only the file lister: workbox-build's index also loads Rollup, Babel and Terser (0.5 s of every build).
import { getManifest } from 'workbox-build/build/get-manifest.js';
import { OFFLINE_LIST } from '../lib/offline-list.ts';
import type { OfflineList } from '../lib/offline-list.ts';
import { shortHash } from '../lib/short-hash.ts';
import type { BuiltSite } from './site.ts';

/** Bytes of pages of notes a first visit saves with the app (the rest is saved after, in the background). */
const FIRST_VISIT_PAGES_BYTES = 1.5 * 1024 * 1024;

/** A file over this size is never saved in the first visit (it is saved in the background, or when read). */
const MAX_PRECACHE_FILE_BYTES = 2 * 1024 * 1024;

/**
 * Build step 4, everything → offline: after the search index is written, list the files with
 * workbox-build and bundle the service worker (src/offline/service-worker.ts). A first visit saves the app (styles, scripts, icons, the site's own
 * pages, search and its index) and the first pages of notes within a budget; the other pages, the
 * search results' texts and the study cards are listed in `offline/files.json`, which the page
 * saves after, in the background (src/client/offline-saver.ts), with progress shown. Pages read
 * are kept as they are read, and images when shown. No file size ever fails the build: a file too
 * large for the first visit is saved later. Any other warning of workbox fails the build.
 */
export default function offlineIntegration(site: BuiltSite): AstroIntegration {
  let base = '/';
  let source = '';
  return {
    name: 'study-notes:offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        source = fileURLToPath(new URL('src/offline/service-worker.ts', config.root));
      },
      'astro:build:done': async ({ dir, logger }) => {
        await writeServiceWorker(fileURLToPath(dir), base, source, site, logger);
      },
    },
  };
}

async function writeServiceWorker(
  distDir: string,
  base: string,
  source: string,
  site: BuiltSite,
  logger: AstroIntegrationLogger,
): Promise<void> {
  const notePages = new Map(site.notePages.map((slug, index) => [`${slug}/index.html`, index]));
  const later: { url: string; revision: string }[] = [];
  let firstPages = 0;
  const chooseFirstVisit = (entries: (ManifestEntry & { size: number })[]) => {
    // Pages of notes in reading order, within the budget; the app itself always.
    const sorted = [...entries].sort(
      (a, b) => (notePages.get(a.url) ?? -1) - (notePages.get(b.url) ?? -1) || (a.url < b.url ? -1 : 1),
    );
    let pagesBytes = 0;
    const manifest: typeof entries = [];
    for (const entry of sorted) {
      const isNotePage = notePages.has(entry.url);
      const fits = isNotePage ? pagesBytes + entry.size <= FIRST_VISIT_PAGES_BYTES : !isLater(entry.url);
      if (fits && entry.size <= MAX_PRECACHE_FILE_BYTES) {
        manifest.push(entry);
        if (isNotePage) {
          pagesBytes += entry.size;
          firstPages += 1;
        }
      } else {
        later.push({ url: entry.url, revision: entry.revision ?? '' });
        if (entry.size > MAX_PRECACHE_FILE_BYTES)
          logger.info(
            `offline: ${entry.url} is saved after the first visit (${(entry.size / 1024 / 1024).toFixed(1)} MB)`,
          );
      }
    }
    return { manifest, warnings: [] };
  };

  const { manifestEntries, count, size, warnings } = await getManifest({
    globDirectory: distDir,
    globPatterns: [
      '**/*.{html,css,js,json,webmanifest}',
      'icons/*.png',
      'pagefind/**/*.{pagefind,pf_meta,pf_index,pf_fragment,pf_filter}',
      '_astro/KaTeX_*.woff2',
    ],
    // The 404 page is the server's answer for a wrong address; offline, the offline page answers instead.
    globIgnores: ['404.html', 'sw.js', OFFLINE_LIST],
    // Sizes are decided by chooseFirstVisit, never by a warning that fails the build.
    maximumFileSizeToCacheInBytes: Number.MAX_SAFE_INTEGER,
    manifestTransforms: [chooseFirstVisit],
    // Files with a content hash in their name need no revision.
    dontCacheBustURLsMatching: /^_astro\/|^pagefind\/(?:index|fragment|filter)\/|\.pf_meta$/,
  });
  await writeFile(join(distDir, 'sw.js'), await bundleServiceWorker(source, manifestEntries ?? []));
  if (warnings.length > 0) throw new Error(`offline: the service worker cannot be built:\n${warnings.join('\n')}`);

  // As the browser writes the address (percent-encoded), so the page compares it with the saved ones.
  const toUrl = (file: string) =>
    encodeURI(`${base}${file.replace(/(?:^|\/)index\.html$/, (match) => (match.startsWith('/') ? '/' : ''))}`);
  const laterPages = later.filter((file) => notePages.has(file.url)).length;
  later.sort((a, b) => rank(a.url, notePages) - rank(b.url, notePages));
  const files = later.map(({ url, revision }): [string, string] => [toUrl(url), revision]);
  const list: OfflineList = {
    version: shortHash(JSON.stringify(files) + String(size) + String(count)),
    pages: site.notePages.length,
    savedFirst: firstPages,
    files,
  };
  await writeFile(join(distDir, OFFLINE_LIST), JSON.stringify(list));
  logger.info(
    `service worker: a first visit saves ${count} files, ${(size / 1024).toFixed(0)} KB (${firstPages} of ${site.notePages.length} pages of notes); ${later.length} more files (${laterPages} pages) are saved in the background`,
  );
}

/**
 * The service worker (src/offline/service-worker.ts) bundled with Workbox's modules, the files of
 * the first visit in place of `self.__WB_MANIFEST`: esbuild, a tenth of a second where Workbox's
 * own bundler (Rollup, Babel, Terser) takes seconds; the worker is the same on every build.
 */
async function bundleServiceWorker(source: string, manifest: readonly ManifestEntry[]): Promise<string> {
  const result = await build({
    entryPoints: [source],
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    legalComments: 'none',
    target: 'es2022',
    define: {
      'self.__WB_MANIFEST': JSON.stringify(manifest.map(({ url, revision }) => ({ url, revision }))),
      'process.env.NODE_ENV': '"production"',
    },
    logLevel: 'silent',
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error('offline: the service worker could not be bundled');
  return output.text;
}

/**
 * Files a first visit does not save, whatever the budget: search results' texts, study cards,
 * search's other words (only a question with a word no page has loads them), pages of folders and
 * tags (a reader gets them as they use them, or in the background).
 */
function isLater(url: string): boolean {
  return (
    url.startsWith('pagefind/fragment/') ||
    url.startsWith('study/cards/') ||
    url.startsWith('search/related/') ||
    url.startsWith('tags/') ||
    (url.endsWith('index.html') && url.split('/').length > 2 && !url.startsWith('offline/'))
  );
}

/** Background order: pages of notes in reading order first, then everything else. */
function rank(file: string, notePages: ReadonlyMap<string, number>): number {
  return notePages.get(file) ?? Number.MAX_SAFE_INTEGER;
}
