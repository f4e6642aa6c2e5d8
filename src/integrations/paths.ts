import { join, resolve } from 'node:path';

/** A data file of the notes, and whether the build needs it to exist. */
export interface DataFile {
  readonly path: string;
  /** Named explicitly (by an environment variable), so a missing file is an error; else optional. */
  readonly required: boolean;
}

/** Where the build reads notes and writes generated pages. */
export interface ProjectPaths {
  /** Folder of notes files (`NOTES_DIR`, default `content/notes`). */
  readonly notesDir: string;
  /**
   * The topic map (`TOPIC_MAP`; default `content/topics.yaml` for the project's own notes, or
   * `topics.yaml` inside `NOTES_DIR`, when it has one).
   */
  readonly topicMap: DataFile;
  /** The glossary (`GLOSSARY`; default `content/glossary.yaml`, or `glossary.yaml` inside `NOTES_DIR`). */
  readonly glossary: DataFile;
  /** Folder the converter writes the pages into (`GENERATED_DIR`, default `.generated/topics`). */
  readonly generated: string;
}

/**
 * Absolute paths of the build's inputs and outputs. The defaults serve the project's own notes;
 * `NOTES_DIR` builds another notes folder (an Obsidian vault, say) with its own topic map and
 * glossary, if it has them, and never the project's; the other variables name files explicitly.
 *
 * @example
 *   projectPaths('/repo').notesDir // "/repo/content/notes"
 *   projectPaths('/repo', { NOTES_DIR: '/v' }).glossary // { path: "/v/glossary.yaml", required: false }
 */
export function projectPaths(root: string = process.cwd(), env: NodeJS.ProcessEnv = process.env): ProjectPaths {
  const notesDir = resolve(root, env['NOTES_DIR'] || 'content/notes');
  const dataFile = (variable: string, name: string): DataFile => {
    const named = env[variable];
    if (named) return { path: resolve(root, named), required: true };
    return env['NOTES_DIR']
      ? { path: resolve(notesDir, name), required: false }
      : { path: resolve(root, 'content', name), required: true };
  };
  return {
    notesDir,
    topicMap: dataFile('TOPIC_MAP', 'topics.yaml'),
    glossary: dataFile('GLOSSARY', 'glossary.yaml'),
    generated: resolve(root, env['GENERATED_DIR'] || '.generated/topics'),
  };
}

/** The files and folders the notes integration writes into the generated folder. */
export interface GeneratedLayout {
  /** One MDX file per page, at its address (`iam.mdx`, `course/rdf-overview.mdx`): the `pages` collection. */
  readonly pages: string;
  /** The site's data about each page, beside it (`iam.json`): the `topics` collection. */
  readonly data: string;
  /** The images the pages show, under names the integration gives them. */
  readonly images: string;
  /** The glossary's terms, validated, each with the name it is filed under (the `glossary` collection). */
  readonly glossary: string;
  /** Site-wide data: the vocabulary for spelling help, the formulas' CSS declarations (the `site` collection). */
  readonly site: string;
}

/**
 * Where the notes integration writes each kind of output, inside the generated folder.
 *
 * @example
 *   generatedLayout('/repo/.generated/topics').pages // "/repo/.generated/topics/pages"
 */
export function generatedLayout(folder: string): GeneratedLayout {
  return {
    pages: join(folder, 'pages'),
    data: join(folder, 'data'),
    images: join(folder, 'images'),
    glossary: join(folder, 'glossary.json'),
    site: join(folder, 'site.json'),
  };
}
