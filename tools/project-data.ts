import { readFileSync } from 'node:fs';
import { parseYamlData } from '../src/lib/yaml-data.ts';
import { glossary, type GlossaryEntry } from '../src/schemas/glossary.ts';
import { topicMap, type TopicEntry } from '../src/schemas/topic-map.ts';

interface ProjectData {
  readonly topics: TopicEntry[];
  readonly glossary: GlossaryEntry[];
}

let loaded: ProjectData | undefined;

/** The project's own data files, validated: the topic map and the glossary (for tests and benchmarks). */
export function projectData(): ProjectData {
  const read = (path: string): string => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
  loaded ??= {
    topics: parseYamlData(topicMap, read('content/topics.yaml'), 'content/topics.yaml').topics,
    glossary: parseYamlData(glossary, read('content/glossary.yaml'), 'content/glossary.yaml').terms,
  };
  return loaded;
}
