import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { openDialog, searchInDialog } from '../../tools/dialog-search.ts';
import { buildSite, type BuiltSite } from '../../tools/build-site.ts';
import { recordFetches, serveSite, totalBytes, wireBytesByFile } from '../lib/browser.ts';
import type { BenchContext } from '../lib/context.ts';
import type { BenchResult } from '../lib/result.ts';
import { median } from '../lib/stats.ts';

const KB = 1024;
type QuerySet = { queries: { query: string; topic: string }[] };
const QUERIES = JSON.parse(
  await readFile(new URL('../../tests/search/queries.json', import.meta.url), 'utf8'),
) as QuerySet;
/** Questions about the ranking vault (tests/fixtures/ranking-vault), with the page that should come first. */
const VAULT_QUERIES = JSON.parse(
  await readFile(new URL('../../tests/search/vault-queries.json', import.meta.url), 'utf8'),
) as QuerySet;
/** Questions in other words than the notes use, about the bundled notes and the ranking vault. */
const OTHER_WORDS = JSON.parse(
  await readFile(new URL('../../tests/search/other-words-queries.json', import.meta.url), 'utf8'),
) as { queries: (QuerySet['queries'][number] & { site: 'bundled' | 'vault' })[] };
const RANKING_VAULT = fileURLToPath(new URL('../../tests/fixtures/ranking-vault/', import.meta.url));
/** Queries for the generated notes (words the generator uses). */
export const GENERATED_QUERIES = [
  'access policy',
  'encryption key',
  'least privilege',
  'subnet traffic',
  'audit log',
  'Amazon GuardDuty',
  'firewall rule',
  'session token',
];

/**
 * Search on the bundled notes: index size, bytes fetched by a first query on a topic page (budget
 * 150 KB gzip), median query latency once loaded (budget 30 ms), recall@1 and recall@3 of the query
 * set (tests/search/queries.json), and of the ranking vault's query set (tests/search/vault-queries.json:
 * notes titled with a subject among notes that mention it, abbreviations, aliases). The same figures
 * at 1,000 and 10,000 notes: the scale suite.
 */
export async function searchSuite(context: BenchContext): Promise<BenchResult[]> {
  const bundled = await context.bundledSite();
  const vault = await buildSite(RANKING_VAULT);
  const results = [
    ...(await measure(
      bundled,
      '6 topics',
      'topics6',
      'explicit deny',
      QUERIES.queries.map((entry) => entry.query),
      context.runs,
    )),
    ...(await recall(bundled, 'iam/', QUERIES, 'search', 'the query set', { at1: 97, at3: 100 })),
    ...(await recall(
      vault,
      'in5400-machine-learning/attention/',
      VAULT_QUERIES,
      'search.vault',
      'the vault query set',
      { at1: 95, at3: 100 },
    )),
    // No budget: what other words find is reported, before and after (issue 20).
    ...recallResults(
      [
        ...(await ranksOf(
          bundled,
          'iam/',
          OTHER_WORDS.queries.filter((entry) => entry.site === 'bundled'),
        )),
        ...(await ranksOf(
          vault,
          'in5400-machine-learning/attention/',
          OTHER_WORDS.queries.filter((entry) => entry.site === 'vault'),
        )),
      ],
      'search.otherWords',
      'questions in other words than the notes use',
    ),
  ];
  return results;
}

/**
 * Search figures of a built site: its index size, the bytes a first query fetches on a topic page
 * (with no service worker, whose background saving would count otherwise), the query latency.
 */
export async function measure(
  site: Pick<BuiltSite, 'outDir'>,
  label: string,
  key: string,
  firstQuery: string,
  queries: readonly string[],
  runs: number,
  /** More first queries, each in a tab of its own, reported by their keys ("question": `firstQuestionKB`). */
  moreFirstQueries: Readonly<Record<string, string>> = {},
): Promise<BenchResult[]> {
  const served = await serveSite(site.outDir);
  try {
    const firstQueryBytes = async (query: string): Promise<{ bytes: number; page: Page }> => {
      // A page of the bundled notes, in every site measured.
      const page = await (await served.browser.newContext({ serviceWorkers: 'block' })).newPage();
      await page.goto(`${served.server.url}iam/`);
      await page.waitForLoadState('networkidle');
      const fetched = recordFetches(page);
      await openDialog(page);
      await searchInDialog(page, query);
      const files = await wireBytesByFile(site.outDir, fetched);
      process.stderr.write(`bench: a first query ("${query}"), ${label}: ${byKind(files)}\n`);
      return { bytes: totalBytes(files), page };
    };
    const first = await firstQueryBytes(firstQuery);
    const more: BenchResult[] = [];
    for (const [name, query] of Object.entries(moreFirstQueries)) {
      more.push({
        id: `search.${key}.first${name.charAt(0).toUpperCase()}${name.slice(1)}KB`,
        label: `bytes fetched by a first query ("${query}"), ${label}`,
        value: (await firstQueryBytes(query)).bytes / KB,
        unit: 'KB gz',
        budget: { max: 150 },
      });
    }

    // "Once loaded": a first pass loads the index chunks of the queries' words; the passes after it are timed.
    await queryLatencies(first.page, queries);
    const latencies: number[] = [];
    for (let run = 0; run < Math.max(1, runs); run++) latencies.push(...(await queryLatencies(first.page, queries)));
    return [
      {
        id: `search.${key}.indexKB`,
        label: `search index (pagefind/), ${label}`,
        value: (await folderBytes(join(site.outDir, 'pagefind'))) / KB,
        unit: 'KB',
      },
      {
        id: `search.${key}.firstQueryKB`,
        label: `bytes fetched by a first query, ${label}`,
        value: first.bytes / KB,
        unit: 'KB gz',
        budget: { max: 150 },
      },
      ...more,
      {
        id: `search.${key}.latencyMs`,
        label: `median query latency once loaded, ${label}`,
        value: median(latencies),
        unit: 'ms',
        budget: { max: 30 },
      },
    ];
  } finally {
    await served.close();
  }
}

