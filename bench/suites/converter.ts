import { readFile } from 'node:fs/promises';
import { RESERVED_SLUGS } from '../../src/config.ts';
import { convertNotes, type NotesSource } from '../../src/convert/pipeline.ts';
import { generateNotes } from '../../tools/generate-notes.ts';
import { projectData } from '../../tools/project-data.ts';
import type { BenchContext } from '../lib/context.ts';
import type { BenchResult } from '../lib/result.ts';
import { medianOf } from '../lib/stats.ts';

/** Converter throughput (MB of notes per second) on the bundled notes and on 1,000 generated topics. */
export async function converterSuite({ runs }: BenchContext): Promise<BenchResult[]> {
  const { topics, glossary } = projectData();
  const bundled = await readFile(new URL('../../content/notes/aws-security.md', import.meta.url));
  const generated = new TextEncoder().encode(generateNotes(1000));
  const throughput = (bytes: Uint8Array, iterations: number) => () => {
    const files: NotesSource[] = [{ file: 'notes.md', label: 'notes.md', bytes }];
    const started = performance.now();
    for (let i = 0; i < iterations; i++) {
      convertNotes(files, {
        topics,
        glossary,
        reservedSlugs: RESERVED_SLUGS,
        topicMapLabel: 'topics.yaml',
        defaultLanguage: 'en',
      });
    }
    return (bytes.length * iterations) / 1e6 / ((performance.now() - started) / 1000);
  };
  return [
    {
      id: 'converter.bundled.mbPerSecond',
      label: `converter, bundled notes (${(bundled.length / 1024).toFixed(1)} KB)`,
      value: await medianOf(runs, throughput(bundled, 50)),
      unit: 'MB/s',
    },
    {
      id: 'converter.topics1000.mbPerSecond',
      label: `converter, 1,000 generated topics (${(generated.length / 1024).toFixed(0)} KB)`,
      value: await medianOf(runs, throughput(generated, 1)),
      unit: 'MB/s',
    },
  ];
}
