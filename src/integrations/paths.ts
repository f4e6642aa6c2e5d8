import { resolve } from 'node:path';

/** Where the build reads notes and writes generated pages. */
export interface ProjectPaths {
  /** Folder of notes files (`NOTES_DIR`, default `content/notes`). */
  readonly notesDir: string;
  /** The topic map (`TOPIC_MAP`, default `content/topics.yaml`). */
  readonly topicMap: string;
  /** The glossary (`GLOSSARY`, default `content/glossary.yaml`). */
  readonly glossary: string;
  /** Folder the converter writes one MDX file per topic into (`GENERATED_DIR`, default `.generated/topics`). */
  readonly generatedTopics: string;
}

/**
 * Absolute paths of the build's inputs and outputs. The defaults serve the project's own notes;
 * the environment variables let a test or a student build another notes folder with no code change.
 *
 * @example
 *   projectPaths('/repo').notesDir // "/repo/content/notes"
 *   // NOTES_DIR=~/vault/aws npm run build → notes read from ~/vault/aws
 */
export function projectPaths(root: string = process.cwd(), env: NodeJS.ProcessEnv = process.env): ProjectPaths {
  return {
    notesDir: resolve(root, env['NOTES_DIR'] || 'content/notes'),
    topicMap: resolve(root, env['TOPIC_MAP'] || 'content/topics.yaml'),
    glossary: resolve(root, env['GLOSSARY'] || 'content/glossary.yaml'),
    generatedTopics: resolve(root, env['GENERATED_DIR'] || '.generated/topics'),
  };
}
