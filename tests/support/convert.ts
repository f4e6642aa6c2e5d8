import { stringify } from 'yaml';
import { RESERVED_SLUGS } from '../../src/config.ts';
import { convertNotes, type ConversionResult, type ConvertOptions } from '../../src/convert/pipeline.ts';
import type { GlossaryEntry } from '../../src/schemas/glossary.ts';
import type { TopicEntry } from '../../src/schemas/topic-map.ts';
import { projectData } from '../../tools/project-data.ts';
import { createCodeHighlighter, type CodeHighlighter } from '../../src/convert/highlighter.ts';

let shared: CodeHighlighter | undefined;
/** One code highlighter for all conversions of a test file (it takes a moment to load its grammars). */
function highlighter(): CodeHighlighter {
  shared ??= createCodeHighlighter();
  return shared;
}

/** Convert notes given as text, with the project's topic map and glossary unless others are given. */
export function convertText(
  files: Record<string, string>,
  topics: readonly TopicEntry[] = projectData().topics,
  terms: readonly GlossaryEntry[] = projectData().glossary,
  prefixes: readonly string[] = projectData().glossaryPrefixes,
  attachments: readonly string[] = [],
): ConversionResult {
  return convertWith(files, { topics, glossary: terms, glossaryPrefixes: prefixes, attachments });
}

/** Convert notes given as text with these options (the project's topic map and glossary, and no attachments, unless given). */
export function convertWith(files: Record<string, string>, options: Partial<ConvertOptions>): ConversionResult {
  const { topics, glossary: terms, glossaryPrefixes: prefixes } = projectData();
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
      attachments: [],
      highlight: highlighter(),
      reservedSlugs: RESERVED_SLUGS,
      topicMapLabel: 'content/topics.yaml',
      defaultLanguage: 'en',
      ...options,
    },
  );
}

/**
 * The files a conversion writes, by name, as a snapshot folder holds them: each page's MDX
 * (`iam.mdx`, `course/rdf-overview.mdx`) and the site's data about it as YAML (`iam.data.yaml`).
 */
export function pageFiles(result: ConversionResult): Map<string, string> {
  const files = new Map<string, string>();
  for (const topic of result.topics) {
    files.set(`${topic.frontmatter.slug}.mdx`, topic.mdx);
    files.set(`${topic.frontmatter.slug}.data.yaml`, stringify(topic.frontmatter, { lineWidth: 0 }));
  }
  return files;
}
