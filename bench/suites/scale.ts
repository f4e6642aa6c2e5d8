import { appendFile, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildSite, PROJECT_DATA, type BuiltSite } from '../../tools/build-site.ts';
import { wireBytes } from '../lib/browser.ts';
import type { BenchContext } from '../lib/context.ts';
import { writeCorpus, type Corpus } from '../lib/corpus.ts';
import { watchPeakMemory } from '../lib/peak-memory.ts';
import type { BenchResult } from '../lib/result.ts';
import { median } from '../lib/stats.ts';
import { savingResponsiveness } from '../lib/saving-responsiveness.ts';
import { GENERATED_QUERIES, measure } from './search.ts';

const KB = 1024;
const MB = 1024 * 1024;

/** The sizes measured: the bundled notes alone, and with 1,000 and 10,000 generated notes (one page each). */
const SIZES = [
  { generated: 0, key: 'notes6', label: '6 topics' },
  { generated: 1000, key: 'notes1000', label: '1,006 pages' },
  { generated: 10_000, key: 'notes10000', label: '10,006 pages' },
] as const;
/** A first query that is a question: its little words are on nearly every page. */
const QUESTION = { question: 'what is the access policy' };

interface Measured {
  readonly key: string;
  readonly clean: number;
  readonly rebuild: number;
  readonly pageGzip: number;
  readonly results: BenchResult[];
}

/**
 * The site as the notes grow: at 6 topics, 1,006 and 10,006 pages (the bundled notes and generated
 * notes files, one page each), a clean build (median; peak memory of the build and everything it
 * runs), a rebuild after one note changed (the caches of the clean build kept), converter
 * throughput (from the build's own log), a topic page's HTML (the same page, /iam/, at every size),
 * `dist/` and its largest file, what a first visit saves for offline, and search (index, bytes of a
 * first query and of a question, latency; at 10,006 pages also on notes written as students write,
 * see {@link studentSearch}). Budgets (issue 12): a topic page's gzip HTML at 1,000 notes ≤ 1.25 × at 6;
 * first-visit precache ≤ 5 MB gzip; rebuild ≤ 30% of a clean build; converter ≥ 1 MB/s; time from
 * 1,000 to 10,000 notes no worse than linear. BENCH_SCALE_MAX=1000 leaves out the 10,000-note run.
 */
export async function scaleSuite({ runs }: BenchContext): Promise<BenchResult[]> {
  const largest = Number(process.env['BENCH_SCALE_MAX'] ?? 10_000);
  const measured: Measured[] = [];
  for (const size of SIZES.filter((entry) => entry.generated <= largest)) {
    const corpus = await writeCorpus(size.generated);
    try {
      const cleanRuns = size.generated >= 10_000 ? 1 : size.generated >= 1000 ? Math.min(runs, 3) : runs;
      measured.push(await measureSize(corpus, size.key, size.label, cleanRuns));
    } finally {
      await rm(corpus.dir, { recursive: true, force: true });
    }
  }
  const [six, thousand, tenThousand] = measured;
  const results = measured.flatMap((entry) => entry.results);
  if (largest >= 10_000) results.push(...(await studentSearch(runs)));
  if (six && thousand) {
    results.push({
      id: 'scale.pageGzipRatio1000to6',
      label: 'topic page HTML gzip, 1,006 pages / 6 topics',
      value: thousand.pageGzip / six.pageGzip,
      unit: '×',
      budget: { max: 1.25 },
    });
  }
  if (thousand && tenThousand) {
    results.push({
      id: 'scale.buildRatio10000to1000',
      label: 'clean build, 10,006 pages / 1,006 pages (10 × the notes)',
      value: tenThousand.clean / thousand.clean,
      unit: '×',
      budget: { max: 10 },
    });
  }
  return results;
}

