import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { generateSW } from 'workbox-build';

/** The cache that keeps the images of the pages read (and of a course saved for offline: src/client/save-folder.ts). */
const IMAGE_CACHE = 'study-notes-images';

/** The largest file the service worker may precache (the budget: no file over 2 MB). */
const MAX_FILE_BYTES = 2 * 1024 * 1024;

/**
 * Build step 4, everything → offline: after the search index is written, generate the service
 * worker with workbox-build. It precaches every page, the CSS and JS, the icons, the manifest, the
 * search data and exactly the Pagefind files search needs, so the whole site, search included,
 * works with no network. Any warning of workbox (such as a file over the size limit) fails the build.
 */
export default function offlineIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'study-notes:offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        await writeServiceWorker(fileURLToPath(dir), base, logger);
      },
    },
  };
}

async function writeServiceWorker(distDir: string, base: string, logger: AstroIntegrationLogger): Promise<void> {
  const math = await stat(join(distDir, 'math.css')).then(
    () => true,
    () => false,
  );
  const { count, size, warnings, filePaths } = await generateSW({
    globDirectory: distDir,
    globPatterns: [
      '**/*.{html,css,js,json,webmanifest}',
      'icons/*.png',
      'pagefind/**/*.{pagefind,pf_meta,pf_index,pf_fragment,pf_filter}',
      // The formulas' fonts, when the notes have formulas.
      ...(math ? ['_astro/KaTeX_*.woff2'] : []),
    ],
    // The 404 page is the server's answer for a wrong address; offline, the offline page answers instead.
    globIgnores: ['404.html', 'sw.js', 'workbox-*.js', 'icons/*.svg'],
    swDest: join(distDir, 'sw.js'),
    maximumFileSizeToCacheInBytes: MAX_FILE_BYTES,
    // Pagefind adds ?ts= to bust caches, search results add ?pagefind-highlight=, the study page takes
    // ?deck= and ?file=: the saved file answers them all.
    ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^ts$/, /^pagefind-highlight$/, /^deck$/, /^file$/],
    directoryIndex: 'index.html',
    // Files with a content hash in their name need no revision.
    dontCacheBustURLsMatching: /^_astro\/|^pagefind\/(?:index|fragment|filter)\/|\.pf_meta$/,
    cleanupOutdatedCaches: true,
    // A new version waits until the reader accepts "New notes available - Reload" (src/client/offline.ts).
    skipWaiting: false,
    // The first version takes control of the pages open when it activates, so the page of the first
    // visit loads search (and every module it asks for later) from the saved files, also offline.
    // Safe: claiming only reaches pages no worker controls, which are of the same version; an update
    // activates only when the reader accepts it, and then every tab reloads.
    clientsClaim: true,
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
    cacheId: 'study-notes',
    runtimeCaching: [
      {
        // The images of the notes are saved as pages that show them are read (and when a course is
        // saved for offline): a first visit does not download every image of the notes.
        urlPattern: ({ url }) =>
          url.origin === self.location.origin &&
          /\/_astro\/[^/]+\.(?:webp|avif|png|jpe?g|gif|svg)$/i.test(url.pathname),
        handler: 'CacheFirst',
        options: { cacheName: IMAGE_CACHE, expiration: { maxEntries: 5000, purgeOnQuotaError: true } },
      },
      {
        // "/iam" opens "/iam/" as static hosts do, also offline (only "/iam/" is saved).
        urlPattern: ({ request, url }) =>
          request.mode === 'navigate' &&
          url.origin === self.location.origin &&
          !url.pathname.endsWith('/') &&
          !/\.[a-z0-9]+$/i.test(url.pathname),
        handler: async ({ url }) => Response.redirect(`${url.pathname}/${url.search}${url.hash}`, 301),
      },
      {
        // Any other page: the network, or offline the page that says so (never another page in its place).
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkOnly',
        options: { precacheFallback: { fallbackURL: 'offline/index.html' } },
      },
    ],
  });
  if (warnings.length > 0) throw new Error(`offline: the service worker cannot be built:\n${warnings.join('\n')}`);
  const gzip = await precacheGzipBytes(distDir, join(distDir, 'sw.js'));
  logger.info(
    `service worker: ${count} files precached, ${(size / 1024).toFixed(0)} KB (${(gzip / 1024).toFixed(0)} KB gzip), ${filePaths.length} file(s) written for ${base}`,
  );
}

/** Bytes on the wire for the precache (gzip, or raw for files compressed already), read from sw.js's manifest. */
async function precacheGzipBytes(distDir: string, swPath: string): Promise<number> {
  const sw = await readFile(swPath, 'utf8');
  const urls = [...sw.matchAll(/url:"([^"]+)"/g)].map((match) => match[1] ?? '');
  let total = 0;
  for (const url of urls) {
    const content = await readFile(join(distDir, url));
    total += content[0] === 0x1f && content[1] === 0x8b ? content.length : gzipSync(content).length;
  }
  return total;
}
