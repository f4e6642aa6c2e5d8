import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite, PROJECT_DATA } from '../../tools/build-site.ts';
import { generateNotes } from '../../tools/generate-notes.ts';
import { BUNDLED_NOTES, type BenchContext } from '../lib/context.ts';
import type { BenchResult } from '../lib/result.ts';
import { medianOf } from '../lib/stats.ts';

/** Full production build time (`astro build` with every integration) at 6 and at 1,000 topics. */
export async function buildSuite({ runs }: BenchContext): Promise<BenchResult[]> {
  const generatedNotes = await mkdtemp(join(tmpdir(), 'study-notes-bench-notes-'));
  await writeFile(join(generatedNotes, 'generated.md'), generateNotes(1000));
  const timeBuild = (notesDir: string) => async () => {
    const site = await buildSite(notesDir, PROJECT_DATA);
    await rm(site.workDir, { recursive: true, force: true });
    return site.seconds;
  };
  try {
    const six = await medianOf(runs, timeBuild(BUNDLED_NOTES));
    const thousand = await medianOf(Math.max(1, Math.min(runs, 3)), timeBuild(generatedNotes), false);
    return [
      { id: 'build.topics6.seconds', label: 'full build, bundled notes (6 topics)', value: six, unit: 's' },
      { id: 'build.topics1000.seconds', label: 'full build, 1,000 generated topics', value: thousand, unit: 's' },
      {
        id: 'build.ratio1000to6',
        label: 'build time ratio, 1,000 topics / 6 topics',
        value: thousand / six,
        unit: '×',
      },
    ];
  } finally {
    await rm(generatedNotes, { recursive: true, force: true });
  }
}
