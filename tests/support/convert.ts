import { RESERVED_SLUGS } from '../../src/config.ts';
import { convertNotes, type ConversionResult } from '../../src/convert/pipeline.ts';
import type { GlossaryEntry } from '../../src/schemas/glossary.ts';
import type { TopicEntry } from '../../src/schemas/topic-map.ts';
import { projectData } from '../../tools/project-data.ts';

/** Convert notes given as text, with the project's topic map and glossary unless others are given. */
export function convertText(
  files: Record<string, string>,
  topics: readonly TopicEntry[] = projectData().topics,
  terms: readonly GlossaryEntry[] = projectData().glossary,
  prefixes: readonly string[] = projectData().glossaryPrefixes,
): ConversionResult {
  return convertNotes(
    Object.entries(files).map(([file, text]) => ({
      file,
      label: `content/notes/${file}`,
      bytes: new TextEncoder().encode(text),
    })),
    {
      topics,
      glossary: terms,
      glossaryPrefixes: prefixes,
      reservedSlugs: RESERVED_SLUGS,
      topicMapLabel: 'content/topics.yaml',
      defaultLanguage: 'en',
    },
  );
}

/** All topic pages of a conversion, one after the other, as a fixture snapshot holds them. */
export function joinedMdx(result: ConversionResult): string {
  return result.topics.map((topic) => topic.mdx).join('\n');
}
