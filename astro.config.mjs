// @ts-check
// The build, in the order the data flows: notes → page HTML and data → pages → search index → offline.
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import notes from './src/integrations/notes.ts';
import { builtSite } from './src/integrations/site.ts';
import offline from './src/integrations/offline.ts';
import search from './src/integrations/search.ts';

/** What the build steps share: the pages of notes the converter made (the search index holds exactly these). */
const site = builtSite();

export default defineConfig({
  // A build of another notes folder (tests, benchmarks) keeps its own content cache.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  // Publish under a sub-path, such as https://student.github.io/notes/: BASE_PATH=/notes npm run build.
  base: process.env.BASE_PATH || '/',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // HTML whitespace rules (the formatter keeps them): a line break between inline elements is a space.
  compressHTML: true,
  // Content-Security-Policy on every page (a <meta> tag): only this site's own files run, with a hash
  // for each inline script and style; search needs WebAssembly and a worker of its own.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "worker-src 'self' blob:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  // The converter writes every page's HTML itself (src/convert): Astro renders no Markdown, so no
  // Markdown processor runs, and no highlighter (code is highlighted at conversion, with classes).
  markdown: { syntaxHighlight: false },
  integrations: [
    notes(site), // 1. notes → one page of data and HTML per page of notes (src/convert), 2. → site (src/pages)
    search(site), // 3. pages → search index (Pagefind, after the build)
    offline(site), // 4. everything → service worker that precaches it (workbox, after the index)
  ],
  vite: {
    // The lazily loaded client modules are built as standalone ES modules (see src/layouts/Base.astro).
    worker: { format: 'es' },
    plugins: [tailwindcss()],
    build: {
      // Keep the boot script an external file (never inlined), as a service worker registration should be.
      assetsInlineLimit: 0,
    },
  },
});
