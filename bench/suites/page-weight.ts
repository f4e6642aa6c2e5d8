import { existsSync, readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { BenchContext } from '../lib/context.ts';
import { pageWeight, type PageWeight } from '../lib/page-weight.ts';
import type { BenchResult } from '../lib/result.ts';

const KB = 1024;
const NOTES_ARTICLE = /<article\b[^>]*\sdata-pagefind-body[\s>=]/;

/**
 * Page weight of the topic pages of the bundled notes: HTML, CSS, JS and fonts, raw and gzip,
 * for the heaviest topic page (every topic page must meet the budget, so the heaviest decides).
 * Budgets: at most 2 KB of JavaScript (gzip) before any interaction; HTML + CSS at most 15 KB gzip;
 * at most 3 requests on a cold load (HTML, CSS, the boot script).
 */
export async function pageWeightSuite(context: BenchContext): Promise<BenchResult[]> {
  const site = await context.bundledSite();
  const topicPages = (await readdir(site.outDir, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory() && existsSync(join(site.outDir, entry.name, 'index.html')))
    // A page of notes: its <article> carries the attribute (not merely a note that quotes it).
    .filter((entry) => NOTES_ARTICLE.test(readFileSync(join(site.outDir, entry.name, 'index.html'), 'utf8')))
    .map((entry) => join(entry.name, 'index.html'));
  const weights: PageWeight[] = [];
  for (const page of topicPages) weights.push(await pageWeight(site.outDir, page));
  const heaviest = (pick: (weight: PageWeight) => number): number => Math.max(...weights.map(pick));
  const kb = (bytes: number): number => bytes / KB;
  return [
    {
      id: 'page.topic.html.raw',
      label: 'topic page HTML, raw (heaviest)',
      value: kb(heaviest((w) => w.html.raw)),
      unit: 'KB',
    },
    { id: 'page.topic.html.gzip', label: 'topic page HTML, gzip', value: kb(heaviest((w) => w.html.gzip)), unit: 'KB' },
    { id: 'page.topic.css.raw', label: 'topic page CSS, raw', value: kb(heaviest((w) => w.css.raw)), unit: 'KB' },
    { id: 'page.topic.css.gzip', label: 'topic page CSS, gzip', value: kb(heaviest((w) => w.css.gzip)), unit: 'KB' },
    {
      id: 'page.topic.htmlCss.gzip',
      label: 'topic page HTML + CSS, gzip',
      value: kb(heaviest((w) => w.html.gzip + w.css.gzip)),
      unit: 'KB',
      budget: { max: 15 },
    },
    {
      id: 'page.topic.js.raw',
      label: 'topic page JS before interaction, raw',
      value: kb(heaviest((w) => w.js.raw)),
      unit: 'KB',
    },
    {
      id: 'page.topic.js.gzip',
      label: 'topic page JS before interaction, gzip',
      value: kb(heaviest((w) => w.js.gzip)),
      unit: 'KB',
      budget: { max: 2 },
    },
    {
      id: 'page.topic.requests',
      label: 'topic page requests, cold load',
      value: heaviest((w) => w.requests),
      unit: '',
      budget: { max: 3 },
    },
    { id: 'page.topic.fonts.raw', label: 'topic page fonts, raw', value: kb(heaviest((w) => w.fonts.raw)), unit: 'KB' },
    {
      id: 'page.topic.fonts.gzip',
      label: 'topic page fonts, gzip',
      value: kb(heaviest((w) => w.fonts.gzip)),
      unit: 'KB',
    },
  ];
}
