import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';

const run = promisify(execFile);
const projectRoot = fileURLToPath(new URL('../', import.meta.url));

/** A site built from another notes folder into a temporary directory. */
export interface BuiltSite {
  /** Temporary folder holding the build, its generated pages and its cache. */
  readonly workDir: string;
  readonly outDir: string;
  /** Wall-clock duration of `astro build`, in seconds. */
  readonly seconds: number;
  /** What the build printed (its warnings among it). */
  readonly log: string;
}

export interface BuildOptions {
  /**
   * Build in this folder (its `dist/`, generated pages and cache) instead of a new temporary one: a
   * second build there is a rebuild, with the caches of the first.
   */
  readonly workDir?: string;
  /** Called with the process id of the build as it starts (to measure its memory). */
  readonly onStart?: (pid: number) => void;
}

/**
 * The project's own topic map and glossary, for a build of another notes folder that should use them
 * (a notes folder named by `NOTES_DIR` otherwise uses its own, or none).
 */
export const PROJECT_DATA: Readonly<Record<string, string>> = {
  TOPIC_MAP: fileURLToPath(new URL('../content/topics.yaml', import.meta.url)),
  GLOSSARY: fileURLToPath(new URL('../content/glossary.yaml', import.meta.url)),
};

/**
 * Build the site from another notes folder, the way a student with their own notes would, into a
 * temporary directory (the project's own `dist/` and generated pages are left alone).
 */
export async function buildSite(
  notesDir: string,
  env: Record<string, string> = {},
  options: BuildOptions = {},
): Promise<BuiltSite> {
  const work = options.workDir ?? (await mkdtemp(join(tmpdir(), 'study-notes-site-')));
  const outDir = join(work, 'dist');
  const started = performance.now();
  const build = run(
    process.execPath,
    [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir],
    {
      cwd: projectRoot,
      env: {
        ...cleanEnvironment(),
        NODE_ENV: 'production',
        ASTRO_TELEMETRY_DISABLED: '1',
        NOTES_DIR: notesDir,
        GENERATED_DIR: join(work, 'generated'),
        ASTRO_CACHE_DIR: join(work, 'cache'),
        ...env,
      },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  if (build.child.pid !== undefined) options.onStart?.(build.child.pid);
  const { stdout, stderr } = await build;
  return { workDir: work, outDir, seconds: (performance.now() - started) / 1000, log: stdout + stderr };
}

/**
 * The caller's environment without what a test runner adds for its own modules (Vitest sets
 * NODE_ENV=test, BASE_URL, MODE, DEV, PROD, SSR), which would change how Astro builds.
 */
function cleanEnvironment(): NodeJS.ProcessEnv {
  const runnerKeys = new Set(['NODE_ENV', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'TEST']);
  return Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !runnerKeys.has(key) && !key.startsWith('VITEST')),
  );
}
