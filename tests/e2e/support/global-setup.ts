import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the built site (`dist/`) served on 127.0.0.1, ending in `/`. */
    siteUrl: string;
    /** Absolute path of the built site. */
    distDir: string;
  }
}

/** Serve the production build for the browser tests; `npm test` builds it just before. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const distDir = fileURLToPath(new URL('../../../dist/', import.meta.url));
  if (!existsSync(`${distDir}/index.html`)) {
    throw new Error('dist/ has no build: run `npm run build` before the browser tests (npm test does both)');
  }
  const server = await serveStatic(distDir, { basePath: process.env['BASE_PATH'] ?? '' });
  project.provide('siteUrl', server.url);
  project.provide('distDir', distDir);
  return () => server.close();
}
