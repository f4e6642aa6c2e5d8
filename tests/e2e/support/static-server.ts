import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** A static file server over a built site, behaving like a typical static host. */
export interface StaticServer {
  /** Origin plus base path, ending in `/`, such as `http://127.0.0.1:4173/`. */
  readonly url: string;
  readonly port: number;
  /** Every request path seen, in order (for tests that count requests). */
  readonly requests: string[];
  close(): Promise<void>;
}

/**
 * Serve a folder on 127.0.0.1 the way static hosts do: `/iam/` serves `iam/index.html`, `/iam`
 * redirects to `/iam/`, an unknown path answers 404 with the site's `404.html`.
 * `basePath` mounts the site under a sub-path, as on GitHub Pages; `delayMs` makes the host slow
 * (milliseconds before it answers a request for a path).
 */
export async function serveStatic(
  root: string,
  options: { port?: number; basePath?: string; delayMs?: (pathname: string) => number } = {},
): Promise<StaticServer> {
  const base = `/${(options.basePath ?? '').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    requests.push(url.pathname + url.search);
    const delay = options.delayMs?.(url.pathname) ?? 0;
    const answer = delay > 0 ? sleep(delay).then(() => respond(url.pathname)) : respond(url.pathname);
    void answer.then(([status, file, headers]) => {
      response.writeHead(status, headers);
      if (!file || request.method === 'HEAD') response.end();
      else createReadStream(file).pipe(response);
    });
  });

  async function respond(pathname: string): Promise<[number, string | undefined, Record<string, string>]> {
    const notFound = async (): Promise<[number, string | undefined, Record<string, string>]> => {
      const page = join(root, '404.html');
      return (await isFile(page)) ? [404, page, { 'content-type': TYPES['.html'] ?? '' }] : [404, undefined, {}];
    };
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      return notFound();
    }
    if (!decoded.startsWith(base)) return notFound();
    const relative = normalize(decoded.slice(base.length));
    if (relative.startsWith('..')) return notFound();
    const path = join(root, relative);
    if (await isFile(path)) {
      return [
        200,
        path,
        { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-cache' },
      ];
    }
    if (await isFile(join(path, 'index.html'))) {
      if (!decoded.endsWith('/')) return [301, undefined, { location: `${pathname}/` }];
      return [200, join(path, 'index.html'), { 'content-type': TYPES['.html'] ?? '', 'cache-control': 'no-cache' }];
    }
    return notFound();
  }

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    port,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isFile() ?? false;
}
