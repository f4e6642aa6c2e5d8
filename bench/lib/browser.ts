import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../tests/e2e/support/browser.ts';
import { serveStatic, type StaticServer } from '../../tests/e2e/support/static-server.ts';

/** A built site served on 127.0.0.1 with a headless Chromium, for suites that measure in a browser. */
export interface ServedSite {
  readonly server: StaticServer;
  readonly browser: Browser;
  close(): Promise<void>;
}

export async function serveSite(outDir: string): Promise<ServedSite> {
  const server = await serveStatic(outDir);
  const browser = await launchBrowser();
  return { server, browser, close: async () => void (await Promise.all([browser.close(), server.close()])) };
}

/** Record the same-origin files a page fetches from now on. */
export function recordFetches(page: Page): string[] {
  const paths: string[] = [];
  page.on('request', (request) => paths.push(new URL(request.url()).pathname));
  return paths;
}

/**
 * Bytes on the wire for files of the built site as a host that compresses text would send them:
 * gzip size, or the raw size for files that are compressed already (Pagefind's index files).
 */
export async function wireBytes(outDir: string, paths: readonly string[]): Promise<number> {
  return totalBytes(await wireBytesByFile(outDir, paths));
}

/** The sum of the sizes of {@link wireBytesByFile}. */
export function totalBytes(sizes: ReadonlyMap<string, number>): number {
  let total = 0;
  for (const bytes of sizes.values()) total += bytes;
  return total;
}

/** {@link wireBytes} of each file, by path (the files of the site only). */
export async function wireBytesByFile(outDir: string, paths: readonly string[]): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  for (const path of new Set(paths)) {
    const file = join(outDir, decodeURIComponent(path), path.endsWith('/') ? 'index.html' : '');
    const content = await readFile(file).catch(() => undefined);
    if (!content) continue;
    const compressed = content[0] === 0x1f && content[1] === 0x8b;
    sizes.set(path, compressed ? content.length : gzipSync(content, { level: 9 }).length);
  }
  return sizes;
}