/** Pagefind's files by their extension, named by what they hold. */
const PAGEFIND_FILES: ReadonlyMap<string, string> = new Map([
  ['pf_index', 'index chunks'],
  ['pf_fragment', 'result fragments'],
  ['pf_filter', 'filters'],
  ['pf_meta', 'pf_meta'],
]);

/** Where a first query's bytes go ("index chunks ×2 31.4 KB, …"), largest first. */
function byKind(sizes: ReadonlyMap<string, number>): string {
  const kinds = new Map<string, { count: number; bytes: number }>();
  for (const [path, bytes] of sizes) {
    const name = path.split('/').pop() ?? path;
    // Other files by their name without Vite's 8-character content hash (`search-entry-BbpeHnmF.js` → `search-entry.js`).
    const kind = PAGEFIND_FILES.get(name.split('.').pop() ?? '') ?? name.replace(/[-.][\w-]{8}(?=\.\w+$)/, '');
    const entry = kinds.get(kind) ?? { count: 0, bytes: 0 };
    kinds.set(kind, { count: entry.count + 1, bytes: entry.bytes + bytes });
  }
  return [...kinds]
    .sort((a, b) => b[1].bytes - a[1].bytes)
    .map(([kind, { count, bytes }]) => `${kind}${count > 1 ? ` ×${count}` : ''} ${(bytes / KB).toFixed(1)} KB`)
    .join(', ');
}

/** Time Pagefind searches in the page, with the options the dialog uses, results' data included. */
async function queryLatencies(page: Page, queries: readonly string[]): Promise<number[]> {
  return page.evaluate(async (list) => {
    const url: string = '/pagefind/pagefind.js';
    const pagefind = await import(/* @vite-ignore */ url);
    await pagefind.options({ highlightParam: 'pagefind-highlight', excerptLength: 18, noWorker: true });
    await pagefind.init();
    await pagefind.search('warm up');
    const times: number[] = [];
    for (const query of list) {
      const started = performance.now();
      const found = await pagefind.search(query);
      await Promise.all(found.results.slice(0, 5).map((result: { data(): Promise<unknown> }) => result.data()));
      times.push(performance.now() - started);
    }
    return times;
  }, queries);
}

/** Recall@1 and @3 of a query set in the search dialog of a site (opened at `start`). */
async function recall(
  site: Pick<BuiltSite, 'outDir'>,
  start: string,
  set: QuerySet,
  key: string,
  name: string,
  budget: { at1: number; at3: number },
): Promise<BenchResult[]> {
  return recallResults(await ranksOf(site, start, set.queries), key, name, budget);
}

/**
 * Where each query's page comes in the search dialog of a site (opened at `start`), -1 when not
 * shown; the queries whose page is not first are printed, with what came first.
 */
async function ranksOf(
  site: Pick<BuiltSite, 'outDir'>,
  start: string,
  queries: QuerySet['queries'],
): Promise<number[]> {
  const served = await serveSite(site.outDir);
  try {
    const page = await (await served.browser.newContext()).newPage();
    await page.goto(`${served.server.url}${start}`);
    await openDialog(page);
    const ranks: number[] = [];
    for (const { query, topic } of queries) {
      const found = (await searchInDialog(page, query)).topics;
      const rank = found.indexOf(topic);
      if (rank !== 0) {
        const place = rank < 0 ? 'not shown' : `at ${rank + 1}`;
        process.stderr.write(`bench: "${query}": ${topic} ${place}, first ${found[0] ?? 'nothing'}\n`);
      }
      ranks.push(rank);
    }
    return ranks;
  } finally {
    await served.close();
  }
}

function recallResults(
  ranks: readonly number[],
  key: string,
  name: string,
  budget?: { at1: number; at3: number },
): BenchResult[] {
  const share = (count: number) => (count / ranks.length) * 100;
  return [
    {
      id: `${key}.recallAt1`,
      label: `recall@1 on ${name} (${ranks.length} queries)`,
      value: share(ranks.filter((rank) => rank === 0).length),
      unit: '%',
      ...(budget ? { budget: { min: budget.at1 } } : {}),
    },
    {
      id: `${key}.recallAt3`,
      label: `recall@3 on ${name}`,
      value: share(ranks.filter((rank) => rank >= 0 && rank < 3).length),
      unit: '%',
      ...(budget ? { budget: { min: budget.at3 } } : {}),
    },
  ];
}

async function folderBytes(folder: string): Promise<number> {
  const files = await readdir(folder, { recursive: true });
  let total = 0;
  for (const file of files) {
    const info = await stat(join(folder, file));
    if (info.isFile()) total += info.size;
  }
  return total;
}