async function measureSize(corpus: Corpus, key: string, label: string, runs: number): Promise<Measured> {
  const cleans: { site: BuiltSite; peak: number }[] = [];
  for (let run = 0; run < runs; run++) {
    const memory = watchPeakMemory();
    const site = await buildSite(corpus.dir, PROJECT_DATA, { onStart: (pid) => memory.start(pid) });
    cleans.push({ site, peak: memory.stop() });
  }
  const site = cleans.at(-1)?.site as BuiltSite;
  try {
    for (const other of cleans.slice(0, -1)) await rm(other.site.workDir, { recursive: true, force: true });
    const clean = median(cleans.map((entry) => entry.site.seconds));
    const converterMs = Number(/page\(s\).* in (\d+) ms/.exec(site.log)?.[1] ?? Number.NaN);

    // Rebuilds after one note changed, each with the caches the build before it left.
    const rebuilds: number[] = [];
    for (let run = 0; run < Math.min(runs, 3); run++) {
      await appendFile(corpus.someNote, `\nA line added for rebuild ${run}: shared responsibility.\n`);
      rebuilds.push((await buildSite(corpus.dir, PROJECT_DATA, { workDir: site.workDir })).seconds);
    }
    const rebuild = median(rebuilds);

    const page = await readFile(join(site.outDir, 'iam/index.html'));
    const pageGzip = gzipSync(page, { level: 9 }).length;
    const files = await listFiles(site.outDir);
    const biggest = files.reduce((a, b) => (b.size > a.size ? b : a), { path: '', size: 0 });
    const sw = await readFile(join(site.outDir, 'sw.js'), 'utf8');
    const precached = [...sw.matchAll(/url:"([^"]+)"/g)].map((match) => `/${match[1]}`);
    // Search at 6 topics: the search suite.
    const search =
      key === 'notes6' ? [] : await measure(site, label, key, 'access policy', GENERATED_QUERIES, 3, QUESTION);
    // Saving in the background happens where the pages do not all fit the first visit (1,006 pages).
    const saving = key === 'notes1000' ? await savingResponsiveness(site.outDir) : undefined;
    const id = (name: string) => `scale.${key}.${name}`;
    const results: BenchResult[] = [
      { id: id('cleanBuildSeconds'), label: `clean build, ${label}`, value: clean, unit: 's' },
      ...(saving
        ? [
            {
              id: id('savingLongestTaskMs'),
              label: `longest task while pages are saved in the background, ${label}`,
              value: saving.longestTask,
              unit: 'ms',
              budget: { max: 250 },
            },
            {
              id: id('savingLongestFrameMs'),
              label: `longest wait for a frame while pages are saved, ${label}`,
              value: saving.longestFrame,
              unit: 'ms',
              budget: { max: 250 },
            },
          ]
        : []),
      {
        id: id('peakMemoryMB'),
        label: `peak memory of the build, ${label}`,
        value: Math.max(...cleans.map((entry) => entry.peak)) / MB,
        unit: 'MB',
      },
      { id: id('rebuildSeconds'), label: `rebuild after one note changed, ${label}`, value: rebuild, unit: 's' },
      {
        id: id('rebuildShare'),
        label: `rebuild / clean build, ${label}`,
        value: (rebuild / clean) * 100,
        unit: '%',
        ...(key === 'notes6' ? {} : { budget: { max: 30 } }),
      },
      {
        id: id('converterMBps'),
        label: `converter throughput, ${label} (${(corpus.bytes / MB).toFixed(1)} MB of notes)`,
        value: corpus.bytes / MB / (converterMs / 1000),
        unit: 'MB/s',
        ...(key === 'notes6' ? {} : { budget: { min: 1 } }),
      },
      {
        id: id('topicPageRawKB'),
        label: `topic page HTML (/iam/), raw, ${label}`,
        value: page.length / KB,
        unit: 'KB',
      },
      { id: id('topicPageGzipKB'), label: `topic page HTML (/iam/), gzip, ${label}`, value: pageGzip / KB, unit: 'KB' },
      {
        id: id('distMB'),
        label: `dist/, ${label}`,
        value: files.reduce((total, file) => total + file.size, 0) / MB,
        unit: 'MB',
      },
      {
        id: id('largestFileKB'),
        label: `largest file (${biggest.path}), ${label}`,
        value: biggest.size / KB,
        unit: 'KB',
      },
      {
        id: id('precacheGzipKB'),
        label: `first visit saves for offline (${precached.length} files), gzip, ${label}`,
        value: (await wireBytes(site.outDir, precached)) / KB,
        unit: 'KB',
        ...(key === 'notes1000' ? { budget: { max: 5 * 1024 } } : {}),
      },
      ...search,
    ];
    return { key, clean, rebuild, pageGzip, results };
  } finally {
    await rm(site.workDir, { recursive: true, force: true });
  }
}

/**
 * Search on 10,006 pages written as students write (see tools/student-words.ts): the drill notes
 * share 41 words, so that two words of a query are each on three pages in four, and their index
 * is no picture of a student's. A clean build (time, peak memory), then the search figures.
 */
async function studentSearch(runs: number): Promise<BenchResult[]> {
  const corpus = await writeCorpus(10_000, { words: 'student' });
  const memory = watchPeakMemory();
  const site = await buildSite(corpus.dir, PROJECT_DATA, { onStart: (pid) => memory.start(pid) });
  const peak = memory.stop();
  const key = 'notes10000student';
  const label = '10,006 pages written as students write';
  try {
    return [
      { id: `scale.${key}.cleanBuildSeconds`, label: `clean build, ${label}`, value: site.seconds, unit: 's' },
      { id: `scale.${key}.peakMemoryMB`, label: `peak memory of the build, ${label}`, value: peak / MB, unit: 'MB' },
      ...(await measure(site, label, key, 'access policy', GENERATED_QUERIES, Math.min(runs, 3), QUESTION)),
    ];
  } finally {
    await rm(site.workDir, { recursive: true, force: true });
    await rm(corpus.dir, { recursive: true, force: true });
  }
}

async function listFiles(dir: string): Promise<{ path: string; size: number }[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return Promise.all(
    entries
      .filter((entry) => entry.isFile())
      .map(async (entry) => {
        const path = join(entry.parentPath, entry.name);
        return { path: path.slice(dir.length + 1), size: (await stat(path)).size };
      }),
  );
}
