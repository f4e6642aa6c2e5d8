import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serveSite, wireBytes } from '../lib/browser.ts';
import type { BenchContext } from '../lib/context.ts';
import type { BenchResult } from '../lib/result.ts';
import { median } from '../lib/stats.ts';

/**
 * Offline: what the service worker precaches for the bundled notes (files, raw and gzip bytes;
 * budget 600 KB gzip, no file over 2 MB, which the build itself enforces), and the time from a
 * first visit to "Available offline" (median of several fresh visits).
 */
export async function offlineSuite(context: BenchContext): Promise<BenchResult[]> {
  const site = await context.bundledSite();
  const sw = await readFile(join(site.outDir, 'sw.js'), 'utf8');
  const files = [...sw.matchAll(/url:"([^"]+)"/g)].map((match) => `/${match[1]}`);
  let raw = 0;
  for (const file of files) raw += (await readFile(join(site.outDir, file))).length;
  const gzip = await wireBytes(site.outDir, files);

  const served = await serveSite(site.outDir);
  const times: number[] = [];
  try {
    for (let run = 0; run < Math.max(1, context.runs); run++) {
      const browserContext = await served.browser.newContext();
      const page = await browserContext.newPage();
      const started = performance.now();
      await page.goto(served.server.url);
      await page.locator('#connection-status', { hasText: 'Available offline' }).waitFor({ timeout: 60_000 });
      times.push(performance.now() - started);
      await browserContext.close();
    }
  } finally {
    await served.close();
  }
  return [
    { id: 'offline.precache.files', label: 'precache, files', value: files.length, unit: 'files' },
    { id: 'offline.precache.rawKB', label: 'precache, raw', value: raw / 1024, unit: 'KB' },
    {
      id: 'offline.precache.gzipKB',
      label: 'precache, gzip on the wire',
      value: gzip / 1024,
      unit: 'KB',
      budget: { max: 600 },
    },
    {
      id: 'offline.firstVisitToSavedMs',
      label: 'first visit to "Available offline"',
      value: median(times),
      unit: 'ms',
    },
  ];
}
