import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCodeHighlighter, type CodeHighlighter } from '../convert/highlighter.ts';
import { convertNotes } from '../convert/pipeline.ts';
import { startRelatedWords, type RelatedWordsMaker } from '../convert/related-words/cached.ts';
import { RESERVED_SLUGS, SITE } from '../config.ts';
import { withSortNames } from '../lib/glossary-index.ts';
import { formatWarning, NotesError } from '../lib/notes-error.ts';
import { glossary } from '../schemas/glossary.ts';
import { topicMap } from '../schemas/topic-map.ts';
import { converterFingerprint } from './converter-fingerprint.ts';
import { readFlashcardSettings } from './flashcard-settings-file.ts';
import { DiskNoteCache } from './note-cache.ts';
import { readNotesFolder, readYamlData, syncCopies, syncTree, writeIfChanged } from './notes-files.ts';
import { publishImage } from './publish-image.ts';
import { generatedLayout, projectPaths, type ProjectPaths } from './paths.ts';
import type { BuiltSite } from './site.ts';

/**
 * Build step 1, notes → pages: converts the notes folder into one JSON page (data and HTML) per
 * page before Astro loads content, in `astro build`, `astro dev`, `astro check` and `astro sync`,
 * and puts the images the pages show next to them for Astro's image pipeline. What the converter
 * made of each file is cached by content, so a rebuild converts only the notes that changed. In
 * dev it converts again whenever a notes file, the topic map or the glossary changes; the content
 * collections reload the pages that changed.
 */
export default function notesIntegration(site: BuiltSite): AstroIntegration {
  let paths: ProjectPaths | undefined;
  let root = process.cwd();
  let base = '/';
  let cache: DiskNoteCache | undefined;
  let cacheDir = '';
  let highlight: CodeHighlighter | undefined;
  let converter: string | undefined;
  const context = (): Conversion => {
    highlight ??= createCodeHighlighter();
    converter ??= converterFingerprint(projectRoot);
    if (!paths || !cache) throw new Error('study-notes:notes runs after astro:config:setup');
    return {
      paths,
      root,
      base,
      cache,
      relatedWordsCache: join(cacheDir, 'related-words.json'),
      highlight,
      site,
      converter,
    };
  };
  return {
    name: 'study-notes:notes',
    hooks: {
      'astro:config:setup': async ({ config, logger, updateConfig }) => {
        root = fileURLToPath(config.root);
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        paths = projectPaths(root);
        cacheDir = join(fileURLToPath(config.cacheDir), 'study-notes');
        cache = new DiskNoteCache(join(cacheDir, 'notes'));
        try {
          const language = await convert(context(), logger);
          updateConfig({
            // The language of the notes is the site's: <html lang> and the search index's language.
            vite: {
              define: { 'import.meta.env.NOTES_LANG': JSON.stringify(language) },
              // astro dev serves the images of a notes folder outside the project.
              server: { fs: { allow: [root, paths.notesDir] } },
            },
          });
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
        server.watcher.add([watched.notesDir, watched.topicMap.path, watched.glossary.path]);
        const onChange = (path: string): void => {
          const file = resolve(path);
          if (
            file !== watched.topicMap.path &&
            file !== watched.glossary.path &&
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
            await convert(context(), logger).catch((error: unknown) => logger.error(describe(error)));
          });
        };
        server.watcher.on('change', onChange).on('add', onChange).on('unlink', onChange);
      },
    },
  };
}

/** This project's folder (the converter's code is in it), wherever the site is built from. */
const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

const NOTES_HINT =
  'Fix the notes, the topic map or the glossary at the place named above, then build again. See "Add your own notes" in README.md.';

interface Conversion {
  readonly paths: ProjectPaths;
  /** The converter's fingerprint (converter-fingerprint.ts). */
  readonly converter: string;
  readonly root: string;
  readonly base: string;
  readonly cache: DiskNoteCache;
  /** The file that keeps search's other words while the vocabulary stays the same. */
  readonly relatedWordsCache: string;
  readonly highlight: CodeHighlighter;
  readonly site: BuiltSite;
}

/**
 * Read the notes, the topic map and the glossary, convert, and write the pages, their images and
 * the site's data. Returns the language of the notes (`NOTES_LANG` overrides it, for Latin-script
 * notes that are not in English).
 */
async function convert(conversion: Conversion, logger: AstroIntegrationLogger): Promise<string> {
  // WordNet is read in a process of its own while the notes are converted (convert/related-words/).
  const relatedWords = startRelatedWords(conversion.relatedWordsCache, conversion.converter);
  try {
    return await convertNotesFolder(conversion, logger, relatedWords);
  } finally {
    relatedWords.cancel();
  }
}

