import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Bytes a page loads before any interaction, by kind, raw and gzip-compressed. */
export interface PageWeight {
  html: Bytes;
  css: Bytes;
  js: Bytes;
  fonts: Bytes;
  /** Files fetched on a cold load: the HTML, stylesheets, scripts and the modules they import, icons, fonts. */
  requests: number;
}

export interface Bytes {
  raw: number;
  gzip: number;
}

const sizes = (content: Buffer | string): Bytes => ({
  raw: Buffer.byteLength(content),
  gzip: gzipSync(content, { level: 9 }).length,
});
const add = (a: Bytes, b: Bytes): Bytes => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const ZERO: Bytes = { raw: 0, gzip: 0 };

/**
 * What a built page loads at first: its HTML, its stylesheets (linked and inline), its scripts
 * (external, module preloads and inline) and the fonts its stylesheets name. Files are read from
 * the built site; a file shared by several pages counts in full for each.
 */
export async function pageWeight(distDir: string, pagePath: string, basePath = '/'): Promise<PageWeight> {
  const html = await readFile(join(distDir, pagePath));
  const text = html.toString('utf8');
  const local = (url: string): string =>
    join(distDir, decodeURIComponent(url.replace(basePath, '/').split(/[?#]/)[0] ?? ''));
  const attribute = (tag: string, name: string): string | undefined =>
    new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

  let css = ZERO;
  let js = ZERO;
  let fonts = ZERO;
  let requests = 1;
  const stylesheets: string[] = [];
  for (const tag of text.match(/<link\b[^>]*>/g) ?? []) {
    const rel = attribute(tag, 'rel');
    const href = attribute(tag, 'href');
    if (!href) continue;
    if (rel === 'stylesheet') stylesheets.push(await readFile(local(href), 'utf8'));
    if (rel === 'stylesheet' || (rel === 'icon' && !href.startsWith('data:'))) requests += 1;
    if (rel === 'modulepreload') js = add(js, sizes(await readFile(local(href))));
  }
  for (const [, inline] of text.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) stylesheets.push(inline ?? '');
  for (const sheet of stylesheets) {
    css = add(css, sizes(sheet));
    for (const [, url] of sheet.matchAll(/url\(["']?([^"')]+\.(?:woff2?|ttf|otf))["']?\)/g)) {
      fonts = add(fonts, sizes(await readFile(local(url ?? ''))));
      requests += 1;
    }
  }
  // Scripts, with the modules they import statically (loaded at once; dynamic imports wait for the reader).
  const loaded = new Set<string>();
  const loadModule = async (path: string): Promise<void> => {
    if (loaded.has(path)) return;
    loaded.add(path);
    requests += 1;
    const code = await readFile(path, 'utf8');
    js = add(js, sizes(code));
    for (const [, specifier] of code.matchAll(
      /(?:^|[;}\s])import\s*(?:[\w{},*\s]+from\s*)?["'](\.{1,2}\/[^"']+)["']/g,
    )) {
      await loadModule(join(dirname(path), specifier ?? ''));
    }
  };
  // A page's own script, which the boot script loads at once (see Base.astro).
  const pageModule = /<body\b[^>]*\sdata-page-module="([^"]+)"/.exec(text)?.[1];
  if (pageModule) await loadModule(local(pageModule));
  for (const [tag, , body] of text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = attribute(tag, 'src');
    if (attribute(tag, 'type')?.includes('json')) continue;
    if (src) await loadModule(local(src));
    else js = add(js, sizes(body ?? ''));
  }
  return { html: sizes(html), css, js, fonts, requests };
}
