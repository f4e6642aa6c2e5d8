// @ts-check
// The build, in the order the data flows: notes → MDX → pages (→ search index → offline, in later steps).
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import notes from './src/integrations/notes.ts';

export default defineConfig({
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Show the student's characters: no curly quotes, no "--" turned into a dash.
  markdown: { processor: satteri({ features: { smartPunctuation: false } }) },
  integrations: [
    notes(), // 1. notes → one MDX page per topic (src/convert)
    mdx(), //   2. MDX → HTML pages (src/pages)
  ],
  vite: { plugins: [tailwindcss()] },
});
