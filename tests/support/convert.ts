import { readFileSync } from 'node:fs';
import { RESERVED_SLUGS } from '../../src/config.ts';
import { convertNotes, type ConversionResult } from '../../src/convert/pipeline.ts';
import { parseYamlData } from '../../src/lib/yaml-data.ts';
import { glossary, type GlossaryEntry } from '../../src/schemas/glossary.ts';
import { topicMap, type TopicEntry } from '../../src/schemas/topic-map.ts';

/** The project's topic map, `content/topics.yaml`. */
export function projectTopics(): TopicEntry[] {
  const path = new URL('../../content/topics.yaml', import.meta.url);
  return parseYamlData(topicMap, readFileSync(path, 'utf8'), 'content/topics.yaml').topics;
}

/** The project's glossary, `content/glossary.yaml`. */
export function projectGlossary(): GlossaryEntry[] {
  const path = new URL('../../content/glossary.yaml', import.meta.url);
  return parseYamlData(glossary, readFileSync(path, 'utf8'), 'content/glossary.yaml').terms;
}

/** Convert notes given as text, with the project's topic map and glossary unless others are given. */
export function convertText(
  files: Record<string, string>,
  topics: readonly TopicEntry[] = projectTopics(),
  terms: readonly GlossaryEntry[] = projectGlossary(),
): ConversionResult {
  return convertNotes(
    Object.entries(files).map(([file, text]) => ({
      file,
      label: `content/notes/${file}`,
      bytes: new TextEncoder().encode(text),
    })),
    { topics, glossary: terms, reservedSlugs: RESERVED_SLUGS, topicMapLabel: 'content/topics.yaml' },
  );
}

/** All topic pages of a conversion, one after the other, as a fixture snapshot holds them. */
export function joinedMdx(result: ConversionResult): string {
  return result.topics.map((topic) => topic.mdx).join('\n');
}
