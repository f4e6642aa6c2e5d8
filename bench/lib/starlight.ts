import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { parse } from 'yaml';

const run = promisify(execFile);

/** The Starlight measured against: the version the issue compared, from npm. */
const STARLIGHT = '0.42.4';

/** Where the bench keeps its Starlight project (installed once, reused by later runs). */
const PROJECT = fileURLToPath(new URL('../../node_modules/.cache/study-notes-bench/starlight/', import.meta.url));

/** A Starlight site of the same pages: install Starlight (once), write the pages, build. */
export async function starlightProject(): Promise<string> {
  if (!existsSync(join(PROJECT, 'node_modules/@astrojs/starlight/package.json'))) {
    await mkdir(PROJECT, { recursive: true });
    await writeFile(
      join(PROJECT, 'package.json'),
      JSON.stringify({
        name: 'starlight-bench',
        private: true,
        type: 'module',
        dependencies: { '@astrojs/starlight': STARLIGHT },
      }),
    );
    await run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: PROJECT, maxBuffer: 64 << 20 });
  }
  await writeFile(
    join(PROJECT, 'astro.config.mjs'),
    "import starlight from '@astrojs/starlight';\nimport { defineConfig } from 'astro/config';\nexport default defineConfig({ integrations: [starlight({ title: 'Study notes' })] });\n",
  );
  await mkdir(join(PROJECT, 'src'), { recursive: true });
  await writeFile(
    join(PROJECT, 'src/content.config.ts'),
    "import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n",
  );
  return PROJECT;
}

/**
 * Write the pages of a notes folder as Starlight pages: each generated note a page, and the bundled
 * notes cut into their 6 topics (at the paragraph nearest each sixth, titled as topics.yaml names
 * them), so both sites build the same number of pages from the same text. As `.md` files, or as
 * `.mdx` files that @astrojs/mdx compiles (the format this site writes its pages in).
 */
export async function writeStarlightPages(
  project: string,
  notesDir: string,
  extension: '.md' | '.mdx' = '.md',
): Promise<number> {
  const docs = join(project, 'src/content/docs');
  await rm(docs, { recursive: true, force: true });
  await mkdir(docs, { recursive: true });
  const page = (slug: string, title: string, text: string) =>
    writeFile(join(docs, `${slug}${extension}`), `---\ntitle: ${JSON.stringify(title)}\n---\n\n${text}`);
  const topics = (
    parse(await readFile(new URL('../../content/topics.yaml', import.meta.url), 'utf8')) as {
      topics: { slug: string; title: string }[];
    }
  ).topics;
  const bundled = (await readFile(join(notesDir, 'aws-security.md'), 'utf8')).split(/\n\s*\n/);
  const per = Math.ceil(bundled.length / topics.length);
  await Promise.all(
    topics.map((topic, index) =>
      page(topic.slug, topic.title, bundled.slice(index * per, (index + 1) * per).join('\n\n')),
    ),
  );
  let count = topics.length;
  for (const entry of await readdir(notesDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.md') || entry.name === 'aws-security.md') continue;
    const title = entry.name.slice(0, -3);
    await page(
      title.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
      title,
      await readFile(join(entry.parentPath, entry.name), 'utf8'),
    );
    count += 1;
  }
  await page('index', 'Study notes', 'The notes.\n');
  return count;
}

/** Build the Starlight project; wall-clock seconds. */
export async function buildStarlight(project: string): Promise<number> {
  await rm(join(project, 'dist'), { recursive: true, force: true });
  await rm(join(project, 'node_modules/.astro'), { recursive: true, force: true });
  await rm(join(project, '.astro'), { recursive: true, force: true });
  const started = performance.now();
  await run(process.execPath, [join(project, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: project,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
    maxBuffer: 64 << 20,
  });
  return (performance.now() - started) / 1000;
}
