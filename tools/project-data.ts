import { readFileSync } from 'node:fs';
import { withSortNames } from '../src/lib/glossary-index.ts';
import { parseYamlData } from '../src/lib/yaml-data.ts';
import { glossary, type GlossaryEntry } from '../src/schemas/glossary.ts';
import { topicMap, type TopicEntry } from '../src/schemas/topic-map.ts';

interface ProjectData {
  readonly topics: TopicEntry[];
  /** The glossary's terms, each with the name it is filed under (`sortAs`). */
  readonly glossary: GlossaryEntry[];
  /** The glossary's `prefixes`. */
  readonly glossaryPrefixes: string[];
}

let loaded: ProjectData | undefined;

/** The project's own data files, validated: the topic map and the glossary (for tests and benchmarks). */
export function projectData(): ProjectData {
  const read = (path: string): string => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
  if (!loaded) {
    const terms = parseYamlData(glossary, read('content/glossary.yaml'), 'content/glossary.yaml');
    loaded = {
      topics: parseYamlData(topicMap, read('content/topics.yaml'), 'content/topics.yaml').topics,
      glossary: withSortNames(terms),
      glossaryPrefixes: terms.prefixes,
    };
  }
  return loaded;
}