/** The conversion itself, with the maker of search's other words already started. */
async function convertNotesFolder(
  conversion: Conversion,
  logger: AstroIntegrationLogger,
  relatedWords: RelatedWordsMaker,
): Promise<string> {
  const { paths, root } = conversion;
  const started = performance.now();
  const topicMapLabel = relative(root, paths.topicMap.path);
  const map = (await readYamlData(topicMap, paths.topicMap, root)) ?? { topics: [] };
  const terms = (await readYamlData(glossary, paths.glossary, root)) ?? { prefixes: [], terms: [] };
  const folder = await readNotesFolder(paths.notesDir, root);
  const layout = generatedLayout(paths.generated);
  const images = await imageNames(folder.attachments, paths.notesDir);
  const flashcards = await readFlashcardSettings(paths.notesDir, root);
  // What decides a note's conversion besides its bytes: the converter's code and packages, the
  // glossary and topic map, the vault's flashcard settings, the options. Any change to one converts every note again.
  const fingerprint = JSON.stringify([
    conversion.converter,
    terms,
    map,
    flashcards.settings,
    conversion.base,
    process.env['NOTES_LANG'] ?? '',
  ]);
  const result = convertNotes(folder.notes, {
    topics: map.topics,
    glossary: terms.terms,
    glossaryPrefixes: terms.prefixes,
    reservedSlugs: RESERVED_SLUGS,
    topicMapLabel,
    defaultLanguage: process.env['NOTES_LANG'] || SITE.lang,
    base: conversion.base,
    attachments: folder.attachments,
    imageSource: (attachment, slug) => `${'../'.repeat(slug.split('/').length)}images/${images.get(attachment)}`,
    highlight: conversion.highlight,
    flashcards: flashcards.settings,
    cache: { store: conversion.cache, key: DiskNoteCache.keyer(fingerprint) },
  });
  conversion.cache.prune();
  if (result.topics.every((topic) => topic.frontmatter.empty)) {
    throw new NotesError(
      { file: relative(root, paths.notesDir) || '.', line: 1, column: 1 },
      'the notes have no text to show: every notes file is empty or holds only separators',
    );
  }
  for (const warning of [...flashcards.warnings, ...result.warnings]) logger.warn(formatWarning(warning));
  conversion.site.notePages = result.topics.map((topic) => topic.frontmatter.slug);

  const shown = new Set(
    result.topics.flatMap((topic) => [...topic.images.map((image) => image.attachment), ...topic.cardImages]),
  );
  await syncCopies(
    layout.images,
    new Map([...shown].map((attachment) => [images.get(attachment) ?? '', join(paths.notesDir, attachment)])),
    (name) => /^[0-9a-f]{20}\.[a-z0-9]+$/.test(name),
    (from, to) =>
      publishImage(from, to, relative(root, from).split(sep).join('/'), (warning) =>
        logger.warn(formatWarning(warning)),
      ),
  );
  await syncTree(
    layout.pages,
    new Map(result.topics.map((topic) => [`${topic.frontmatter.slug}.mdx`, topic.mdx])),
    (path) => path.endsWith('.mdx'),
  );
  await syncTree(
    layout.data,
    new Map(result.topics.map((topic) => [`${topic.frontmatter.slug}.json`, JSON.stringify(topic.frontmatter)])),
    (path) => path.endsWith('.json'),
  );
  await writeIfChanged(layout.glossary, JSON.stringify(withSortNames(terms)));
  const language = process.env['NOTES_LANG'] || result.language;
  const related = await relatedWords.table(result.vocabulary, language);
  await writeIfChanged(
    layout.site,
    JSON.stringify([
      { id: 'vocabulary', words: result.vocabulary },
      { id: 'related', words: related },
      { id: 'math', declarations: result.mathDeclarations },
    ]),
  );
  const took = Math.round(performance.now() - started);
  logger.info(
    `${folder.notes.length} notes file(s) (${folder.notes.length - result.fromCache} converted, ${result.fromCache} from the cache) → ${result.topics.length} page(s), ${shown.size} image(s) in ${took} ms, language ${result.language}`,
  );
  return language;
}

/**
 * The name each image of the notes folder gets next to the pages: a hash of its path, size and time
 * of change (so an edited image gets a new name, and Astro's image cache never serves an old one),
 * and its extension. Plain names also spare Vite the spaces, `#` and `?` students put in file names.
 */
async function imageNames(attachments: readonly string[], notesDir: string): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  await Promise.all(
    attachments
      .filter((attachment) => IMAGE_FILE.test(attachment))
      .map(async (attachment) => {
        const info = await stat(join(notesDir, attachment));
        const hash = createHash('sha256')
          // An SVG is published without its scripts (publish-image.ts): a name of its own, so that
          // a copy linked as it was by an older build is never kept.
          .update(`${attachment}\0${info.size}\0${info.mtimeMs}${/\.svg$/i.test(attachment) ? '\0safe' : ''}`)
          .digest('hex')
          .slice(0, 20);
        names.set(attachment, `${hash}${extname(attachment).toLowerCase()}`);
      }),
  );
  return names;
}

/** Files a page may show as images (resolve-links.ts decides which it shows). */
const IMAGE_FILE = /\.(?:png|jpe?g|gif|webp|avif|svg|bmp|tiff?)$/i;

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
