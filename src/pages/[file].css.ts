import type { APIRoute } from 'astro';
import { getEntry } from 'astro:content';
import katexCss from 'katex/dist/katex.min.css?raw';
import { mathStylesheet } from '../lib/math-classes.ts';
import { katexStylesheet } from '../lib/katex-stylesheet.ts';

/** KaTeX's fonts (WOFF2 only: every supported browser reads it), served from the site. */
const fonts = import.meta.glob<string>('/node_modules/katex/dist/fonts/*.woff2', {
  query: '?url',
  import: 'default',
  eager: true,
});

/** `math.css`, only when the notes have formulas: it exists then, and pages with formulas link it. */
export async function getStaticPaths() {
  const math = await getEntry('site', 'math');
  return math && math.data.id === 'math' && math.data.declarations.length > 0 ? [{ params: { file: 'math' } }] : [];
}

/**
 * `math.css`: KaTeX's stylesheet, its fonts served by the site (offline too), and one class for
 * each inline style the site's formulas need (lib/math-classes.ts). Loaded only by pages with
 * formulas.
 */
export const GET: APIRoute = async () => {
  const math = await getEntry('site', 'math');
  const declarations = math?.data.id === 'math' ? math.data.declarations : [];
  const urls = Object.fromEntries(Object.entries(fonts).map(([path, url]) => [path.split('/').at(-1) ?? path, url]));
  const css = `${katexStylesheet(katexCss, urls)}\n${mathStylesheet(declarations)}`;
  return new Response(css, { headers: { 'content-type': 'text/css; charset=utf-8' } });
};
