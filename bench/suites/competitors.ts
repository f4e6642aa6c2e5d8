import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildSite, PROJECT_DATA, type BuiltSite } from '../../tools/build-site.ts';
import { bareAstroSite } from '../lib/bare-astro.ts';
import { firstPaint } from '../lib/first-paint.ts';
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
 * weighs on both alike: clean build time against Starlight building the pages as `.mdx` files (the
 * format this site writes; budget: no slower) and as `.md` files; first paint of a topic page
 * (`/iam/`, fresh context, median) against Starlight's and a bare Astro page's (budget: no later
 * than Starlight's); a topic page's HTML and the bytes of a first search in Starlight.
 */
export async function competitorsSuite({ runs }: BenchContext): Promise<BenchResult[]> {
  const corpus = await writeCorpus(1000);
  const project = await starlightProject();
  const ours: number[] = [];
  const asMd: number[] = [];
  const asMdx: number[] = [];
  let site: BuiltSite | undefined;
  let pages = 0;
  try {
    for (let run = 0; run < Math.max(1, Math.min(runs, 3)); run++) {
      if (site) await rm(site.workDir, { recursive: true, force: true });
      site = await buildSite(corpus.dir, PROJECT_DATA);
      ours.push(site.seconds);
      pages = await writeStarlightPages(project, corpus.dir, '.md');
      asMd.push(await buildStarlight(project));
      await writeStarlightPages(project, corpus.dir, '.mdx');
      asMdx.push(await buildStarlight(project));
    }
    process.stderr.write(
      `bench: builds of ${pages} pages, this site ${ours.join(', ')} s, Starlight .md ${asMd.join(', ')} s, .mdx ${asMdx.join(', ')} s\n`,
    );
    const dist = join(project, 'dist');
    const paint = await firstPaints(
      { ours: [site?.outDir ?? '', 'iam/'], starlight: [dist, 'iam/'], bare: [await bareAstroSite(), ''] },
      // First paint varies by tens of milliseconds from load to load on a shared machine: many loads.
      Math.max(15, runs),
    );
    const page = await readFile(join(dist, 'iam/index.html'));
    return [
      {
        id: 'vs.starlight.ours.seconds',
        label: `clean build, this site, ${pages} pages`,
        value: median(ours),
        unit: 's',
      },
      {
        id: 'vs.starlight.mdx.seconds',
        label: `clean build, Starlight, ${pages} pages as .mdx`,
        value: median(asMdx),
        unit: 's',
      },
      {
        id: 'vs.starlight.seconds',
        label: `clean build, Starlight, ${pages} pages as .md`,
        value: median(asMd),
        unit: 's',
      },
      {
        id: 'vs.starlight.buildRatioMdx',
        label: 'clean build, this site / Starlight on .mdx',
        value: median(ours) / median(asMdx),
        unit: '×',
        budget: { max: 1 },
      },
      {
        id: 'vs.starlight.buildRatio',
        label: 'clean build, this site / Starlight on .md',
        value: median(ours) / median(asMd),
        unit: '×',
      },
      { id: 'vs.firstPaint.ours', label: 'first paint of /iam/, this site', value: paint.ours, unit: 'ms' },
      { id: 'vs.firstPaint.starlight', label: 'first paint of /iam/, Starlight', value: paint.starlight, unit: 'ms' },
      { id: 'vs.firstPaint.bare', label: 'first paint of a bare Astro page', value: paint.bare, unit: 'ms' },
      {
        id: 'vs.firstPaint.ratio',
        label: 'first paint, this site / Starlight',
        value: paint.ours / paint.starlight,
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
    if (site) await rm(site.workDir, { recursive: true, force: true });
  }
}

/**
 * Median first paint of a page of each site, `runs` fresh loads each, the sites taken in turns so
 * that a noisy moment weighs on all alike (unthrottled Chromium, as a reader's browser).
 */
async function firstPaints<Name extends string>(
  sites: Record<Name, [dist: string, path: string]>,
  runs: number,
): Promise<Record<Name, number>> {
  const entries = Object.entries(sites) as [Name, [string, string]][];
  const served = await Promise.all(entries.map(([, [dist]]) => serveSite(dist)));
  try {
    const times = entries.map((): number[] => []);
    for (let run = 0; run < runs; run++) {
      for (const [index, [, [, path]]] of entries.entries()) {
        const site = served[index];
        if (site) times[index]?.push(await firstPaint(site.browser, `${site.server.url}${path}`));
      }
    }
    return Object.fromEntries(entries.map(([name], index) => [name, median(times[index] ?? [])])) as Record<
      Name,
      number
    >;
  } finally {
    await Promise.all(served.map((site) => site.close()));
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
