// @ts-check
// The build, in the order the data flows: notes → MDX pages and their data → pages → search index → offline.
import mdx from '@astrojs/mdx';
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
  // The converter renders formulas and highlights code (with classes) once per note, and writes them
  // into each page's MDX as they are: no highlighter runs here.
  markdown: { syntaxHighlight: false },
  integrations: [
    notes(site), // 1. notes → one MDX page per page of notes, and the site's data about it (src/convert)
    // 2. MDX → pages (src/pages), with the site's components; the student's quotes and dashes kept as
    // typed; static parts of a page compiled to plain strings, but for the elements the site shows its
    // own way (src/components/notes/index.ts), which must reach their components.
    mdx({ smartypants: false, optimize: { ignoreElementNames: ['table', 'pre', 'input'] } }),
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
      rollupOptions: {
        // Every MDX page triggers this known, harmless notice (withastro/astro#18087); keep the log readable.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
