import { readFile, writeFile } from 'node:fs/promises';
import { createContext, type BenchContext } from './lib/context.ts';
import { meetsBudget, type BenchResult } from './lib/result.ts';
import { competitorsSuite } from './suites/competitors.ts';
import { converterSuite } from './suites/converter.ts';
import { offlineSuite } from './suites/offline.ts';
import { pageWeightSuite } from './suites/page-weight.ts';
import { scaleSuite } from './suites/scale.ts';
import { searchSuite } from './suites/search.ts';
import { studySuite } from './suites/study.ts';
import { vaultSuite } from './suites/vault.ts';

/**
 * `npm run bench`: every figure of the project in one table, beside the figures of the previous
 * run (read from bench/results.json, which this run then replaces). Medians of several runs
 * (BENCH_RUNS, default 5); `npm run bench -- converter` runs the suites whose name is given.
 */
const suites: Record<string, (context: BenchContext) => Promise<BenchResult[]>> = {
  converter: converterSuite,
  scale: scaleSuite,
  'page-weight': pageWeightSuite,
  search: searchSuite,
  offline: offlineSuite,
  study: studySuite,
  competitors: competitorsSuite,
  vault: vaultSuite,
};

const runs = Number(process.env['BENCH_RUNS'] ?? 5);
const chosen = process.argv.slice(2).filter((name) => name in suites);
const resultsFile = new URL('./results.json', import.meta.url);
const previous: Record<string, number> = await readFile(resultsFile, 'utf8')
  .then((text) =>
    Object.fromEntries((JSON.parse(text).results as BenchResult[]).map((result) => [result.id, result.value])),
  )
  .catch(() => ({}));

const context = createContext(runs);
const results: BenchResult[] = [];
for (const [name, suite] of Object.entries(suites)) {
  if (chosen.length > 0 && !chosen.includes(name)) continue;
  process.stderr.write(`bench: ${name}…\n`);
  results.push(...(await suite(context)));
}

const format = (value: number | undefined): string =>
  value === undefined
    ? '—'
    : Number.isInteger(value)
      ? String(value)
      : value >= 100
        ? value.toFixed(0)
        : value >= 10
          ? value.toFixed(1)
          : value.toFixed(2);
const rows = results.map((result) => {
  const met = meetsBudget(result);
  const budget = result.budget
    ? [
        result.budget.min !== undefined ? `≥ ${result.budget.min}` : '',
        result.budget.max !== undefined ? `≤ ${result.budget.max}` : '',
      ]
        .filter(Boolean)
        .join(' ')
    : '';
  return [
    result.label,
    `${format(result.value)} ${result.unit}`,
    `${format(previous[result.id])}`,
    budget,
    met === undefined ? '' : met ? 'met' : 'MISSED',
  ];
});
const header = ['figure', 'now', 'previous', 'budget', ''];
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
const line = (cells: string[]) =>
  cells
    .map((cell, column) => cell.padEnd(widths[column] ?? 0))
    .join('  ')
    .trimEnd();
console.log([line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n'));

const merged = new Map<string, BenchResult>();
for (const [id, value] of Object.entries(previous)) merged.set(id, { id, label: id, value, unit: '' });
await readFile(resultsFile, 'utf8')
  .then((text) => (JSON.parse(text).results as BenchResult[]).forEach((result) => merged.set(result.id, result)))
  .catch(() => undefined);
for (const result of results)
  merged.set(result.id, { ...result, ...(meetsBudget(result) === undefined ? {} : { met: meetsBudget(result) }) });
await writeFile(
  resultsFile,
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, runs, results: [...merged.values()] }, null, 2)}\n`,
);
