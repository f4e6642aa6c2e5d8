import { readFile } from 'node:fs/promises';
import { RESERVED_SLUGS } from '../../src/config.ts';
import { convertNotes, type NotesSource } from '../../src/convert/pipeline.ts';
import { generateNotes } from '../../tools/generate-notes.ts';
import { projectData } from '../../tools/project-data.ts';
import type { BenchContext } from '../lib/context.ts';
import type { BenchResult } from '../lib/result.ts';
import { medianOf } from '../lib/stats.ts';

/** Notes that all link to one hub note (a course index every lecture links to): the case a per-link copy makes quadratic. */
const HUB_LINKERS = 5000;

/**
 * Converter throughput (MB of notes per second) on the bundled notes and on 1,000 generated topics,
 * and the time to convert a vault of 5,000 notes that all link to (and embed a section of) one note.
 */
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
  const hub = hubVault(HUB_LINKERS);
  const hubSeconds = () => {
    const started = performance.now();
    convertNotes(hub, {
      topics: [],
      glossary: [],
      reservedSlugs: RESERVED_SLUGS,
      topicMapLabel: 'topics.yaml',
      defaultLanguage: 'en',
    });
    return (performance.now() - started) / 1000;
  };
  return [
    {
      id: 'converter.hub5000.seconds',
      label: `converter, ${HUB_LINKERS.toLocaleString('en')} notes linking to one note`,
      value: await medianOf(Math.min(runs, 3), hubSeconds),
      unit: 's',
    },
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

/** A vault of `count` lecture notes in folders of 100, each linking to a hub note, to one of its sections, and embedding another. */
function hubVault(count: number): NotesSource[] {
  const encode = (text: string) => new TextEncoder().encode(text);
  const parts = Array.from({ length: 10 }, (_, part) => `## Part ${part + 1}\n\nWhat part ${part + 1} covers.`);
  const files: NotesSource[] = [
    { file: 'Hub.md', label: 'Hub.md', bytes: encode(`# Course index\n\n${parts.join('\n\n')}\n`) },
  ];
  for (let index = 1; index <= count; index += 1) {
    const file = `Week ${Math.ceil(index / 100)}/Lecture ${index}.md`;
    const text = `Lecture ${index} builds on [[Hub]] and [[Hub#Part ${(index % 10) + 1}|part ${(index % 10) + 1}]].\n\n![[Hub#Part 1]]\n\nNotes of the lecture, in my words.\n`;
    files.push({ file, label: file, bytes: encode(text) });
  }
  return files;
}
