import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildSite, PROJECT_DATA } from '../../tools/build-site.ts';
import { recordFetches, serveSite, wireBytes } from '../lib/browser.ts';
import type { BenchContext } from '../lib/context.ts';
import { writeCorpus } from '../lib/corpus.ts';
import type { BenchResult } from '../lib/result.ts';
import { buildStarlight, starlightProject, writeStarlightPages } from '../lib/starlight.ts';
import { median } from '../lib/stats.ts';

const KB = 1024;

/**
 * This site against Starlight (from npm) on the same 1,006 pages (the bundled notes as their 6
 * topics and 1,000 generated notes), in one run, builds taken in turns so that a noisy machine
 * weighs on both alike: clean build time (budget: no slower than Starlight), a topic page's HTML
 * and the bytes of a first search in each.
 */
export async function competitorsSuite({ runs }: BenchContext): Promise<BenchResult[]> {
  const corpus = await writeCorpus(1000);
  const project = await starlightProject();
  const pages = await writeStarlightPages(project, corpus.dir);
  const ours: number[] = [];
  const theirs: number[] = [];
  try {
    for (let run = 0; run < Math.max(1, Math.min(runs, 3)); run++) {
      const site = await buildSite(corpus.dir, PROJECT_DATA);
      ours.push(site.seconds);
      await rm(site.workDir, { recursive: true, force: true });
      theirs.push(await buildStarlight(project));
    }
    process.stderr.write(
      `bench: builds of ${pages} pages, this site ${ours.join(', ')} s, Starlight ${theirs.join(', ')} s\n`,
    );
    const dist = join(project, 'dist');
    const page = await readFile(join(dist, 'iam/index.html'));
    return [
      {
        id: 'vs.starlight.ours.seconds',
        label: `clean build, this site, ${pages} pages`,
        value: median(ours),
        unit: 's',
      },
      { id: 'vs.starlight.seconds', label: `clean build, Starlight ${pages} pages`, value: median(theirs), unit: 's' },
      {
        id: 'vs.starlight.buildRatio',
        label: 'clean build, this site / Starlight',
        value: median(ours) / median(theirs),
        unit: '×',
        budget: { max: 1 },
      },
      {
        id: 'vs.starlight.topicPageGzipKB',
        label: 'Starlight topic page HTML (/iam/), gzip',
        value: gzipSync(page, { level: 9 }).length / KB,
        unit: 'KB',
      },
      {
        id: 'vs.starlight.firstQueryKB',
        label: 'Starlight, bytes fetched by a first query',
        value: (await firstSearchBytes(dist)) / KB,
        unit: 'KB gz',
      },
    ];
  } finally {
    await rm(corpus.dir, { recursive: true, force: true });
  }
}

/** Bytes a first search fetches on a Starlight page (its search button, then the query in its dialog). */
async function firstSearchBytes(dist: string): Promise<number> {
  const served = await serveSite(dist);
  try {
    const page = await (await served.browser.newContext()).newPage();
    await page.goto(`${served.server.url}iam/`);
    await page.waitForLoadState('networkidle');
    const fetched = recordFetches(page);
    await page.locator('site-search button[data-open-modal]').first().click();
    const input = page.locator('dialog[open] .pagefind-ui__search-input');
    await input.fill('access policy');
    await page.locator('.pagefind-ui__result').first().waitFor({ timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    return await wireBytes(dist, fetched);
  } finally {
    await served.close();
  }
}
