import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatWarning, NotesError } from '../lib/notes-error.ts';
import { convertNotes } from '../convert/pipeline.ts';
import { RESERVED_SLUGS, SITE } from '../config.ts';
import { glossary } from '../schemas/glossary.ts';
import { topicMap } from '../schemas/topic-map.ts';
import { vocabularyFile, VOCABULARY_FILE } from '../schemas/vocabulary.ts';
import { readNotesFolder, readYamlData, syncFolder, writeIfChanged } from './notes-files.ts';
import { projectPaths, type ProjectPaths } from './paths.ts';

/**
 * Build step 1, notes → MDX: converts the notes folder into one MDX page per topic before Astro
 * loads content, in `astro build`, `astro dev`, `astro check` and `astro sync`. In dev it converts
 * again whenever a notes file or the topic map changes; the content collection reloads the
 * pages that changed.
 */
export default function notesIntegration(): AstroIntegration {
  let paths: ProjectPaths | undefined;
  let root = process.cwd();
  return {
    name: 'study-notes:notes',
    hooks: {
      'astro:config:setup': async ({ config, logger, updateConfig }) => {
        root = fileURLToPath(config.root);
        paths = projectPaths(root);
        try {
          const language = await convert(paths, root, logger);
          // The language of the notes is the site's: <html lang> and the search index's language.
          updateConfig({ vite: { define: { 'import.meta.env.NOTES_LANG': JSON.stringify(language) } } });
        } catch (error) {
          // A problem in the notes is the student's to fix: say where and what, without a stack trace.
          if (!(error instanceof NotesError)) throw error;
          const problem = new AstroError(error.message, NOTES_HINT);
          problem.stack = ''; // the message says all; a stack trace into the converter would only distract
          throw problem;
        }
      },
      'astro:server:setup': ({ server, logger }) => {
        if (!paths) return;
        const watched = paths;
        server.watcher.add([watched.notesDir, watched.topicMap, watched.glossary]);
        const onChange = (path: string): void => {
          const file = resolve(path);
          if (
            file !== watched.topicMap &&
            file !== watched.glossary &&
            relative(watched.notesDir, file).startsWith('..')
          )
            return;
          reconvert();
        };
        // One conversion at a time; changes that arrive meanwhile (an editor's unlink + add) make one more.
        let running: Promise<void> = Promise.resolve();
        let queued = false;
        const reconvert = (): void => {
          if (queued) return;
          queued = true;
          running = running.then(async () => {
            queued = false;
            await convert(watched, root, logger).catch((error: unknown) => logger.error(describe(error)));
          });
        };
        server.watcher.on('change', onChange).on('add', onChange).on('unlink', onChange);
      },
    },
  };
}

const NOTES_HINT =
  'Fix the notes or the topic map at the place named above, then build again. See "Add your own notes" in README.md.';

/**
 * Read the notes and the topic map, convert, and write the MDX pages. Returns the language of the
 * notes (`NOTES_LANG` overrides it, for Latin-script notes that are not in English).
 */
async function convert(paths: ProjectPaths, root: string, logger: AstroIntegrationLogger): Promise<string> {
  const started = performance.now();
  const topicMapLabel = relative(root, paths.topicMap);
  const map = await readYamlData(topicMap, paths.topicMap, root);
  const terms = await readYamlData(glossary, paths.glossary, root);
  const files = await readNotesFolder(paths.notesDir, root);
  const result = convertNotes(files, {
    topics: map.topics,
    glossary: terms.terms,
    glossaryPrefixes: terms.prefixes,
    reservedSlugs: RESERVED_SLUGS,
    topicMapLabel,
    defaultLanguage: process.env['NOTES_LANG'] || SITE.lang,
  });
  if (result.topics.length === 0) {
    throw new NotesError(
      { file: relative(root, paths.notesDir) || '.', line: 1, column: 1 },
      'the notes have no text to show: every notes file is empty or holds only separators',
    );
  }
  for (const warning of result.warnings) logger.warn(formatWarning(warning));
  await syncFolder(
    paths.generatedTopics,
    new Map(result.topics.map((topic) => [`${topic.frontmatter.slug}.mdx`, topic.mdx])),
  );
  await writeIfChanged(join(paths.generatedTopics, VOCABULARY_FILE), vocabularyFile(result.vocabulary));
  const took = Math.round(performance.now() - started);
  logger.info(
    `${files.length} notes file(s) → ${result.topics.length} topic page(s) in ${took} ms, language ${result.language}`,
  );
  return process.env['NOTES_LANG'] || result.language;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
