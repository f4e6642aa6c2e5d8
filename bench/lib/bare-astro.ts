import { execFile } from 'node:child_process';
import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PROJECT = join(ROOT, 'node_modules/.cache/study-notes-bench/bare-astro/');

/**
 * The floor of first paint: a bare Astro page (one heading, one paragraph, no CSS, no script),
 * built with this project's Astro. Returns its `dist/` folder.
 */
export async function bareAstroSite(): Promise<string> {
  await rm(PROJECT, { recursive: true, force: true });
  await mkdir(join(PROJECT, 'src/pages'), { recursive: true });
  await writeFile(join(PROJECT, 'package.json'), JSON.stringify({ name: 'bare-astro', private: true, type: 'module' }));
  await symlink(join(ROOT, 'node_modules'), join(PROJECT, 'node_modules'));
  await writeFile(
    join(PROJECT, 'src/pages/index.astro'),
    '<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>IAM</title></head><body><main><h1>IAM</h1><p>IAM to manage access to AWS resources.</p></main></body></html>\n',
  );
  await run(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: PROJECT,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
  });
  return join(PROJECT, 'dist');
}
