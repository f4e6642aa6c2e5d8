import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** Files Pagefind writes for its ready-made interfaces; the site's own search dialog needs none of them. */
const UNUSED_UI_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/**
 * Build step 3, pages → search index: after `astro build`, index the built pages with Pagefind's
 * Node API into `dist/pagefind/`. Only the notes of each topic are indexed (`data-pagefind-body`),
 * with the topic title as meta and a `topic` filter. Every error Pagefind returns fails the build,
 * and so does an index that misses a page.
 */
export default function searchIntegration(): AstroIntegration {
  return {
    name: 'study-notes:search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await buildSearchIndex(fileURLToPath(dir), logger);
      },
    },
  };
}

async function buildSearchIndex(distDir: string, logger: AstroIntegrationLogger): Promise<void> {
  const started = performance.now();
  const outputPath = join(distDir, 'pagefind');
  // Pagefind never deletes old files: start from an empty folder so no stale index is deployed.
  await rm(outputPath, { recursive: true, force: true });
  const created = await pagefind.createIndex({});
  const index = created.index;
  if (!index) fail('could not start Pagefind', created.errors);
  try {
    const added = await index.addDirectory({ path: distDir });
    if (added.errors.length > 0) fail('Pagefind could not index the pages', added.errors);
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
  const expected = await countSearchablePages(distDir);
  if (indexed !== expected || expected === 0) {
    fail(`the search index holds ${indexed} pages, but the site has ${expected} pages of notes`, []);
  }

  const unused = [...UNUSED_UI_FILES];
  if (languages.every((language) => language.wasm && language.wasm !== 'unknown')) unused.push('wasm.unknown.pagefind');
  await Promise.all(unused.map((file) => rm(join(outputPath, file), { force: true })));

  const bytes = await folderSize(outputPath);
  const took = Math.round(performance.now() - started);
  logger.info(`search index: ${indexed} pages, ${(bytes / 1024).toFixed(0)} KB in pagefind/, ${took} ms`);
}

/** Pages of notes in the build: HTML files whose notes are marked for indexing. */
async function countSearchablePages(distDir: string): Promise<number> {
  const files = (await readdir(distDir, { recursive: true })).filter((file) => file.endsWith('.html'));
  const marked = await Promise.all(
    files.map(async (file) => (await readFile(join(distDir, file), 'utf8')).includes('data-pagefind-body')),
  );
  return marked.filter(Boolean).length;
}

async function folderSize(folder: string): Promise<number> {
  const files = await readdir(folder, { recursive: true });
  const sizes = await Promise.all(files.map(async (file) => (await stat(join(folder, file))).size));
  return sizes.reduce((sum, size) => sum + size, 0);
}

function fail(message: string, errors: readonly string[]): never {
  throw new Error(`search index: ${message}${errors.length > 0 ? `:\n${errors.join('\n')}` : ''}`);
}
