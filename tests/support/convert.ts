import { stringify } from 'yaml';
import { RESERVED_SLUGS } from '../../src/config.ts';
import { convertNotes, type ConversionResult } from '../../src/convert/pipeline.ts';
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
      attachments,
      highlight: highlighter(),
      reservedSlugs: RESERVED_SLUGS,
      topicMapLabel: 'content/topics.yaml',
      defaultLanguage: 'en',
    },
  );
}

/**
 * All pages of a conversion, one after the other, as a fixture snapshot holds them: each page's
 * data as YAML in a comment, then its HTML.
 */
export function joinedPages(result: ConversionResult): string {
  return result.topics
    .map((topic) => `<!--\n${stringify(topic.frontmatter, { lineWidth: 0 }).replace(/--/g, '- -')}-->\n${topic.html}\n`)
    .join('\n');
}
